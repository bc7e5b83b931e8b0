/**
 * Orders a coverage's facets by how close each is to the sentence being read, so the question the
 * reader is looking at comes first; claims that answer no known question stay last.
 */
import type { FacetCoverage } from './types';
import { contentStems, overlap, stemsOf } from './words';

export function rankFacets(groups: FacetCoverage[], sentence: string): FacetCoverage[] {
  const here = contentStems(sentence);
  const score = (g: FacetCoverage) => {
    if (!g.facet) return -1;
    const question = overlap(here, stemsOf(g.facet.question)) * 3;
    // The mean of the best few claims, so one long sentence filed under many facets does not decide.
    const best = g.outlets
      .flatMap((o) => o.claims.map((c) => overlap(here, stemsOf(c.quote))))
      .sort((a, b) => b - a)
      .slice(0, 3);
    return question + best.reduce((a, b) => a + b, 0) / 3;
  };
  return groups
    .map((g, i) => ({ g, i, s: score(g) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.g);
}

/**
 * The outlets that published first on a facet (earliest article date), by the dates packs give. A
 * page the reader added is dated only by what it declares, which a page can set to any day: it never
 * takes the badge, and where it claims an earlier day than every pack no one does (docs/privacy-security.md).
 * So is a subscription's claim filed under an outlet the other packs vouch for (`vouched`: on any question
 * of the entity). A subscription's claim under such an outlet, earlier than its other claims, thus never
 * gives it the badge, though the outlet's own feed may carry it.
 */
export function firstToReport(group: FacetCoverage, vouched?: ReadonlySet<string>): Set<string> {
  const earliestOf = (claims: FacetCoverage['outlets'][number]['claims']) => claims.map((c) => c.article.published).sort()[0];
  const dates = group.outlets.map((o) => {
    // A subscription's claim filed under an outlet others vouch for (a pack adding an article under
    // a known outlet's id) is dated by that pack alone, as a page the reader added is by itself.
    const vouchedByOthers = vouched?.has(o.outlet.id) ?? o.claims.some((c) => !c.fromPage && c.via === undefined);
    const declaredOnly = (c: (typeof o.claims)[number]) => c.fromPage === true || (vouchedByOthers && c.via !== undefined);
    return {
      id: o.outlet.id,
      vouched: earliestOf(o.claims.filter((c) => !declaredOnly(c))),
      declared: earliestOf(o.claims.filter(declaredOnly)),
    };
  });
  const earliest = dates.flatMap((d) => (d.vouched ? [d.vouched] : [])).sort()[0];
  if (earliest === undefined || dates.some((d) => d.declared !== undefined && d.declared < earliest)) return new Set();
  return new Set(dates.filter((d) => d.vouched === earliest).map((d) => d.id));
}
