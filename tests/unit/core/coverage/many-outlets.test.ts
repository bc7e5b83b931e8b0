/**
 * An event many outlets reported: the findings where accounts differ listed every pair of outlets
 * whose figures differed (400 outlets: 480,000 findings, a 75 MB answer, computed in one task of the
 * background; a card's share of 200 claims listed 17,000). Found by the session-21 attack suite:
 * each question lists at most six of each kind, found within a bounded number of pairs.
 */
import { describe, expect, it } from 'vitest';
import { coverageFor } from '../../../../lib/core/coverage/coverage';
import { eventCoverageFor } from '../../../../lib/core/coverage/event-coverage';
import { packCoverageSource } from '../../../../lib/core/coverage/pack-source';
import type { Article, Claim, ClaimPack, Outlet } from '../../../../lib/core/pack/types';
import { validatePack } from '../../../../lib/core/pack/validate';

/** Findings of each kind a question lists (lib/core/coverage/disagreement.ts). */
const MAX_FINDINGS = 6;

const FACETS = ['aboard', 'cause', 'notified'];

/** `n` outlets, 9 claims each about one event, each stating how many were aboard (the figures differ between outlets). */
function bigEvent(n: number): ClaimPack {
  const outlets: Outlet[] = [];
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (let o = 0; o < n; o++) {
    const id = `o${o}`;
    outlets.push({ id, name: `Outlet ${o}`, domains: [`o${o}.example`], country: 'Nowhere', labels: {}, labelBasis: {} });
    const said = Array.from(
      { length: 9 },
      (_, k) => `Outlet ${o} says ${k + 10 + (o % 7)} people were aboard the plane when it fell near the border.`,
    );
    articles.push({
      id: `${id}-a`,
      outletId: id,
      title: `Story ${o}`,
      published: '2024-02-01',
      url: `https://o${o}.example/a`,
      text: said.join(' '),
    });
    let at = 0;
    said.forEach((quote, k) => {
      const value = k + 10 + (o % 7);
      claims.push({
        id: `${id}@${at}`,
        articleId: `${id}-a`,
        outletId: id,
        quote,
        start: at,
        end: at + quote.length,
        entityIds: ['crash'],
        facetIds: [`crash/${FACETS[k % FACETS.length]}`],
        speaker: { kind: 'outlet' },
        mode: k % 3 ? 'asserted' : 'attributed',
        numbers: [{ value, text: String(value), what: 'people were aboard', counts: 'aboard' }],
      });
      at += quote.length + 1;
    });
  }
  const entities = [{ id: 'crash', name: 'The crash', type: 'event' as const, aliases: ['The crash'], description: 'x' }];
  const r = validatePack({
    format: 'parallax-claims/1',
    outlets,
    articles,
    entities,
    facets: FACETS.map((f) => ({ id: `crash/${f}`, eventId: 'crash', question: f })),
    claims,
  });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('an event many outlets reported', () => {
  it('the event page lists a bounded number of findings per question, the first in card order', async () => {
    const c = await eventCoverageFor(packCoverageSource(bigEvent(400)), { entityId: 'crash', hide: {}, overrides: {} });
    const rows = c!.sections.flatMap((s) => s.rows);
    expect(rows.length).toBe(FACETS.length);
    for (const row of rows) {
      expect(row.disagreements.filter((d) => d.kind === 'numbers').length).toBe(MAX_FINDINGS);
      expect(row.disagreements.length).toBeLessThanOrEqual(2 * MAX_FINDINGS);
      expect(row.disagreements[0].outletIds).toEqual(['o0', 'o1']);
    }
  });

  it("a card's share lists as few", async () => {
    const card = await coverageFor(packCoverageSource(bigEvent(400)), { entityId: 'crash', hide: {}, overrides: {} }, 200);
    for (const g of card!.facets) expect(g.disagreements.length).toBeLessThanOrEqual(2 * MAX_FINDINGS);
  });
});
