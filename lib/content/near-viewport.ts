/**
 * Which mentions are near the viewport (within a screen's height above or below it), kept current
 * by an IntersectionObserver on the elements that hold them: those get the underline
 * (lib/content/paint.ts), so scrolling or painting a page of thousands of mentions re-renders only
 * the few dozen on screen. The observer reports asynchronously, so reading positions never forces
 * the page's layout.
 */
export class NearViewport {
  private readonly observer: IntersectionObserver;
  private byElement = new Map<Element, Range[]>();
  private readonly near = new Set<Element>();

  constructor(private readonly paint: (ranges: Range[]) => void) {
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
    for (const el of this.byElement.keys()) {
      if (next.has(el)) continue;
      this.observer.unobserve(el);
      this.near.delete(el);
    }
    for (const el of next.keys()) if (!this.byElement.has(el)) this.observer.observe(el);
    this.byElement = next;
    this.repaint();
  }

  stop(): void {
    this.observer.disconnect();
    this.byElement.clear();
    this.near.clear();
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
    this.paint(ranges);
  }
}
