import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NearViewport } from '../../../lib/content/near-viewport';

/** A stand-in IntersectionObserver: the test says which elements come near the viewport. */
class FakeObserver {
  static last: FakeObserver;
  readonly watched = new Set<Element>();
  constructor(readonly report: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.watched.add(el);
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

const { document } = parseHTML('<!doctype html><html><body><p id="a">Dmitry Peskov</p><p id="b">Kyiv and Belgorod</p></body></html>');
const a = document.getElementById('a')!;
const b = document.getElementById('b')!;
const rangeIn = (el: Element, label: string) => ({ startContainer: el.firstChild, label }) as unknown as Range;

describe('NearViewport (the underline only where the reader looks)', () => {
  beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeObserver));
  afterEach(() => vi.unstubAllGlobals());

  it('paints the ranges of the elements near the viewport, as they come and go', () => {
    const painted: string[][] = [];
    const near = new NearViewport((ranges) => painted.push(ranges.map((r) => (r as unknown as { label: string }).label)));
    const [peskov, kyiv, belgorod] = [rangeIn(a, 'peskov'), rangeIn(b, 'kyiv'), rangeIn(b, 'belgorod')];
    near.set([peskov, kyiv, belgorod]);
    expect(FakeObserver.last.watched).toEqual(new Set([a, b]));
    expect(painted.at(-1)).toEqual([]);
    FakeObserver.last.near(b, true);
    expect(painted.at(-1)).toEqual(['kyiv', 'belgorod']);
    FakeObserver.last.near(a, true);
    FakeObserver.last.near(b, false);
    expect(painted.at(-1)).toEqual(['peskov']);
  });

  it('stops watching elements that no longer hold a mention', () => {
    const painted: number[] = [];
    const near = new NearViewport((ranges) => painted.push(ranges.length));
    near.set([rangeIn(a, 'peskov'), rangeIn(b, 'kyiv')]);
    FakeObserver.last.near(a, true);
    near.set([rangeIn(b, 'kyiv')]);
    expect(FakeObserver.last.watched).toEqual(new Set([b]));
    expect(painted.at(-1)).toBe(0);
    // A late report about an element no longer watched changes nothing.
    FakeObserver.last.near(a, true);
    expect(painted.at(-1)).toBe(0);
  });
});
