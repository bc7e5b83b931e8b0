/**
 * A saved highlight, declared once as valibot schemas: what a content script sends to save, what
 * the collection stores, and what a backup file ("parallax-highlights/1") holds. Every way a
 * highlight reaches the database (save, undo, import, schema upgrade) is parsed with these, so
 * each row is rebuilt from known fields and its snapshot claims are checked.
 */
import * as v from 'valibot';
import { CLAIM_MODES, SpeakerSchema } from '../pack/schema';
import { withoutHiddenMarks } from '../pack/shown-text';
import { id, list, nonEmpty, object, record, text } from '../schema-issues';

export const HIGHLIGHTS_FORMAT = 'parallax-highlights/1';
/** The longest quote kept: a passage, not a page. */
export const MAX_QUOTE = 100_000;
export const ANCHOR_STATUSES = ['anchored', 'orphan', 'unchecked'] as const;

const isHttp = (s: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
};
export const HttpUrlSchema = v.pipe(nonEmpty(), v.check(isHttp, 'must be an http(s) URL'));
/** Milliseconds since 1970, as the collection stores times. */
const TIME = 'must be a time in milliseconds (a whole number ≥ 0)';
/** Date's own range ends at 8.64e15 ms: past it, toISOString throws (the collection page and every export did). */
export const MAX_TIME = 8_640_000_000_000_000;
export const TimeSchema = v.pipe(v.number(TIME), v.integer(TIME), v.minValue(0, TIME), v.maxValue(MAX_TIME, TIME));

/** W3C Web Annotation TextQuoteSelector: the text, with up to 32 characters either side. */
export const TextQuoteSchema = object({
  exact: v.pipe(
    nonEmpty(),
    v.check((s) => s.trim() !== '', 'must not be blank'),
    v.maxLength(MAX_QUOTE, `is longer than ${MAX_QUOTE} characters`),
  ),
  prefix: v.optional(text(), ''),
  suffix: v.optional(text(), ''),
});

const WHOLE = 'start and end must be whole numbers';
/** W3C TextPositionSelector: offsets into the page's readable text; {-1, -1} means "unknown". */
export const TextPositionSchema = v.pipe(
  object({ start: v.pipe(v.number(WHOLE), v.integer(WHOLE)), end: v.pipe(v.number(WHOLE), v.integer(WHOLE)) }),
  v.check(({ start, end }) => (start === -1 && end === -1) || (start >= 0 && end >= start), 'must have 0 ≤ start ≤ end (or both -1 when unknown)'),
);

/** The longest subscription name kept with a saved claim. */
const MAX_VIA = 200;

/** One claim of the evidence as the reader saw it at save time. */
export const SnapshotClaimSchema = object({
  id: nonEmpty(),
  outletId: nonEmpty(),
  outletName: nonEmpty(),
  outletLabels: record(text()),
  facet: v.nullable(text()),
  quote: nonEmpty(),
  speaker: SpeakerSchema,
  mode: v.picklist(CLAIM_MODES, `must be one of ${CLAIM_MODES.join(', ')}`),
  published: text(),
  articleTitle: text(),
  url: v.optional(HttpUrlSchema),
  /** The subscription the claim came from, by name, as the card said ("via Harbour Newsroom"). */
  via: v.optional(
    v.pipe(
      nonEmpty(),
      v.transform((t) => withoutHiddenMarks(t).slice(0, MAX_VIA)),
    ),
  ),
});

/** The cross-outlet evidence as the reader saw it at save time. */
export const SnapshotSchema = object({
  entities: list(object({ id: nonEmpty(), name: nonEmpty(), type: nonEmpty() })),
  claims: list(SnapshotClaimSchema),
  takenAt: TimeSchema,
});

/** The longest page title kept: a title, not a page a page passed off as one. */
export const MAX_TITLE = 300;
/**
 * A page's title as the collection shows it: the page wrote it, so none of the marks that reorder or
 * hide what is shown after them (shown-text.ts), and no longer than a title (found by the session-17
 * attack suite: a page could make its title run backwards, or thousands of characters long).
 */
const PageTitleSchema = v.pipe(
  text(),
  v.transform((t) => withoutHiddenMarks(t).slice(0, MAX_TITLE)),
);

/** What a content script sends to save: the rest (id, times, anchor state) the background sets. */
const newEntries = {
  url: HttpUrlSchema,
  title: PageTitleSchema,
  outletId: v.optional(nonEmpty()),
  quote: TextQuoteSchema,
  position: TextPositionSchema,
  note: text(),
  tags: list(text()),
  snapshot: SnapshotSchema,
};
export const NewHighlightSchema = object(newEntries);

const storedEntries = {
  id: id(),
  ...newEntries,
  /** The entities the highlight is about (for filtering), from the snapshot. */
  entityIds: list(nonEmpty()),
  created: TimeSchema,
  updated: TimeSchema,
};
/** A highlight of a backup file: its anchor state, if any, is not read (see lib/core/export/import.ts). */
export const BackupHighlightSchema = object(storedEntries);

/** What happened the last time its page was opened. */
export const AnchorSchema = object({
  status: v.picklist(ANCHOR_STATUSES, `must be one of ${ANCHOR_STATUSES.join(', ')}`),
  checked: TimeSchema,
});
/** A highlight as the collection stores it. */
export const HighlightSchema = object({ ...storedEntries, anchor: AnchorSchema });
