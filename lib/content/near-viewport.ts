/**
 * Which mentions are near the viewport (within a screen's height above or below it), kept current
 * by an IntersectionObserver on the elements that hold them: those get the underline
 * (lib/content/paint.ts), so scrolling or painting a page of thousands of mentions re-renders only
 * the few dozen on screen. The observer reports asynchronously, so reading positions never forces
 * the page's layout.
 *
 * The observer's first look at an element is paid in the next frame's rendering: 1,500 elements at
 * once added 20–25 ms to the frame that first painted the 60,000-node page's mentions. So elements
 * are handed to it a batch per frame, in document order, beginning with the frame after the paint.
 */

/** How many elements the observer is given per frame. */
export const OBSERVE_PER_FRAME = 200;

export class NearViewport {
  private readonly observer: IntersectionObserver;
  private byElement = new Map<Element, Range[]>();
  private readonly observed = new Set<Element>();
  private readonly near = new Set<Element>();
  /** Elements holding a mention, not observed yet, in document order. */
  private waiting: Element[] = [];
  private frameAsked = false;
  /** What was painted last, so an unchanged set is not painted again (each paint re-renders the page). */
  private painted: Range[] = [];

  constructor(
    private readonly paint: (ranges: Range[]) => void,
    private readonly nextFrame: (then: () => void) => void = (then) => void requestAnimationFrame(() => then()),
  ) {
    this.observer = new IntersectionObserver((entries) => this.seen(entries), { rootMargin: '100% 0px' });
  }

  /** The ranges painted now; elements no longer holding one are no longer watched. */
  set(ranges: readonly Range[]): void {
    const next = new Map<Element, Range[]>();
    for (const r of ranges) {
      const el = r.startContainer.parentElement;
      if (!el) continue;
      const list = next.get(el);
      if (list) list.push(r);
      else next.set(el, [r]);
    }
    for (const el of this.observed) {
      if (next.has(el)) continue;
      this.observer.unobserve(el);
      this.observed.delete(el);
      this.near.delete(el);
    }
    this.byElement = next;
    this.waiting = [...next.keys()].filter((el) => !this.observed.has(el));
    this.observeLater();
    this.repaint();
  }

  stop(): void {
    this.observer.disconnect();
    this.byElement.clear();
    this.observed.clear();
    this.near.clear();
    this.waiting = [];
    this.painted = [];
  }

  /** From the frame after the next one (the next renders what was just painted), a batch a frame. */
  private observeLater(): void {
    if (this.frameAsked || this.waiting.length === 0) return;
    this.frameAsked = true;
    this.nextFrame(() => this.nextFrame(() => this.observeBatches()));
  }

  private observeBatches(): void {
    for (const el of this.waiting.splice(0, OBSERVE_PER_FRAME)) {
      this.observer.observe(el);
      this.observed.add(el);
    }
    if (this.waiting.length > 0) this.nextFrame(() => this.observeBatches());
    else this.frameAsked = false;
  }

  private seen(entries: IntersectionObserverEntry[]): void {
    let changed = false;
    for (const e of entries) {
      if (!this.byElement.has(e.target)) continue;
      if (e.isIntersecting !== this.near.has(e.target)) changed = true;
      if (e.isIntersecting) this.near.add(e.target);
      else this.near.delete(e.target);
    }
    if (changed) this.repaint();
  }

  private repaint(): void {
    const ranges: Range[] = [];
    for (const el of this.near) ranges.push(...(this.byElement.get(el) ?? []));
    if (ranges.length === this.painted.length && ranges.every((r, i) => r === this.painted[i])) return;
    this.painted = ranges;
    this.paint(ranges);
  }
}
