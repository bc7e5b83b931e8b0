import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NearViewport, OBSERVE_PER_FRAME } from '../../../lib/content/near-viewport';

/** A stand-in IntersectionObserver: the test says which elements come near the viewport. */
class FakeObserver {
  static last: FakeObserver;
  readonly watched = new Set<Element>();
  readonly order: Element[] = [];
  constructor(readonly report: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.watched.add(el);
    this.order.push(el);
  }
  unobserve(el: Element) {
    this.watched.delete(el);
  }
  disconnect() {
    this.watched.clear();
  }
  near(el: Element, isIntersecting: boolean) {
    this.report([{ target: el, isIntersecting }]);
  }
}

/** Frames the test runs by hand. */
function frames() {
  let queued: (() => void)[] = [];
  return {
    next: (then: () => void) => void queued.push(then),
    run() {
      const now = queued;
      queued = [];
      for (const f of now) f();
    },
  };
}

const { document } = parseHTML('<!doctype html><html><body><p id="a">Dmitry Peskov</p><p id="b">Kyiv and Belgorod</p></body></html>');
const a = document.getElementById('a')!;
const b = document.getElementById('b')!;
const rangeIn = (el: Element, label: string) => ({ startContainer: el.firstChild, label }) as unknown as Range;
const labels = (ranges: Range[]) => ranges.map((r) => (r as unknown as { label: string }).label);

describe('NearViewport (the underline only where the reader looks)', () => {
  beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeObserver));
  afterEach(() => vi.unstubAllGlobals());

  it('paints the ranges of the elements near the viewport, as they come and go', () => {
    const painted: string[][] = [];
    const f = frames();
    const near = new NearViewport((ranges) => painted.push(labels(ranges)), f.next);
    const [peskov, kyiv, belgorod] = [rangeIn(a, 'peskov'), rangeIn(b, 'kyiv'), rangeIn(b, 'belgorod')];
    near.set([peskov, kyiv, belgorod]);
    f.run();
    f.run();
    expect(FakeObserver.last.watched).toEqual(new Set([a, b]));
    FakeObserver.last.near(b, true);
    expect(painted.at(-1)).toEqual(['kyiv', 'belgorod']);
    FakeObserver.last.near(a, true);
    FakeObserver.last.near(b, false);
    expect(painted.at(-1)).toEqual(['peskov']);
  });

  it('stops watching elements that no longer hold a mention', () => {
    const painted: number[] = [];
    const f = frames();
    const near = new NearViewport((ranges) => painted.push(ranges.length), f.next);
    near.set([rangeIn(a, 'peskov'), rangeIn(b, 'kyiv')]);
    f.run();
    f.run();
    FakeObserver.last.near(a, true);
    near.set([rangeIn(b, 'kyiv')]);
    expect(FakeObserver.last.watched).toEqual(new Set([b]));
    expect(painted.at(-1)).toBe(0);
    // A late report about an element no longer watched changes nothing.
    FakeObserver.last.near(a, true);
    expect(painted.at(-1)).toBe(0);
  });

  it('hands the observer the elements from the frame after the next one, a batch per frame, in document order', () => {
    const f = frames();
    const many = Array.from({ length: OBSERVE_PER_FRAME * 2 + 5 }, (_, i) => {
      const p = document.createElement('p');
      p.textContent = `Peskov ${i}`;
      document.body.append(p);
      return p;
    });
    const near = new NearViewport(() => undefined, f.next);
    near.set(many.map((p, i) => rangeIn(p, String(i))));
    f.run();
    // The next frame renders the mentions just painted; the observer's first look waits for the one after.
    expect(FakeObserver.last.watched.size).toBe(0);
    f.run();
    expect(FakeObserver.last.order).toEqual(many.slice(0, OBSERVE_PER_FRAME));
    f.run();
    expect(FakeObserver.last.order).toEqual(many.slice(0, 2 * OBSERVE_PER_FRAME));
    f.run();
    expect(FakeObserver.last.order).toEqual(many);
    f.run();
    expect(FakeObserver.last.order).toHaveLength(many.length);
  });

  it('paints nothing again while the ranges near the viewport stay the same', () => {
    let paints = 0;
    const f = frames();
    const near = new NearViewport(() => paints++, f.next);
    const ranges = [rangeIn(a, 'peskov'), rangeIn(b, 'kyiv')];
    near.set(ranges);
    f.run();
    f.run();
    expect(paints).toBe(0);
    FakeObserver.last.near(a, true);
    expect(paints).toBe(1);
    near.set(ranges);
    FakeObserver.last.near(b, false);
    expect(paints).toBe(1);
    // The same text found again is new ranges: those are painted.
    near.set([rangeIn(a, 'peskov again'), rangeIn(b, 'kyiv')]);
    expect(paints).toBe(2);
  });
});
