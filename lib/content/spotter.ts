/**
 * The page side of spotting: scans the document, paints mentions, keeps them current as content
 * is added (batched: the MutationObserver only collects), and steps through them for keyboard users.
 * It knows nothing of the popover; the content script wires the two together.
 *
 * A whole-document scan runs in slices, painting as it goes and yielding to the page between them,
 * so a long article never blocks the main thread; `parallax:painted` (a performance mark, next to
 * the content script's `parallax:start`) records when the first scan is done and painted.
 */
import { indexByNode, mentionAt } from './hit-test';
import { NearViewport } from './near-viewport';
import { BODY_CHANGES, pageChanges } from './page-changes';
import { seenBefore } from './page-context';
import { clearPaint, paintActive, paintMentions, paintNear, paintsEveryMention } from './paint';
import type { PageMention } from './scan';
import { afterRendering, sliceElapsed, yieldToPage } from './slices';
import { scanWithWorker, type EntityName, type SpotSlice } from './worker-scan';
import { nextReachable } from './step-order';
import { samePlace } from './selection-at-release';
import { isLost } from './card-follow';
import type { CollectOptions } from '../core/spot/dom-text';
import { compareStarts } from '../core/spot/composed';
import { outermostChanged, standsOutside } from './changed-parts';

export interface SpotterOptions {
  /** Elements never scanned (our own UI). */
  skip: (el: Element) => boolean;
  /** Inline elements the page lays out apart (dom-text.ts's CollectOptions). */
  apart?: CollectOptions['apart'];
  /** Called after every (re)paint with the current mentions. */
  onChange?: (mentions: PageMention[]) => void;
  /** Told of each open shadow root read, once (where the browser needs the highlight rules inside it). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

const BATCH_MS = 120;
/** How soon a batch that took painted names away is read: the next frame. */
const LOST_BATCH_MS = 16;
/** More changed subtrees than this in one batch are read as one scan of the whole page, not one request each. */
const WHOLE_PAGE_AFTER = 64;
/** The shortest time between two such scans, in ms. */
const WHOLE_PAGE_EVERY_MS = 2_000;
/** How long the slice that made the last Ranges may have run for the mentions to be painted in its task. */
const PAINT_AFTER_SLICE_MS = 4;
/** While a whole-document scan runs, how often what it has found so far is painted. */
const REPAINT_MS = 500;
export class Spotter {
  private mentions: PageMention[] = [];
  private byNode = new Map<Node, PageMention[]>();
  private pending = new Set<Node>();
  private prune = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver;
  /**
   * Paints the mentions near the viewport in bold and, on a very large document, paints only those:
   * there, every mention painted would make each change of a highlight a long frame (paint.ts).
   */
  private readonly near = new NearViewport((near) => {
    if (!this.everyMention) paintMentions(near);
    paintNear(near);
  });
  private everyMention = true;
  private current = -1;
  /** Bumped by every whole-document scan and by stop(): an older scan that sees it changed gives up. */
  private generation = 0;
  private scanning = false;

  /** Whether the page is being read whole: until it is done, the mentions listed are part of the page's. */
  get readingWhole(): boolean {
    return this.scanning;
  }
  private flushing = false;
  /** When changes last made a scan of the whole page (performance.now()). */
  private wholePageAt = -Infinity;
  /** What the entities found on this page are called (the background says, with their mentions). */
  readonly names = new Map<string, EntityName>();
  /** How the page's text is read, whole or in part (dom-text.ts). */
  private readonly reading: CollectOptions;

  constructor(
    private readonly doc: Document,
    private readonly spot: SpotSlice,
    private readonly opts: SpotterOptions,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    this.reading = { skip: opts.skip, apart: opts.apart, onShadowRoot: this.watchRoot };
  }

  /**
   * Starts spotting; resolves once the first scan of the whole page is painted and rendered (false if
   * it was replaced), so what waits for it (preparing cards, the saved highlights) stays out of the
   * frame that renders the mentions.
   */
  async start(): Promise<boolean> {
    this.watch();
    const done = await this.rescanAll();
    if (done) performance.mark('parallax:painted', { detail: { mentions: this.mentions.length } });
    await afterRendering();
    return done;
  }

