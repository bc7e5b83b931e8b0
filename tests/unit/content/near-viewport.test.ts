import { describe, expect, it } from 'vitest';
import { NearViewport } from '../../../lib/content/near-viewport';
import type { Box } from '../../../lib/content/near-window';

const HEIGHT = 100;
/** A line of text at `top`, 10 px tall. */
const line = (top: number): Box => ({ top, bottom: top + 10, width: 80, height: 10 });

/** A window whose frames, events and height the test drives. */
function fakeView(innerHeight = HEIGHT) {
  let frames: FrameRequestCallback[] = [];
  const listeners = new Map<string, EventListener>();
  const resized: (() => void)[] = [];
  const observed: unknown[] = [];
  const view = {
    innerHeight,
    document: { documentElement: 'root', body: 'body' },
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
    fire: (type: string, isTrusted = true) => listeners.get(type)?.({ isTrusted } as Event),
    /** The page's height changed: what a ResizeObserver on the root and the body reports. */
    grow: () => {
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

describe('NearViewport (the underline only where the reader looks)', () => {
  it('underlines the near mentions in the frame after they are set, and again after a scroll or a resize', () => {
    const v = fakeView();
    const painted: string[][] = [];
    const near = new NearViewport((ranges) => painted.push(labels(ranges)), v.view);
    const ms = [mention('top', 0), mention('middle', 250), mention('far', 2_000)];
    near.set(ms as unknown as Range[]);
    expect(painted).toEqual([]);
    v.frame();
    expect(painted).toEqual([['top']]);
    for (const m of ms) m.top -= 200;
    v.fire('scroll');
    v.frame();
    expect(painted.at(-1)).toEqual(['middle']);
    for (const m of ms) m.top -= 1_700;
    v.fire('resize');
    v.frame();
    expect(painted.at(-1)).toEqual(['far']);
  });

  it('ignores a scroll the page dispatched itself, and paints nothing again while the near set stays the same', () => {
    const v = fakeView();
    let paints = 0;
    const near = new NearViewport(() => paints++, v.view);
    const ms = [mention('a', 0), mention('b', 500)];
    near.set(ms as unknown as Range[]);
    v.frame();
    expect(paints).toBe(1);
    ms[1].top = 50;
    v.fire('scroll', false);
    v.frame();
    expect(paints).toBe(1);
    ms[0].top = 10;
    ms[1].top = 500;
    v.fire('scroll');
    v.frame();
    expect(paints).toBe(1);
    // The same text found again is new ranges: those are painted.
    near.set([mention('a', 0)] as unknown as Range[]);
    v.frame();
    expect(paints).toBe(2);
  });

  it("underlines anew when the page's height changes without a scroll (an image loaded above)", () => {
    const v = fakeView();
    const painted: string[][] = [];
    const near = new NearViewport((ranges) => painted.push(labels(ranges)), v.view);
    const ms = [mention('a', 0), mention('b', 500)];
    near.set(ms as unknown as Range[]);
    v.frame();
    expect(v.observed).toEqual(['root', 'body']);
    expect(painted.at(-1)).toEqual(['a']);
    for (const m of ms) m.top -= 450;
    v.grow();
    v.frame();
    expect(painted.at(-1)).toEqual(['b']);
  });

  it('stops: no more listening, no frame pending, nothing painted after', () => {
    const v = fakeView();
    let paints = 0;
    const near = new NearViewport(() => paints++, v.view);
    near.set([mention('a', 0)] as unknown as Range[]);
    expect(v.listening().sort()).toEqual(['resize', 'scroll']);
    near.stop();
    v.grow();
    v.frame();
    expect(paints).toBe(0);
    expect(v.listening()).toEqual([]);
  });
});
