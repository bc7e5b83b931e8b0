/**
 * Which mentions are near the viewport (within two screens above or below it): those are set in
 * bold (lib/content/paint.ts), and on a very large document only those are painted at all, so a
 * page of thousands of mentions re-renders only the few dozen around the reader when the set changes.
 *
 * Found from the mentions' positions in the animation frame that renders them, not by an
 * IntersectionObserver: the observer reports after a frame has rendered, so on every page the
 * bold came as a second change of highlight, and Chromium repaints the whole page at each
 * (on the 60,000-node page, a frame of 50–60 ms of its own). Read in requestAnimationFrame, positions
 * cost no layout of their own as a rule: the frame lays the page out right after, and reading first
 * moves that work earlier (unless a page's own frame callbacks change its styles after ours). The set
 * is chosen again when the document has scrolled to a screen from the ends of the stretch marked
 * (two screens either way, so a reader scrolling changes it once a screen or so, not at every
 * mention), when something inside the page scrolls, when the window is resized, and when the page's
 * height changes (an image loaded, a section opened): a ResizeObserver on the root and the body.
 */
import { nearIndexes } from './near-window';

/** Screens above and below the viewport whose mentions are set in bold. */
const REACH = 2;

export class NearViewport {
  private ranges: readonly Range[] = [];
  private frame = 0;
  private listening = false;
  /** What was painted last, so an unchanged set is not painted again (each paint re-renders the page). */
  private painted: Range[] = [];
  /** The stretch of the document (page coordinates) whose mentions were marked last. */
  private span: { top: number; bottom: number } | undefined;
  private readonly onMove = (e: Event) => {
    if (!e.isTrusted) return;
    // Scrolling the document within the stretch marked, a screen from its ends, changes nothing
    // the reader sees: nothing is read or painted (each paint repaints the whole page).
    const { scrollY, innerHeight: h, document } = this.view;
    const ours = e.type === 'scroll' && (e.target === document || e.target === this.view);
    if (ours && this.span && this.span.top <= scrollY - h && scrollY + 2 * h <= this.span.bottom) return;
    this.schedule();
  };
  private resized: ResizeObserver | undefined;

  constructor(
    private readonly paint: (ranges: Range[]) => void,
    private readonly view: Window & typeof globalThis = window,
  ) {}

  /** The ranges painted now, in document order; those near the viewport are chosen in the next frame. */
  set(ranges: readonly Range[]): void {
    this.ranges = ranges;
    this.span = undefined;
    // Painted again in the next frame even if the same: what the callback paints may depend on more
    // than the set (a very large document paints its mentions there too, lib/content/spotter.ts).
    this.painted = [];
    if (!this.listening) {
      this.listening = true;
      // Capture: a scrolling element's scroll event does not bubble, but passes the window on its way.
      this.view.addEventListener('scroll', this.onMove, { capture: true, passive: true });
      this.view.addEventListener('resize', this.onMove, { passive: true });
      const { document, ResizeObserver } = this.view;
      if (typeof ResizeObserver === 'function') {
        // Its first report only says the sizes it starts from: reading the boxes again then cost a
        // whole-page repaint's frame (60 ms on the 60,000-node page) for nothing.
        let first = true;
        this.resized = new ResizeObserver(() => {
          if (!first) this.moved();
          first = false;
        });
        this.resized.observe(document.documentElement);
        if (document.body) this.resized.observe(document.body);
      }
    }
    this.schedule();
  }

  stop(): void {
    this.view.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.view.removeEventListener('scroll', this.onMove, { capture: true });
    this.view.removeEventListener('resize', this.onMove);
    this.resized?.disconnect();
    this.resized = undefined;
    this.listening = false;
    this.ranges = [];
    this.painted = [];
    this.span = undefined;
  }

  /** The page's layout changed: what is marked is chosen again. */
  private moved(): void {
    this.span = undefined;
    this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  }

  private update(): void {
    const { ranges } = this;
    const { scrollY, innerHeight: h } = this.view;
    const near = nearIndexes(ranges.length, (i) => ranges[i].getBoundingClientRect(), h, REACH).map((i) => ranges[i]);
    this.span = { top: scrollY - REACH * h, bottom: scrollY + (1 + REACH) * h };
    if (near.length === this.painted.length && near.every((r, i) => r === this.painted[i])) return;
    this.painted = near;
    this.paint(near);
  }
}
