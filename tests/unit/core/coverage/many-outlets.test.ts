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
import { BIG_EVENT_FACETS, bigEventPack } from '../../../fixtures/big-event-pack';

/** Findings of each kind a question lists (lib/core/coverage/disagreement.ts). */
const MAX_FINDINGS = 6;

describe('an event many outlets reported', () => {
  it('the event page lists a bounded number of findings per question, the first in card order', async () => {
    const c = await eventCoverageFor(packCoverageSource(bigEventPack(400)), { entityId: 'crash', hide: {}, overrides: {} });
    const rows = c!.sections.flatMap((s) => s.rows);
    expect(rows.length).toBe(BIG_EVENT_FACETS.length);
    for (const row of rows) {
      expect(row.disagreements.filter((d) => d.kind === 'numbers').length).toBe(MAX_FINDINGS);
      expect(row.disagreements.length).toBeLessThanOrEqual(2 * MAX_FINDINGS);
      expect(row.disagreements[0].outletIds).toEqual(['o0', 'o1']);
    }
  });

  it("a card's share lists as few", async () => {
    const card = await coverageFor(packCoverageSource(bigEventPack(400)), { entityId: 'crash', hide: {}, overrides: {} }, 200);
    for (const g of card!.facets) expect(g.disagreements.length).toBeLessThanOrEqual(2 * MAX_FINDINGS);
  });
});

describe('the event page of an event thousands of outlets reported', () => {
  const query = { entityId: 'crash', hide: {}, overrides: {} };

  it('is sent the first 40 outlets to report, each with at most 8 claims a question, and the story’s size', async () => {
    const c = (await eventCoverageFor(packCoverageSource(bigEventPack(2000, 30)), query))!;
    expect(c.totals).toEqual({ outlets: 2000, claims: 60_000 });
    // All report on the same day: by name, as the grid orders them ("Outlet 1000" before "Outlet 1001").
    expect(c.columns.length).toBe(40);
    expect(c.columns.slice(0, 5).map((col) => col.outlet.id)).toEqual(['o0', 'o1', 'o10', 'o100', 'o1000']);
    const cells = c.sections.flatMap((s) => s.rows.flatMap((r) => r.outlets));
    expect(new Set(cells.map((o) => o.outlet.id))).toEqual(new Set(c.columns.map((col) => col.outlet.id)));
    // 30 claims over three questions: 10 each, 8 sent and 2 counted.
    for (const o of cells) expect([o.claims.length, o.more]).toEqual([8, 2]);
    expect(c.timeline.filter((p) => p.kind === 'first')).toHaveLength(40);
    expect(c.timeline.filter((p) => p.kind === 'claim')).toHaveLength(40 * 24);
    expect(c.figures).toHaveLength(40 * 24);
    // The labels chart counts every outlet that covered it, not only those drawn.
    expect(c.labels).toEqual([{ axis: 'country', label: 'Nowhere', count: 2000 }]);
  });

  it('is sent more outlets when the reader asks, and everything for an export', async () => {
    const source = packCoverageSource(bigEventPack(100, 30));
    expect((await eventCoverageFor(source, { ...query, outlets: 80 }))!.columns).toHaveLength(80);
    const all = (await eventCoverageFor(source, { ...query, all: true }))!;
    expect(all.columns).toHaveLength(100);
    const cells = all.sections.flatMap((s) => s.rows.flatMap((r) => r.outlets));
    expect(cells.reduce((n, o) => n + o.claims.length, 0)).toBe(3000);
    expect(cells.every((o) => !o.more)).toBe(true);
  });
});
