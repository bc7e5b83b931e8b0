/**
 * A saved highlight: where it was (W3C-style selectors), what the reader added (note, tags), and
 * the evidence shown when it was saved (a snapshot of the coverage), so it outlives the page.
 */
import type { ClaimMode, Speaker } from '../pack/types';

/** W3C Web Annotation TextQuoteSelector: the text, with up to 32 characters either side. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: offsets into the page's readable text (lib/core/spot/dom-text). */
export interface TextPosition {
  start: number;
  end: number;
}

export interface SnapshotClaim {
  id: string;
  outletId: string;
  outletName: string;
  outletLabels: Record<string, string>;
  facet: string | null;
  quote: string;
  speaker: Speaker;
  mode: ClaimMode;
  published: string;
  articleTitle: string;
  url?: string;
}

/** The cross-outlet evidence as the reader saw it at save time. */
export interface HighlightSnapshot {
  entities: { id: string; name: string; type: string }[];
  claims: SnapshotClaim[];
  takenAt: number;
}

export type AnchorStatus = 'anchored' | 'orphan' | 'unchecked';

export interface Highlight {
  id: string;
  url: string;
  title: string;
  outletId?: string;
  quote: TextQuote;
  position: TextPosition;
  note: string;
  tags: string[];
  /** The entities the highlight is about (for filtering), from the snapshot. */
  entityIds: string[];
  created: number;
  updated: number;
  snapshot: HighlightSnapshot;
  /** What happened the last time its page was opened. */
  anchor: { status: AnchorStatus; checked: number };
}

/** What a content script sends to save: the rest (id, times, anchor state) the background sets. */
export type NewHighlight = Omit<Highlight, 'id' | 'created' | 'updated' | 'anchor' | 'entityIds'>;

export const HIGHLIGHTS_FORMAT = 'parallax-highlights/1';

/** The full, lossless backup file. */
export interface HighlightsBackup {
  format: typeof HIGHLIGHTS_FORMAT;
  exported: string;
  highlights: Highlight[];
}
