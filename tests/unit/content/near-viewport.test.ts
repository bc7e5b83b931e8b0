import { describe, expect, it } from 'vitest';
import { NearViewport } from '../../../lib/content/near-viewport';
import { type Box, nearIndexes, SLACK } from '../../../lib/content/near-window';

const HEIGHT = 100;
/** A line of text at `top`, 10 px tall. */
const line = (top: number): Box => ({ top, bottom: top + 10, width: 80, height: 10 });
const HIDDEN: Box = { top: 0, bottom: 0, width: 0, height: 0 };

/** The mentions a screen (HEIGHT) above or below the viewport, found by looking at every box. */
const everyNear = (boxes: Box[]) => boxes.flatMap((b, i) => (b.width > 0 && b.bottom >= -HEIGHT && b.top <= 2 * HEIGHT ? [i] : []));

describe('nearIndexes (which mentions are within a screen of the viewport)', () => {
  it('finds the mentions from a screen above the viewport to a screen below it, as the page scrolls', () => {
    // A mention every 20 px down a page 4,000 px long.
    for (const scrolled of [0, 1_000, 3_950]) {
      const boxes = Array.from({ length: 200 }, (_, i) => line(i * 20 - scrolled));
      const near = nearIndexes(boxes.length, (i) => boxes[i], HEIGHT);
      expect(near).toEqual(everyNear(boxes));
    }
    const boxes = Array.from({ length: 200 }, (_, i) => line(i * 20 - 1_000));
    // 1,000 px scrolled: from -100 to 200 px, the mentions at 900 … 1,200 px down the page.
    expect(nearIndexes(boxes.length, (i) => boxes[i], HEIGHT)).toEqual(Array.from({ length: 16 }, (_, k) => 45 + k));
  });

  it('looks at few boxes, however long the page', () => {
    const boxes = Array.from({ length: 100_000 }, (_, i) => line(i * 20 - 1_000_000));
    let looked = 0;
    const near = nearIndexes(boxes.length, (i) => (looked++, boxes[i]), HEIGHT);
    expect(near).toEqual(everyNear(boxes));
    expect(looked).toBeLessThan(100);
  });

  it('finds mentions out of document order nearby (a second column starting back at the top)', () => {
    // Column one: 0 … 390 px; column two, later in the document: 0 … 390 px again, then the page goes on.
    const column = Array.from({ length: 20 }, (_, i) => line(i * 20));
    const boxes = [...column, ...column, ...Array.from({ length: 50 }, (_, i) => line(400 + i * 20))];
    expect(nearIndexes(boxes.length, (i) => boxes[i], HEIGHT)).toEqual(everyNear(boxes));
  });

  it('steps over hidden mentions (no box) without underlining them or losing its way', () => {
    const boxes = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? HIDDEN : line(i * 20 - 2_000)));
    for (let i = 90; i < 110; i++) boxes[i] = HIDDEN;
    expect(nearIndexes(boxes.length, (i) => boxes[i], HEIGHT)).toEqual(everyNear(boxes));
    const allHidden = Array.from({ length: 1_000 }, () => HIDDEN);
    expect(nearIndexes(allHidden.length, (i) => allHidden[i], HEIGHT)).toEqual([]);
    expect(nearIndexes(0, () => line(0), HEIGHT)).toEqual([]);
  });

  it('gives up past SLACK far mentions in a row: a mention far away in the document is not looked for', () => {
    // Mentions down the page, then, later in the document, one placed back on screen (a fixed footer, say).
    const boxes = [...Array.from({ length: 100 }, (_, i) => line(i * 20)), ...Array.from({ length: SLACK + 1 }, () => line(5_000)), line(50)];
    expect(nearIndexes(boxes.length, (i) => boxes[i], HEIGHT)).toEqual(everyNear(boxes).slice(0, -1));
  });
});

/** A window whose frames, events and height the test drives. */
function fakeView(innerHeight = HEIGHT) {
  let frames: FrameRequestCallback[] = [];
  const listeners = new Map<string, EventListener>();
  const view = {
    innerHeight,
    requestAnimationFrame: (f: FrameRequestCallback) => frames.push(f),
    cancelAnimationFrame: () => {
      frames = [];
    },
    addEventListener: (type: string, f: EventListener) => listeners.set(type, f),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  return {
    view: view as unknown as Window,
    frame() {
      const now = frames;
      frames = [];
      for (const f of now) f(0);
    },
    fire: (type: string, isTrusted = true) => listeners.get(type)?.({ isTrusted } as Event),
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

  it('stops: no more listening, no frame pending, nothing painted after', () => {
    const v = fakeView();
    let paints = 0;
    const near = new NearViewport(() => paints++, v.view);
    near.set([mention('a', 0)] as unknown as Range[]);
    expect(v.listening().sort()).toEqual(['resize', 'scroll']);
    near.stop();
    v.frame();
    expect(paints).toBe(0);
    expect(v.listening()).toEqual([]);
  });
});
