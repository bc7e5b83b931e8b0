/**
 * coverageFor: "how did each outlet report this?" — an entity's claims grouped by facet, then by
 * outlet, with each outlet's labels; the page's own outlet left out, and filtered outlets counted.
 */
import type { Claim, Entity, Facet } from '../pack/types';
import { disagreementsIn } from './disagreement';
import { hiddenBy, hiddenVia, type HiddenOutlet } from './filters';
import { withOverrides } from './labels';
import { outletForUrl } from './outlet-for-url';
import { firstToReport, rankFacets, vouchedOutlets } from './rank';
import { trimGroups } from './trim';
import type { ClaimView, Coverage, CoverageQuery, CoverageSource, FacetCoverage, SourcedClaim } from './types';

/**
 * `budget`: the most claims to send (a card's share, lib/core/coverage/trim.ts); the event page and
 * the CLI leave it out and get every claim.
 */
export async function coverageFor(source: CoverageSource, q: CoverageQuery, budget?: number): Promise<Coverage | undefined> {
  const entity = await source.entity(q.entityId);
  if (!entity) return undefined;
  const [own, packOutlets, facets] = await Promise.all([source.claimsAbout(entity.id), source.outlets(), source.facets()]);
  const context = entity.type === 'object' ? await dominantEvent(source, own) : undefined;
  const claims = context ? union(own, await source.claimsAbout(context.id)) : own;
  const outlets = packOutlets.map((o) => withOverrides(o, q.overrides));
  const excluded = q.pageUrl ? outletForUrl(outlets, q.pageUrl) : undefined;
  const outletById = new Map(outlets.map((o) => [o.id, o]));
  const hidden = new Map<string, HiddenOutlet>();
  const shown = claims.filter((c) => {
    const outlet = outletById.get(c.outletId);
    if (!outlet || outlet.id === excluded?.id) return false;
    const h = hiddenBy(outlet, q.hide) ?? hiddenVia(c, outlet, q.hide);
    if (h) hidden.set(`${outlet.id}\u0000${h.axis}`, h);
    return !h;
  });
  // Claims by question, then by outlet (a claim under each of its known questions, or "other").
  const known = new Set(facets.map((f) => f.id));
  const drafts = [
    ...facets.map((f) => ({ facet: f as Facet | null, claims: shown.filter((c) => c.facetIds.includes(f.id)) })),
    {
      facet: null,
      claims: shown.filter((c) => !c.facetIds.some((id) => known.has(id))),
    },
  ]
    .filter((d) => d.claims.length > 0)
    .map((d) => ({ facet: d.facet, outlets: byOutlet(d.claims) }));
  // A card's share is chosen before anything is computed from it: heads, disagreements, firsts.
  const kept = budget === undefined ? drafts.map((d) => d.outlets.map((o) => ({ claims: o.claims, more: 0 }))) : trimGroups(drafts, budget);
  const ids = new Set(kept.flatMap((g) => g.flatMap((o) => o.claims.map((c) => c.articleId))));
  const articles = new Map((await source.articles([...ids])).map((a) => [a.id, a]));
  const view = (c: SourcedClaim): ClaimView[] => {
    const a = articles.get(c.articleId);
    return a ? [{ ...c, article: { id: a.id, title: a.title, published: a.published, url: a.url, byline: a.byline } }] : [];
  };
  // The outlets some pack other than a subscription vouches for, on any question of the entity.
  const vouched = vouchedOutlets(claims);
  const groups: FacetCoverage[] = drafts.flatMap((d, i) => {
    const outlets = d.outlets.flatMap((o, j) => {
      const claims = kept[i][j].claims.flatMap(view);
      const more = kept[i][j].more;
      if (claims.length === 0 && more === 0) return [];
      return [{ outlet: outletById.get(o.outletId)!, claims, ...(more > 0 ? { more } : {}) }];
    });
    if (outlets.length === 0) return [];
    const g: FacetCoverage = { facet: d.facet, outlets, disagreements: [], firstOutletIds: [] };
    g.disagreements = disagreementsIn(g);
    g.firstOutletIds = [...firstToReport(g, vouched)];
    return [g];
  });

  const present = new Set(groups.flatMap((g) => g.outlets.map((o) => o.outlet.id)));
  return {
    entity,
    facets: q.sentence ? rankFacets(groups, q.sentence) : groups,
    // In the order of their claims, as they come.
    outletIds: [...new Set(shown.map((c) => c.outletId))].filter((id) => present.has(id)),
    hidden: [...hidden.values()],
    ...(excluded ? { excludedOutletId: excluded.id } : {}),
    ...(context ? { context: { id: context.id, name: context.name } } : {}),
  };
}

/** Claims grouped by outlet, in the order each outlet first appears. */
function byOutlet<T extends Claim>(claims: T[]): { outletId: string; claims: T[] }[] {
  const map = new Map<string, T[]>();
  for (const c of claims) {
    const list = map.get(c.outletId);
    if (list) list.push(c);
    else map.set(c.outletId, [c]);
  }
  return [...map].map(([outletId, list]) => ({ outletId, claims: list }));
}

function union<T extends Claim>(a: T[], b: T[]): T[] {
  const ids = new Set(a.map((c) => c.id));
  return [...a, ...b.filter((c) => !ids.has(c.id))];
}

/**
 * An event named in fewer of an entity's claims than this is no story it is reported in: one claim of
 * a talk naming a resolution in passing made the talk's card "the reporting on" that resolution.
 */
const MIN_CLAIMS_FOR_CONTEXT = 2;

/** The event named in at least half of these claims, and in two or more, if there is one. */
async function dominantEvent(source: CoverageSource, claims: Claim[]): Promise<Entity | undefined> {
  const counts = new Map<string, number>();
  for (const c of claims) for (const id of c.entityIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, n] of [...counts].sort((x, y) => y[1] - x[1])) {
    if (n * 2 < claims.length || n < MIN_CLAIMS_FOR_CONTEXT) return undefined;
    const e = await source.entity(id);
    if (e?.type === 'event') return e;
  }
  return undefined;
}
