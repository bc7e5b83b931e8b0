/**
 * eventCoverageFor: the whole story of one entity for the event page — the card's coverage
 * (coverageFor: claims by question and outlet, disagreements, hidden outlets) regrouped by event,
 * with the outlets as columns in order of first report, and the data of the page's charts.
 * For an event its own questions come first; for a person or organisation, the events they
 * appear in, each with the questions their claims answer.
 */
import type { Entity } from '../pack/types';
import { coverageFor } from './coverage';
import { chartPoints } from './event-points';
import { CELL_CLAIMS, EVENT_OUTLETS, type EventColumn, type EventCoverage, type EventQuery, type EventSection } from './event-types';
import { withOverrides } from './labels';
import type { CoverageSource, FacetCoverage, OutletCoverage } from './types';
import { datedByItself, vouchedOutlets } from './rank';

/**
 * The story as the page draws it: the first `q.outlets` outlets to report, each with at most
 * CELL_CLAIMS claims a question, so that an event thousands of outlets reported (or one outlet's
 * thousands of claims) is sent and drawn in bounded time; `q.all` for an export, which gets everything.
 */
export async function eventCoverageFor(source: CoverageSource, q: EventQuery): Promise<EventCoverage | undefined> {
  const coverage = await coverageFor(source, { entityId: q.entityId, hide: q.hide, overrides: q.overrides });
  if (!coverage) return undefined;
  const { entity } = coverage;
  const allColumns = columnsOf(coverage.facets);
  const columns = q.all ? allColumns : allColumns.slice(0, Math.max(1, q.outlets ?? EVENT_OUTLETS));
  const shown = new Set(columns.map((c) => c.outlet.id));
  const facets = q.all ? coverage.facets : coverage.facets.map((g) => ({ ...g, outlets: g.outlets.filter((o) => shown.has(o.outlet.id)).map(cell) }));
  const sections = await sectionsOf(source, entity, facets);
  const covering = new Set([...allColumns.map((c) => c.outlet.id), ...coverage.hidden.map((h) => h.outletId)]);
  const outlets = (await source.outlets()).filter((o) => covering.has(o.id)).map((o) => withOverrides(o, q.overrides));
  const claims = new Set(coverage.facets.flatMap((g) => g.outlets.flatMap((o) => o.claims.map((c) => c.id))));
  return {
    entity,
    sections,
    columns,
    hidden: coverage.hidden,
    ...chartPoints(sections, columns, outlets),
    totals: { outlets: allColumns.length, claims: claims.size },
  };
}

/** One outlet's claims on one question as the page is sent them. */
const cell = (o: OutletCoverage): OutletCoverage =>
  o.claims.length <= CELL_CLAIMS ? o : { ...o, claims: o.claims.slice(0, CELL_CLAIMS), more: o.claims.length - CELL_CLAIMS };

/** Groups the card's rows by the event their question belongs to: the entity's own first, unanswered last. */
async function sectionsOf(source: CoverageSource, entity: Entity, groups: FacetCoverage[]): Promise<EventSection[]> {
  const byEvent = new Map<string, FacetCoverage[]>();
  if (entity.type === 'event') byEvent.set(entity.id, []);
  const loose: FacetCoverage[] = [];
  for (const g of groups) {
    if (!g.facet) loose.push(g);
    else (byEvent.get(g.facet.eventId) ?? byEvent.set(g.facet.eventId, []).get(g.facet.eventId)!).push(g);
  }
  const sections: EventSection[] = [];
  for (const [id, rows] of byEvent) {
    if (rows.length === 0) continue;
    const event = id === entity.id ? entity : await source.entity(id);
    sections.push({ event: { id, name: event?.name ?? id }, rows });
  }
  if (loose.length > 0) sections.push({ event: null, rows: loose });
  return sections;
}

function columnsOf(groups: FacetCoverage[]): EventColumn[] {
  // Each outlet's claims on every question, then its first report among them, as "First to report" reads
  // dates (rank.ts): a claim dated by itself alone dates a column only when it has nothing else.
  const byOutlet = new Map<string, { outlet: EventColumn['outlet']; claims: FacetCoverage['outlets'][number]['claims'] }>();
  for (const g of groups)
    for (const { outlet, claims } of g.outlets) {
      const known = byOutlet.get(outlet.id);
      if (known) known.claims.push(...claims);
      else byOutlet.set(outlet.id, { outlet, claims: [...claims] });
    }
  const vouched = vouchedOutlets([...byOutlet.values()].flatMap((o) => o.claims));
  const columns = [...byOutlet.values()].map(({ outlet, claims }) => {
    const dated = claims.filter((c) => !datedByItself(c, vouched));
    return { outlet, firstReport: (dated.length > 0 ? dated : claims).map((c) => c.article.published).sort()[0] };
  });
  return columns.sort((a, b) => a.firstReport.localeCompare(b.firstReport) || a.outlet.name.localeCompare(b.outlet.name));
}