  /** Scans the whole document again, painting as it goes; resolves false if a newer scan (or stop) replaced it. */
  async rescanAll(): Promise<boolean> {
    const run = ++this.generation;
    this.scanning = true;
    // Where the keyboard's steps were, found again among the new mentions below: a page that appends its
    // next story and moves its address as the reader steps into it would send them back to the first name.
    const active = this.mentions[this.current]?.range;
    this.current = -1;
    const found: PageMention[] = [];
    const cancelled = () => run !== this.generation;
    // Every repaint costs the browser a new paint of the whole page (on a page of 60,000 nodes, tens
    // of ms), so while a long scan goes on, paint what is new only every REPAINT_MS; a page scanned
    // sooner is painted once, at the end.
    let paintedAt = performance.now();
    const onPause = () => {
      if (found.length === this.mentions.length || performance.now() - paintedAt < REPAINT_MS) return false;
      paintedAt = performance.now();
      this.mentions = [...found];
      this.repaint();
      return true;
    };
    const result = await scanWithWorker(this.doc.body, this.spot, found, {
      ...this.reading,
      cancelled,
      onPause,
      names: this.names,
    });
    if (cancelled()) return false;
    // The background did not answer (the extension was reloaded, say): the page keeps what it had.
    if (result === undefined) {
      this.scanning = false;
      return false;
    }
    // Painted in the task that made the last Ranges when that took little (an article's mentions): the
    // next frame shows them, whatever else is due. After a long slice, or on a very large document
    // (whose repaint is long work of its own), in a task of its own: the frame that renders the
    // change counts from the task that made it.
    const everyMention = paintsEveryMention(this.doc, result.length);
    if (sliceElapsed() > PAINT_AFTER_SLICE_MS || !everyMention) {
      await yieldToPage();
      if (cancelled()) return false;
    }
    this.scanning = false;
    this.mentions = result;
    if (active?.startContainer.isConnected) this.current = result.findIndex((m) => samePlace(m.range, active));
    this.repaint(everyMention);
    return true;
  }

  list(): readonly PageMention[] {
    return this.mentions;
  }

  at(x: number, y: number): PageMention | undefined {
    return mentionAt(this.doc, x, y, this.byNode);
  }

  /** The next (or previous) mention for keyboard stepping (./step-order.ts), made the active one. */
  step(direction: 1 | -1): PageMention | undefined {
    const at = nextReachable(this.mentions, this.current, direction);
    if (at < 0) return undefined;
    this.current = at;
    return this.mentions[at];
  }

  setActive(m: PageMention | undefined): void {
    if (m) this.current = this.mentions.indexOf(m);
    paintActive(m?.range);
  }

  stop(): void {
    this.generation++;
    this.scanning = false;
    this.observer.disconnect();
    this.near.stop();
    clearTimeout(this.timer);
    clearPaint();
    this.mentions = [];
    this.byNode.clear();
  }

  /** Only collects what changed (./page-changes.ts), for flush() to read in a batch. */
  private collect(records: MutationRecord[]): void {
    const changes = pageChanges(records, this.doc, this.opts.skip);
    if (changes.newBody) this.newBody();
    for (const n of changes.read) this.pending.add(n);
    if (changes.removed) this.prune = true;
    if (this.pending.size === 0 && !this.prune) return;
    // Text with painted names in it was taken away (a framework rendering the article again, the same
    // words in new nodes): its highlights are gone until the batch is read, so read it at the next
    // frame rather than after the usual wait, or every such render makes them blink.
    const soon = changes.removed && this.pending.size > 0 && this.mentions.some((m) => isLost(m.range));
    if (soon && this.timer !== undefined && !this.scanning && !this.flushing) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.timer === undefined) this.timer = setTimeout(() => void this.flush(), soon ? LOST_BATCH_MS : BATCH_MS);
  }

