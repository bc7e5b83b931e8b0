/**
 * The page side of spotting: scans the document, paints mentions, keeps them current as content
 * is added (batched: the MutationObserver only collects), and steps through them for keyboard users.
 * It knows nothing of the popover; the content script wires the two together.
 */
import type { Gazetteer } from '../spot/gazetteer';
import { indexByNode, mentionAt } from './hit-test';
import { clearPaint, installHighlightStyles, paintActive, paintMentions } from './paint';
import { scanNode, type PageMention } from './scan';

export interface SpotterOptions {
  /** Elements never scanned (our own UI). */
  skip: (el: Element) => boolean;
  /** Called after every (re)paint with the current mentions. */
  onChange?: (mentions: PageMention[]) => void;
}

const BATCH_MS = 120;

export class Spotter {
  private mentions: PageMention[] = [];
  private byNode = new Map<Node, PageMention[]>();
  private pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver;
  private removeStyles: () => void;
  private current = -1;

  constructor(
    private readonly doc: Document,
    private readonly gazetteer: Gazetteer,
    private readonly opts: SpotterOptions,
  ) {
    this.removeStyles = installHighlightStyles(doc);
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  start(): void {
    this.rescanAll();
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
  }

  rescanAll(): void {
    this.mentions = scanNode(this.doc.body, this.gazetteer, { skip: this.opts.skip });
    this.repaint();
  }

  list(): readonly PageMention[] {
    return this.mentions;
  }

  at(x: number, y: number): PageMention | undefined {
    return mentionAt(this.doc, x, y, this.byNode);
  }

  /** The next (or previous) mention for keyboard stepping, made the active one. */
  step(direction: 1 | -1): PageMention | undefined {
    if (this.mentions.length === 0) return undefined;
    this.current = (this.current + direction + this.mentions.length) % this.mentions.length;
    return this.mentions[this.current];
  }

  setActive(m: PageMention | undefined): void {
    if (m) this.current = this.mentions.indexOf(m);
    paintActive(m?.range);
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    clearPaint();
    this.removeStyles();
    this.mentions = [];
    this.byNode.clear();
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      const target = r.type === 'characterData' ? r.target.parentNode : r.target;
      if (!target || (target instanceof Element && this.opts.skip(target))) continue;
      if (r.type === 'characterData' || r.addedNodes.length > 0 || r.removedNodes.length > 0) this.pending.add(target);
    }
    if (this.pending.size > 0 && this.timer === undefined) this.timer = setTimeout(() => this.flush(), BATCH_MS);
  }

  /** Re-scans only the changed subtrees: mentions inside them are replaced, all others kept. */
  private flush(): void {
    this.timer = undefined;
    const roots = [...this.pending].filter((n) => n.isConnected);
    this.pending.clear();
    const top = roots.filter((n) => !roots.some((o) => o !== n && o.contains(n)));
    const kept = this.mentions.filter(
      (m) => m.range.startContainer.isConnected && !m.range.collapsed && !top.some((t) => t.contains(m.range.startContainer)),
    );
    const added = top.flatMap((t) => scanNode(t, this.gazetteer, { skip: this.opts.skip }));
    this.mentions = [...kept, ...added].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    this.repaint();
  }

  private repaint(): void {
    this.byNode = indexByNode(this.mentions);
    paintMentions(this.mentions.map((m) => m.range));
    this.opts.onChange?.(this.mentions);
  }
}
