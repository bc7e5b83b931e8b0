/**
 * Orders a coverage's facets by how close each is to the sentence being read, so the question the
 * reader is looking at comes first; claims that answer no known question stay last.
 */
import type { FacetCoverage, SourcedClaim } from './types';
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

/** A claim as dated: its outlet, its source, and whether a page the reader added gave it. */
type Dated = Pick<SourcedClaim, 'outletId' | 'via' | 'fromPage'>;

/** The outlets some pack other than a subscription vouches for (a claim neither via one nor off a page the reader added). */
export const vouchedOutlets = (claims: readonly Dated[]): Set<string> =>
  new Set(claims.filter((c) => !c.fromPage && c.via === undefined).map((c) => c.outletId));

/**
 * Whether a claim's date is only its own word: a page the reader added is dated by what it declares,
 * which a page can set to any day, and a subscription's claim filed under an outlet other packs vouch
 * for (a pack adding an article under a known outlet's id) by that pack alone.
 */
export const datedByItself = (c: Dated, vouched: ReadonlySet<string>): boolean =>
  c.fromPage === true || (c.via !== undefined && vouched.has(c.outletId));

/**
 * The outlets that published first on a facet (earliest article date), by the dates packs give. A claim
 * dated by itself (datedByItself) never takes the badge, and where it claims an earlier day than every
 * other no one does (docs/privacy-security.md). `vouched`: the outlets vouched for on any question of the
 * entity (this facet's, by default). A subscription's claim under such an outlet, earlier than its other
 * claims, thus never gives it the badge, though the outlet's own feed may carry it.
 */
export function firstToReport(group: FacetCoverage, vouched = vouchedOutlets(group.outlets.flatMap((o) => o.claims))): Set<string> {
  const earliestOf = (claims: FacetCoverage['outlets'][number]['claims']) => claims.map((c) => c.article.published).sort()[0];
  const dates = group.outlets.map((o) => ({
    id: o.outlet.id,
    vouched: earliestOf(o.claims.filter((c) => !datedByItself(c, vouched))),
    declared: earliestOf(o.claims.filter((c) => datedByItself(c, vouched))),
  }));
  const earliest = dates.flatMap((d) => (d.vouched ? [d.vouched] : [])).sort()[0];
  if (earliest === undefined || dates.some((d) => d.declared !== undefined && d.declared < earliest)) return new Set();
  return new Set(dates.filter((d) => d.vouched === earliest).map((d) => d.id));
}
