/**
 * The reader's saved highlights on the page they belong to: fetched and painted when the page is
 * opened or a single-page site moves to it, and reported to the collection as anchored or orphan
 * once the page has had time to render. Everything the page side does with them but saving (the
 * save panel, entrypoints/content/saving.tsx); the browser is reached through `SavedPageDeps`, so
 * this is tested without one.
 */
import type { Highlight } from '../core/highlights/types';
import type { Anchored } from './saved';

/** Pages that render late get a second and third look before a highlight is called an orphan. */
export const RETRIES_MS = [1500, 5000];

export type AnchorResult = Anchored['results'][number];

export interface SavedPageDeps {
  /** This page's saved highlights (the background knows the address). */
  load(): Promise<Highlight[]>;
  /** Places the highlights in the page as it is now. */
  anchor(highlights: Highlight[]): Anchored;
  paint(ranges: Range[]): void;
  report(results: AnchorResult[]): void;
  /** Resolves after `ms`. */
  sleep(ms: number): Promise<void>;
}

export class SavedPage {
  private saved: Highlight[] = [];
  /** Bumped by every visit (a load, an SPA's move): what an older one was doing stops. */
  private visit = 0;

  constructor(private readonly deps: SavedPageDeps) {}

  /** Paints this page's saved highlights; reports which attach, after giving a late page time. */
  async restore(): Promise<void> {
    const visit = ++this.visit;
    const loaded = await this.deps.load();
    if (visit !== this.visit) return;
    this.saved = loaded;
    if (loaded.length === 0) return this.deps.paint([]);
    let results = this.place();
    for (const wait of RETRIES_MS) {
      if (!results.some((r) => r.status === 'orphan')) break;
      await this.deps.sleep(wait);
      if (visit !== this.visit) return;
      results = this.place();
    }
    this.deps.report(results);
  }

  /** The page is another now (an SPA moved on): the old one's highlights are unpainted and forgotten. */
  leave(): void {
    this.visit++;
    this.saved = [];
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
    this.place();
  }

  /** Anchors and paints every highlight; what it found for each. */
  private place(): AnchorResult[] {
    const { ranges, results } = this.deps.anchor(this.saved);
    this.deps.paint([...ranges.values()]);
    return results;
  }
}
