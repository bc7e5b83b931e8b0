/**
 * A card's share (lib/core/coverage/trim.ts, coverageFor's budget): at most the budget of claims,
 * one per outlet per question in turn, in order, with what was left out counted per outlet; a
 * coverage within the budget, as every seed card is, is the whole coverage.
 */
import { describe, expect, it } from 'vitest';
import { coverageFor } from '../../../../lib/core/coverage/coverage';
import { packCoverageSource } from '../../../../lib/core/coverage/pack-source';
import { CARD_CLAIMS, trimGroups } from '../../../../lib/core/coverage/trim';
import { seedPack } from '../../worker/corpus/helpers';

const groups = (...counts: number[][]) =>
  counts.map((g, i) => ({ outlets: g.map((n, j) => ({ claims: Array.from({ length: n }, (_, k) => `q${i}o${j}c${k}`) })) }));

describe('trimGroups', () => {
  it('keeps everything within the budget', () => {
    expect(trimGroups(groups([3, 2]), 5)).toEqual([
      [
        { claims: ['q0o0c0', 'q0o0c1', 'q0o0c2'], more: 0 },
        { claims: ['q0o1c0', 'q0o1c1'], more: 0 },
      ],
    ]);
  });

  it('gives each outlet of each question one claim in turn, in order, and counts the rest', () => {
    expect(trimGroups(groups([5, 1], [4]), 5)).toEqual([
      [
        { claims: ['q0o0c0', 'q0o0c1'], more: 3 },
        { claims: ['q0o1c0'], more: 0 },
      ],
      [{ claims: ['q1o0c0', 'q1o0c1'], more: 2 }],
    ]);
  });

  it('leaves an outlet it reaches no more in place, with all its claims counted', () => {
    expect(trimGroups(groups([2, 2, 2]), 2).map((g) => g.map((o) => [o.claims.length, o.more]))).toEqual([
      [
        [1, 1],
        [1, 1],
        [0, 2],
      ],
    ]);
  });
});

describe('coverageFor with a budget', () => {
  const pack = seedPack();
  const source = packCoverageSource(pack);

  it('gives every seed card whole: none comes near the budget', async () => {
    for (const e of pack.entities)
      expect(await coverageFor(source, { entityId: e.id }, CARD_CLAIMS), e.id).toEqual(await coverageFor(source, { entityId: e.id }));
  });

  it('sends a large card its budget, each outlet counting what it was not sent', async () => {
    const whole = (await coverageFor(source, { entityId: 'il76-crash' }))!;
    const total = whole.facets.flatMap((f) => f.outlets).reduce((n, o) => n + o.claims.length, 0);
    const part = (await coverageFor(source, { entityId: 'il76-crash' }, 12))!;
    const outlets = part.facets.flatMap((f) => f.outlets);
    expect(outlets.reduce((n, o) => n + o.claims.length, 0)).toBe(12);
    expect(outlets.reduce((n, o) => n + o.claims.length + (o.more ?? 0), 0)).toBe(total);
    expect(part.outletIds).toEqual(whole.outletIds);
  });
});
