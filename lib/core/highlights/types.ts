/**
 * A saved highlight: where it was (W3C-style selectors), what the reader added (note, tags), and
 * the evidence shown when it was saved (a snapshot of the coverage), so it outlives the page.
 * The types are inferred from the schemas in schema.ts.
 */
import type * as v from 'valibot';
import type {
  ANCHOR_STATUSES,
  HighlightSchema,
  NewHighlightSchema,
  SnapshotClaimSchema,
  SnapshotSchema,
  TextPositionSchema,
  TextQuoteSchema,
} from './schema';

export { HIGHLIGHTS_FORMAT } from './schema';
import type { HIGHLIGHTS_FORMAT } from './schema';

export type TextQuote = v.InferOutput<typeof TextQuoteSchema>;
export type TextPosition = v.InferOutput<typeof TextPositionSchema>;
export type SnapshotClaim = v.InferOutput<typeof SnapshotClaimSchema>;
export type HighlightSnapshot = v.InferOutput<typeof SnapshotSchema>;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];
export type Highlight = v.InferOutput<typeof HighlightSchema>;
export type NewHighlight = v.InferOutput<typeof NewHighlightSchema>;

/** The full, lossless backup file. */
export interface HighlightsBackup {
  format: typeof HIGHLIGHTS_FORMAT;
  exported: string;
  highlights: Highlight[];
}
