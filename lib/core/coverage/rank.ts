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

/** The outlets that published first on a facet (earliest article date). */
export function firstToReport(group: FacetCoverage): Set<string> {
  const dates = group.outlets.map((o) => ({ id: o.outlet.id, date: o.claims.map((c) => c.article.published).sort()[0] }));
  const earliest = dates.map((d) => d.date).sort()[0];
  return new Set(dates.filter((d) => d.date === earliest).map((d) => d.id));
}