  /**
   * Watches the body's nodes and text, and the root's own children: a page that puts a new <body> in
   * place of the old one is read again whole (only the root's children: our hosts come and go there).
   */
  private watch(): void {
    this.observer.observe(this.doc.body, BODY_CHANGES);
    this.observer.observe(this.doc.documentElement, { childList: true });
  }

  /** An open shadow root read (a page drawing its article in custom elements): its changes are watched as the body's are. */
  private readonly watchRoot = (root: ShadowRoot): void => {
    this.observer.observe(root, BODY_CHANGES);
    if (this.roots.has(root)) return;
    this.roots.add(root);
    this.opts.onShadowRoot?.(root);
  };
  private readonly roots = new WeakSet<ShadowRoot>();

  /** The page replaced its <body>: what changes in the new one is watched, and all of it read again. */
  private newBody(): void {
    // Not the old body any more: it may go on changing, out of the page.
    this.observer.disconnect();
    this.watch();
    this.pending.clear();
    this.prune = false;
    void this.rescanAll();
  }

  /** Re-scans only what changed: mentions in changed nodes are replaced, mentions in removed ones dropped, all others kept. */
  private async flush(): Promise<void> {
    // Changes during a whole-document scan (or another flush) wait for it: it may not have read them, and it replaces the mentions.
    if (this.scanning || this.flushing) {
      this.timer = setTimeout(() => void this.flush(), BATCH_MS);
      return;
    }
    this.timer = undefined;
    const run = this.generation;
    const roots = new Set([...this.pending].filter((n) => n.isConnected && (n.nodeType === 1 || n.nodeType === 3)));
    this.pending.clear();
    const top = outermostChanged(roots);
    // So many separate changes are read faster, in one scan, as the whole page; at most once every
    // WHOLE_PAGE_EVERY_MS, so a page that keeps changing many things cannot keep the background
    // spotting it whole (what changes meanwhile waits, and is read by the next such scan).
    if (top.length > WHOLE_PAGE_AFTER) {
      const wait = this.wholePageAt + WHOLE_PAGE_EVERY_MS - performance.now();
      if (wait > 0) {
        for (const n of top) this.pending.add(n);
        this.timer = setTimeout(() => void this.flush(), wait);
        return;
      }
      this.wholePageAt = performance.now();
      this.prune = false;
      void this.rescanAll();
      return;
    }
    this.prune = false;
    const added: PageMention[] = [];
    const intact = standsOutside(top);
    // Each changed part is read with what its article named before it, as when the page is read whole.
    const before = this.mentions.filter(intact);
    this.flushing = true;
    try {
      for (const t of top) {
        const seen = seenBefore(t, before, added);
        if (
          !(await scanWithWorker(t, this.spot, added, {
            ...this.reading,
            cancelled: () => run !== this.generation,
            names: this.names,
            seen,
          }))
        )
          return;
      }
    } finally {
      this.flushing = false;
    }
    if (run !== this.generation) return;
    // Whatever changed while the background answered is in `pending` again, and flushed next.
    const active = this.current >= 0 ? this.mentions[this.current] : undefined;
    const kept = this.mentions.filter(intact);
    // Nothing named was added or taken away (a ticking counter, a clock, a vote count changing every
    // second): the highlights stand as they are, and are not rebuilt at every change.
    if (added.length === 0 && kept.length === this.mentions.length) {
      // Still told: what else hangs on the page's text (saved passages placed again) follows every batch.
      this.opts.onChange?.(this.mentions);
      return;
    }
    this.mentions = [...kept, ...added].sort((x, y) => compareStarts(x.range, y.range));
    this.current = active ? this.mentions.indexOf(active) : -1;
    this.repaint();
  }

  /** `everyMention`: paintsEveryMention, when the caller has just asked it (it counts the document's elements). */
  private repaint(everyMention = paintsEveryMention(this.doc, this.mentions.length)): void {
    this.byNode = indexByNode(this.mentions);
    const ranges = this.mentions.map((m) => m.range);
    this.everyMention = everyMention;
    if (this.everyMention) paintMentions(ranges);
    this.near.set(ranges);
    this.opts.onChange?.(this.mentions);
  }
}
