import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GAP_MS, MAX_PASSES, RETRIES_MS, SETTLE_MS, SavedPage, type AnchorResult } from '../../../lib/content/saved-page';
import type { Anchored } from '../../../lib/content/saved';
import type { Highlight } from '../../../lib/core/highlights/types';

const highlight = (id: string): Highlight => ({ id, anchor: { status: 'anchored', checked: 1 } }) as Highlight;

/**
 * A page as SavedPage sees it: which passages are in it now (`text` by id), the highlights the
 * background holds, and everything painted and reported. A placed passage is a stand-in Range that
 * reads the page when asked, as a live Range does: once the page renders its nodes anew
 * (`rerender`), or the passage's text changes, it holds nothing.
 */
function fakePage(stored: Highlight[]) {
  const text = new Map<string, string>();
  const painted: string[][] = [];
  const reports: AnchorResult[][] = [];
  let anchored = 0;
  let nodes = 0;
  let release: (() => void) | undefined;
  let held = false;
  const range = (id: string, was: string) => {
    const made = nodes;
    const inPlace = () => made === nodes && text.get(id) === was;
    const container = {
      get isConnected() {
        return made === nodes;
      },
    };
    return { id, toString: () => (inPlace() ? was : ''), startContainer: container, endContainer: container } as unknown as Range;
  };
  const page = new SavedPage({
    load: () => (held ? new Promise<Highlight[]>((done) => (release = () => done(stored))) : Promise.resolve(stored)),
    anchor: (hs): Anchored => {
      anchored++;
      const ranges = new Map<string, Range>();
      for (const h of hs) {
        const t = text.get(h.id);
        if (t) ranges.set(h.id, range(h.id, t));
      }
      return { ranges, results: hs.map((h) => ({ id: h.id, status: ranges.has(h.id) ? 'anchored' : 'orphan' })) };
    },
    paint: (ranges) => painted.push(ranges.map((r) => (r as unknown as { id: string }).id)),
    report: (results) => reports.push(results),
    schedule: (run, ms) => {
      const id = setTimeout(run, ms);
      return () => clearTimeout(id);
    },
    now: () => Date.now(),
  });
  return {
    page,
    text,
    painted,
    reports,
    anchorings: () => anchored,
    hold: () => (held = true),
    release: () => release?.(),
    lastPaint: () => painted.at(-1),
    /** The page replaces every node (text unchanged), as a framework that hydrates does. */
    rerender: () => nodes++,
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('SavedPage: restoring', () => {
  it('paints what attaches at once and reports every status after the retries a late page gets', async () => {
    const f = fakePage([highlight('a'), highlight('b')]);
    f.text.set('a', 'passage a');
    const done = f.page.restore();
    await vi.advanceTimersByTimeAsync(0);
    expect(f.lastPaint()).toEqual(['a']);
    expect(f.reports, 'not called an orphan before the retries').toEqual([]);
    f.text.set('b', 'passage b');
    await vi.advanceTimersByTimeAsync(RETRIES_MS[0]);
    expect(f.lastPaint()).toEqual(['a', 'b']);
    await done;
    expect(f.reports).toEqual([
      [
        { id: 'a', status: 'anchored' },
        { id: 'b', status: 'anchored' },
      ],
    ]);
  });

  it('a page left while its highlights were asked for paints none of them (a single-page site moved on)', async () => {
    const f = fakePage([highlight('a')]);
    f.text.set('a', 'passage a');
    f.hold();
    const done = f.page.restore();
    f.page.leave();
    f.release();
    await done;
    expect(f.painted).toEqual([[]]);
    expect(f.reports).toEqual([]);
  });

  it('leaving unpaints, and stops the retries of the page left', async () => {
    const f = fakePage([highlight('a'), highlight('b')]);
    f.text.set('a', 'passage a');
    const done = f.page.restore();
    await vi.advanceTimersByTimeAsync(0);
    f.page.leave();
    expect(f.lastPaint()).toEqual([]);
    await vi.runAllTimersAsync();
    await done;
    expect(f.lastPaint()).toEqual([]);
    expect(f.reports).toEqual([]);
  });

  it('paints a passage saved on this page with the others, not one saved on a page since left', async () => {
    const f = fakePage([highlight('a')]);
    f.text.set('a', 'passage a');
    f.text.set('new', 'passage new');
    await f.page.restore();
    const visit = f.page.current;
    f.page.add(highlight('new'), visit);
    expect(f.lastPaint()).toEqual(['a', 'new']);
    f.page.leave();
    f.page.add(highlight('late'), visit);
    expect(f.lastPaint()).toEqual([]);
  });
});

describe('SavedPage: placed again when the page changes', () => {
  /** Restores a page whose passages `present` are in it, and waits for the first report. */
  async function restored(ids: string[], present: string[]) {
    const f = fakePage(ids.map(highlight));
    for (const id of present) f.text.set(id, `passage ${id}`);
    const done = f.page.restore();
    await vi.runAllTimersAsync();
    await done;
    return f;
  }

  it('a page that renders its article anew: the passages are placed again, and nothing is reported (no status changed)', async () => {
    const f = await restored(['a', 'b'], ['a', 'b']);
    expect(f.reports).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(GAP_MS);
    const before = f.anchorings();
    f.rerender();
    f.page.changed();
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    expect(f.anchorings(), 'waits for the re-render to settle').toBe(before);
    await vi.advanceTimersByTimeAsync(1);
    expect(f.anchorings()).toBe(before + 1);
    expect(f.lastPaint()).toEqual(['a', 'b']);
    expect(f.reports).toHaveLength(1);
  });

  it('a passage whose text comes late is placed when it comes, and only its change is reported', async () => {
    const f = await restored(['a', 'b'], ['a']);
    expect(f.reports).toEqual([
      [
        { id: 'a', status: 'anchored' },
        { id: 'b', status: 'orphan' },
      ],
    ]);
    f.text.set('b', 'passage b');
    f.page.changed();
    await vi.advanceTimersByTimeAsync(GAP_MS);
    expect(f.lastPaint()).toEqual(['a', 'b']);
    expect(f.reports.slice(1)).toEqual([[{ id: 'b', status: 'anchored' }]]);
    // Gone again with the content that held it: reported once more, as it changed.
    f.text.delete('b');
    f.page.changed();
    await vi.advanceTimersByTimeAsync(GAP_MS);
    expect(f.lastPaint()).toEqual(['a']);
    expect(f.reports.slice(2)).toEqual([[{ id: 'b', status: 'orphan' }]]);
  });

  it('an unplaced passage that is still not there: looked for, not reported again', async () => {
    const f = await restored(['a'], []);
    const before = f.anchorings();
    f.page.changed();
    await vi.advanceTimersByTimeAsync(GAP_MS);
    expect(f.anchorings()).toBe(before + 1);
    expect(f.reports).toHaveLength(1);
  });

  it('costs nothing while every passage holds its text', async () => {
    const f = await restored(['a'], ['a']);
    const before = f.anchorings();
    for (let i = 0; i < 10; i++) f.page.changed();
    await vi.runAllTimersAsync();
    expect(f.anchorings()).toBe(before);
  });

  it('changes in a burst make one pass, and passes keep a gap between them', async () => {
    const f = await restored(['a'], []);
    await vi.advanceTimersByTimeAsync(GAP_MS);
    const before = f.anchorings();
    for (let i = 0; i < 20; i++) {
      f.page.changed();
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(f.anchorings(), 'still settling').toBe(before);
    // The pass runs SETTLE_MS after the first change of the burst.
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 200);
    expect(f.anchorings()).toBe(before + 1);
    f.page.changed();
    await vi.advanceTimersByTimeAsync(GAP_MS - 1);
    expect(f.anchorings(), 'not before the gap').toBe(before + 1);
    await vi.advanceTimersByTimeAsync(1);
    expect(f.anchorings()).toBe(before + 2);
  });

  it('stops after MAX_PASSES passes in a visit: a page that never stops changing is not read whole for ever', async () => {
    const f = await restored(['a'], []);
    const before = f.anchorings();
    for (let i = 0; i < MAX_PASSES + 10; i++) {
      f.page.changed();
      await vi.advanceTimersByTimeAsync(GAP_MS);
    }
    expect(f.anchorings()).toBe(before + MAX_PASSES);
    // The next visit (a single-page site's move) starts afresh.
    f.page.leave();
    const done = f.page.restore();
    await vi.runAllTimersAsync();
    await done;
    const after = f.anchorings();
    f.page.changed();
    await vi.runAllTimersAsync();
    expect(f.anchorings()).toBe(after + 1);
  });

  it('a pass due when the page is left does not run', async () => {
    const f = await restored(['a'], []);
    const before = f.anchorings();
    f.page.changed();
    f.page.leave();
    await vi.runAllTimersAsync();
    expect(f.anchorings()).toBe(before);
    expect(f.lastPaint()).toEqual([]);
  });

  it('a passage saved since the first report is reported when its status changes, not before', async () => {
    const f = await restored(['a'], ['a']);
    f.text.set('new', 'passage new');
    f.page.add(highlight('new'), f.page.current);
    f.rerender();
    f.page.changed();
    await vi.runAllTimersAsync();
    expect(f.reports).toHaveLength(1);
    f.text.delete('new');
    f.page.changed();
    await vi.runAllTimersAsync();
    expect(f.reports.slice(1)).toEqual([[{ id: 'new', status: 'orphan' }]]);
  });
});
