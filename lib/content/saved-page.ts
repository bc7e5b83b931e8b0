/**
 * The reader's saved highlights on the page they belong to: fetched and painted when the page is
 * opened or a single-page site moves to it, reported to the collection as anchored or orphan once
 * the page has had time to render, and placed again when the page changes under them. Everything
 * the page side does with them but saving (the save panel, entrypoints/content/saving.tsx); the
 * browser is reached through `SavedPageDeps`, so this is tested without one.
 *
 * Placed again, because a page's changes outlive the first look: a page that renders its article
 * anew (hydration) replaces the text nodes a saved Range was in, and the Range collapses; a passage
 * in content that loads late (the rest of a lazy article) is an orphan until it comes. After each
 * change of the page (`changed()`, which the spotter's batches call) the highlights are anchored
 * again when a placed one no longer holds its text or one is still unplaced. Bounded: a pass reads
 * the whole page's text, so passes wait for the page to settle, keep a gap that grows with what
 * they cost, and stop after MAX_PASSES per visit. After the first report, a status is reported only
 * when it changes.
 */
import type { AnchorStatus, Highlight } from '../core/highlights/types';
import type { Anchored } from './saved';

/** Pages that render late get a second and third look before a highlight is called an orphan. */
export const RETRIES_MS = [1500, 5000];
/** How long after a change a pass waits, so that the rest of a re-render is in. */
export const SETTLE_MS = 300;
/** The least time between two passes after changes. */
export const GAP_MS = 1000;
/** The most of the page's time passes may take: a pass of 100 ms waits 2 s before the next. */
const SHARE = 0.05;
/** Passes after changes, per visit: a page that never stops changing is not read whole for ever. */
export const MAX_PASSES = 50;

export type AnchorResult = Anchored['results'][number];

export interface SavedPageDeps {
  /** This page's saved highlights (the background knows the address). */
  load(): Promise<Highlight[]>;
  /** Places the highlights in the page as it is now. */
  anchor(highlights: Highlight[]): Anchored;
  paint(ranges: Range[]): void;
  report(results: AnchorResult[]): void;
  /** Runs `run` after `ms`; the function returned cancels it. */
  schedule(run: () => void, ms: number): () => void;
  /** A clock in milliseconds (performance.now()). */
  now(): number;
}

export class SavedPage {
  private saved: Highlight[] = [];
  /** Where each placed highlight is, and the text it held then. */
  private placed = new Map<string, { range: Range; text: string }>();
  /** What the collection was last told of each, once the first report is out (until then, nothing is told). */
  private reported: Map<string, AnchorStatus> | undefined;
  /** Bumped by every visit (a load, an SPA's move): what an older one was doing stops. */
  private visit = 0;
  private passes = 0;
  /** The earliest time the next pass after a change may run. */
  private nextAt = 0;
  private cancel: (() => void) | undefined;

  constructor(private readonly deps: SavedPageDeps) {}

  /** Paints this page's saved highlights; reports which attach, after giving a late page time. */
  async restore(): Promise<void> {
    const visit = this.begin();
    const loaded = await this.deps.load();
    if (visit !== this.visit) return;
    this.saved = loaded;
    if (loaded.length === 0) {
      this.reported = new Map();
      return this.deps.paint([]);
    }
    let results = this.place();
    for (const wait of RETRIES_MS) {
      if (!results.some((r) => r.status === 'orphan')) break;
      await new Promise<void>((done) => this.deps.schedule(done, wait));
      if (visit !== this.visit) return;
      results = this.place();
    }
    this.deps.report(results);
    this.reported = new Map(results.map((r) => [r.id, r.status]));
  }

  /** The page is another now (an SPA moved on): the old one's highlights are unpainted and forgotten. */
  leave(): void {
    this.begin();
    this.deps.paint([]);
  }

  /** Which visit this is: a save started now passes it to add(). */
  get current(): number {
    return this.visit;
  }

  /** A highlight just saved, painted with the others, unless the page has moved on since `visit`. */
  add(h: Highlight, visit: number): void {
    if (visit !== this.visit) return;
    this.saved = [...this.saved, h];
    this.reported?.set(h.id, h.anchor.status);
    this.place();
  }

  /** The page changed: the highlights are placed again soon if one lost its text or is not placed yet. */
  changed(): void {
    if (this.cancel || this.passes >= MAX_PASSES || !this.misplaced()) return;
    const wait = Math.max(SETTLE_MS, this.nextAt - this.deps.now());
    this.cancel = this.deps.schedule(() => {
      this.cancel = undefined;
      this.again();
    }, wait);
  }

  private begin(): number {
    this.cancel?.();
    this.cancel = undefined;
    this.saved = [];
    this.placed.clear();
    this.reported = undefined;
    this.passes = 0;
    this.nextAt = 0;
    return ++this.visit;
  }

  /** Whether a highlight is unplaced, or placed where its text no longer is (a Range collapsed, cut or edited). */
  private misplaced(): boolean {
    if (this.placed.size < this.saved.length) return true;
    for (const { range, text } of this.placed.values())
      if (!range.startContainer.isConnected || !range.endContainer.isConnected || range.toString() !== text) return true;
    return false;
  }

  private again(): void {
    if (!this.misplaced()) return;
    this.passes++;
    const results = this.place();
    if (!this.reported) return;
    const changed = results.filter((r) => this.reported!.get(r.id) !== r.status);
    if (changed.length === 0) return;
    this.deps.report(changed);
    for (const r of changed) this.reported.set(r.id, r.status);
  }

  /** Anchors and paints every highlight; what it found for each. */
  private place(): AnchorResult[] {
    const started = this.deps.now();
    const { ranges, results } = this.deps.anchor(this.saved);
    this.deps.paint([...ranges.values()]);
    this.placed = new Map([...ranges].map(([id, range]) => [id, { range, text: range.toString() }]));
    const ended = this.deps.now();
    this.nextAt = ended + Math.max(GAP_MS, (ended - started) / SHARE);
    return results;
  }
}
