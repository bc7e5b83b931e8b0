import { describe, expect, it } from 'vitest';
import { NearViewport } from '../../../lib/content/near-viewport';
import type { Box } from '../../../lib/content/near-window';

const HEIGHT = 100;
/** A line of text at `top`, 10 px tall. */
const line = (top: number): Box => ({ top, bottom: top + 10, width: 80, height: 10 });

/** A window whose frames, events, scrolling and height the test drives. */
function fakeView() {
  let frames: FrameRequestCallback[] = [];
  const listeners = new Map<string, EventListener>();
  const resized: (() => void)[] = [];
  const observed: unknown[] = [];
  const document = { documentElement: 'root', body: 'body' };
  const view = {
    innerHeight: HEIGHT,
    scrollY: 0,
    document,
    ResizeObserver: class {
      constructor(then: () => void) {
        resized.push(then);
      }
      observe(el: unknown) {
        observed.push(el);
      }
      disconnect() {
        resized.length = 0;
      }
    },
    requestAnimationFrame: (f: FrameRequestCallback) => frames.push(f),
    cancelAnimationFrame: () => {
      frames = [];
    },
    addEventListener: (type: string, f: EventListener) => listeners.set(type, f),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  return {
    view: view as unknown as Window & typeof globalThis,
    frame() {
      const now = frames;
      frames = [];
      for (const f of now) f(0);
    },
    /** The document scrolls by `by` px: every mention's box moves up by as much. */
    scroll(ms: Mention[], by: number, isTrusted = true) {
      view.scrollY += by;
      for (const m of ms) m.top -= by;
      listeners.get('scroll')?.({ type: 'scroll', target: document, isTrusted } as unknown as Event);
    },
    fire: (type: string, target: unknown = view) => listeners.get(type)?.({ type, target, isTrusted: true } as unknown as Event),
    /** What a ResizeObserver on the root and the body reports (its first report: the sizes it starts from). */
    resize: () => {
      for (const then of resized) then();
    },
    observed,
    listening: () => [...listeners.keys()],
  };
}

/** A mention whose box the test moves. */
const mention = (label: string, top: number) => {
  const r = { label, top, getBoundingClientRect: () => line(r.top) };
  return r;
};
type Mention = ReturnType<typeof mention>;
const labels = (ranges: Range[]) => ranges.map((r) => (r as unknown as Mention).label);
const asRanges = (ms: Mention[]) => ms as unknown as Range[];

describe('NearViewport (the bold mark only around the reader)', () => {
  it('marks the mentions within two screens of the viewport, in the frame after they are set', () => {
    const v = fakeView();
    const painted: string[][] = [];
    const near = new NearViewport((ranges) => painted.push(labels(ranges)), v.view);
    near.set(asRanges([mention('top', 0), mention('below', 250), mention('far', 2_000)]));
    expect(painted).toEqual([]);
    v.frame();
    expect(painted).toEqual([['top', 'below']]);
  });

  it('scrolling the document within the stretch marked reads nothing; near its end, marks anew', () => {
    const v = fakeView();
    const painted: string[][] = [];
    let reads = 0;
    const ms = [mention('a', 0), mention('b', 250), mention('c', 450), mention('d', 2_000)];
    for (const m of ms) {
      const read = m.getBoundingClientRect;
      m.getBoundingClientRect = () => (reads++, read());
    }
    const near = new NearViewport((ranges) => painted.push(labels(ranges)), v.view);
    near.set(asRanges(ms));
    v.frame();
    expect(painted).toEqual([['a', 'b']]);
    const before = reads;
    // A screen's scroll stays a screen from the end of the stretch marked (-200 … 300 px).
    v.scroll(ms, 100);
    v.frame();
    expect(reads).toBe(before);
    // Further, the stretch is chosen again: "c" (now at 200 px) is in it, "a" (-250 px) is not.
    v.scroll(ms, 150);
    v.frame();
    expect(painted.at(-1)).toEqual(['b', 'c']);
  });

  it('chooses again when something inside the page scrolls, the window is resized or the page changes height, not for the first report', () => {
    const v = fakeView();
    const painted: string[][] = [];
    const near = new NearViewport((ranges) => painted.push(labels(ranges)), v.view);
    const ms = [mention('a', 0), mention('b', 900)];
    near.set(asRanges(ms));
    v.frame();
    expect(v.observed).toEqual(['root', 'body']);
    v.resize();
    expect(painted).toEqual([['a']]);
    // A box inside a scrolling element moved: its scroll event chooses again.
    ms[1].top = 150;
    v.fire('scroll', { scrolling: 'element' });
    v.frame();
    expect(painted.at(-1)).toEqual(['a', 'b']);
    ms[0].top = -500;
    v.fire('resize');
    v.frame();
    expect(painted.at(-1)).toEqual(['b']);
    // An image loaded above: the page is taller, the boxes have moved down.
    ms[0].top = 100;
    ms[1].top = 800;
    v.resize();
    v.frame();
    expect(painted.at(-1)).toEqual(['a']);
  });

  it('ignores a scroll the page dispatched itself, and paints nothing again while the set stays the same', () => {
    const v = fakeView();
    let paints = 0;
    const near = new NearViewport(() => paints++, v.view);
    const ms = [mention('a', 0), mention('b', 900)];
    near.set(asRanges(ms));
    v.frame();
    expect(paints).toBe(1);
    v.scroll(ms, 800, false);
    v.frame();
    expect(paints).toBe(1);
    ms[0].top = 10;
    ms[1].top = 900;
    v.fire('resize');
    v.frame();
    expect(paints).toBe(1);
    // The same text found again is new ranges: those are painted.
    near.set(asRanges([mention('a', 0)]));
    v.frame();
    expect(paints).toBe(2);
  });

  it('paints the set again in the frame after each set(), even the same ranges (what the callback paints may have changed)', () => {
    const v = fakeView();
    const painted: string[][] = [];
    const near = new NearViewport((ranges) => painted.push(labels(ranges)), v.view);
    const ms = asRanges([mention('a', 0), mention('far', 5_000)]);
    near.set(ms);
    v.frame();
    near.set(ms);
    expect(painted).toEqual([['a']]);
    v.frame();
    expect(painted).toEqual([['a'], ['a']]);
  });

  it('stops: no more listening, no frame pending, nothing painted after', () => {
    const v = fakeView();
    let paints = 0;
    const near = new NearViewport(() => paints++, v.view);
    near.set(asRanges([mention('a', 0)]));
    expect(v.listening().sort()).toEqual(['resize', 'scroll']);
    near.stop();
    v.resize();
    v.resize();
    v.frame();
    expect(paints).toBe(0);
    expect(v.listening()).toEqual([]);
  });
});
