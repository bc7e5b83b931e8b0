/**
 * coverageFor: "how did each outlet report this?" — an entity's claims grouped by facet, then by
 * outlet, with each outlet's labels; the page's own outlet left out, and filtered outlets counted.
 */
import type { Claim, Entity, Facet } from '../pack/types';
import { disagreementsIn } from './disagreement';
import { hiddenBy, hiddenVia, type HiddenOutlet } from './filters';
import { withOverrides } from './labels';
import { outletForUrl } from './outlet-for-url';
import { firstToReport, rankFacets } from './rank';
import type { ClaimView, Coverage, CoverageQuery, CoverageSource, FacetCoverage } from './types';

export async function coverageFor(source: CoverageSource, q: CoverageQuery): Promise<Coverage | undefined> {
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
  const articles = new Map((await source.articles([...new Set(shown.map((c) => c.articleId))])).map((a) => [a.id, a]));
  const views: ClaimView[] = shown.flatMap((c) => {
    const a = articles.get(c.articleId);
    return a ? [{ ...c, article: { id: a.id, title: a.title, published: a.published, url: a.url, byline: a.byline } }] : [];
  });

  const groups: FacetCoverage[] = [];
  const group = (facet: Facet | null, inFacet: ClaimView[]) => {
    if (inFacet.length === 0) return;
    const byOutlet = new Map<string, ClaimView[]>();
    for (const c of inFacet) {
      const list = byOutlet.get(c.outletId);
      if (list) list.push(c);
      else byOutlet.set(c.outletId, [c]);
    }
    const g: FacetCoverage = {
      facet,
      outlets: [...byOutlet].map(([id, list]) => ({ outlet: outletById.get(id)!, claims: list })),
      disagreements: [],
      firstOutletIds: [],
    };
    g.disagreements = disagreementsIn(g);
    g.firstOutletIds = [...firstToReport(g)];
    groups.push(g);
  };
  for (const f of facets)
    group(
      f,
      views.filter((c) => c.facetIds.includes(f.id)),
    );
  group(
    null,
    views.filter((c) => !c.facetIds.some((id) => facets.some((f) => f.id === id))),
  );

  return {
    entity,
    facets: q.sentence ? rankFacets(groups, q.sentence) : groups,
    outletIds: [...new Set(views.map((c) => c.outletId))],
    hidden: [...hidden.values()],
    ...(excluded ? { excludedOutletId: excluded.id } : {}),
    ...(context ? { context: { id: context.id, name: context.name } } : {}),
  };
}

function union<T extends Claim>(a: T[], b: T[]): T[] {
  const ids = new Set(a.map((c) => c.id));
  return [...a, ...b.filter((c) => !ids.has(c.id))];
}

/** The event named in at least half of these claims, if there is one. */
async function dominantEvent(source: CoverageSource, claims: Claim[]): Promise<Entity | undefined> {
  const counts = new Map<string, number>();
  for (const c of claims) for (const id of c.entityIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, n] of [...counts].sort((x, y) => y[1] - x[1])) {
    if (n * 2 < claims.length) return undefined;
    const e = await source.entity(id);
    if (e?.type === 'event') return e;
  }
  return undefined;
}
