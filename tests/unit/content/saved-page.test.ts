import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RETRIES_MS, SavedPage, type AnchorResult } from '../../../lib/content/saved-page';
import type { Anchored } from '../../../lib/content/saved';
import type { Highlight } from '../../../lib/core/highlights/types';

const highlight = (id: string): Highlight => ({ id }) as Highlight;

/**
 * A page as SavedPage sees it: which passages are in it now (`text` by id), the highlights the
 * background holds, and everything painted and reported. A placed passage is a stand-in Range whose
 * text is read from the page when asked, as a live Range's is.
 */
function fakePage(stored: Highlight[]) {
  const text = new Map<string, string>();
  const painted: string[][] = [];
  const reports: AnchorResult[][] = [];
  let anchored = 0;
  let release: (() => void) | undefined;
  let held = false;
  const range = (id: string, was: string) =>
    ({
      id,
      toString: () => (text.get(id) === was ? was : ''),
      startContainer: { isConnected: true },
      endContainer: { isConnected: true },
    }) as unknown as Range;
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
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
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
