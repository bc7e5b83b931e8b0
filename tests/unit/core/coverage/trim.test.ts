/**
 * trimCoverage (lib/core/coverage/trim.ts): a card is sent at most its budget of claims — the ones a
 * disagreement cites always, then one per outlet per question in turn — with what was left out
 * counted per outlet; a coverage within the budget, as every seed card is, goes whole.
 */
import { describe, expect, it } from 'vitest';
import { coverageFor } from '../../../../lib/core/coverage/coverage';
import { packCoverageSource } from '../../../../lib/core/coverage/pack-source';
import { trimCoverage } from '../../../../lib/core/coverage/trim';
import type { ClaimView, Coverage, FacetCoverage } from '../../../../lib/core/coverage/types';
import type { Outlet } from '../../../../lib/core/pack/types';
import { seedPack } from '../../worker/corpus/helpers';

const outlet = (id: string): Outlet => ({ id, name: id, domains: [], country: 'X', labels: {}, labelBasis: {} });
const claim = (id: string): ClaimView =>
  ({
    id,
    articleId: 'a',
    outletId: 'o',
    quote: id,
    start: 0,
    end: 1,
    entityIds: [],
    facetIds: [],
    speaker: { kind: 'outlet' },
    mode: 'asserted',
    numbers: [],
    article: { id: 'a', title: 'A', published: '2024-01-01' },
  }) as ClaimView;
const group = (name: string, counts: number[], cited: string[] = []): FacetCoverage => ({
  facet: null,
  outlets: counts.map((n, i) => ({ outlet: outlet(`${name}-o${i}`), claims: Array.from({ length: n }, (_, j) => claim(`${name}-o${i}-c${j}`)) })),
  disagreements: cited.length ? [{ kind: 'numbers', text: 'differ', outletIds: [], claimIds: cited }] : [],
  firstOutletIds: [],
});
const coverageOf = (...facets: FacetCoverage[]): Coverage => ({
  entity: { id: 'e', name: 'E', type: 'event', aliases: ['Eee'], description: '' },
  facets,
  outletIds: [],
  hidden: [],
});
const sent = (c: Coverage) => c.facets.flatMap((f) => f.outlets.flatMap((o) => o.claims.map((x) => x.id)));

describe('trimCoverage', () => {
  it('sends a coverage within the budget as it is', () => {
    const c = coverageOf(group('f', [3, 2]));
    expect(trimCoverage(c, 5)).toBe(c);
  });

  it('gives each outlet of each question one claim in turn, in order, and counts the rest', () => {
    const c = coverageOf(group('f', [5, 1]), group('g', [4]));
    const t = trimCoverage(c, 5);
    expect(sent(t)).toEqual(['f-o0-c0', 'f-o0-c1', 'f-o1-c0', 'g-o0-c0', 'g-o0-c1']);
    expect(t.facets.map((f) => f.outlets.map((o) => o.more))).toEqual([[3, undefined], [2]]);
  });

  it('keeps every claim a disagreement cites, even past its turn, and an outlet with none sent keeps its place', () => {
    const c = coverageOf(group('f', [6, 2, 2], ['f-o0-c5', 'f-o2-c1']));
    const t = trimCoverage(c, 3);
    expect(sent(t)).toEqual(['f-o0-c0', 'f-o0-c5', 'f-o2-c1']);
    expect(t.facets[0].outlets.map((o) => [o.outlet.id, o.claims.length, o.more])).toEqual([
      ['f-o0', 2, 4],
      ['f-o1', 0, 2],
      ['f-o2', 1, 1],
    ]);
  });

  it('never trims a seed card', async () => {
    const pack = seedPack();
    const source = packCoverageSource(pack);
    for (const e of pack.entities) {
      const c = await coverageFor(source, { entityId: e.id });
      if (c) expect(trimCoverage(c), e.id).toBe(c);
    }
  });
});
