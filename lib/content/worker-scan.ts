/**
 * Scanning a page with the background's compiled gazetteer: the page's readable text is read in
 * steps, sent in slices (`spot`; the text stays in the browser), and the mentions that come back are
 * turned into live Ranges in steps, so that no task is long whatever the page or the corpus. While
 * the background spots one slice, the page makes the Ranges of the one before. The result is what
 * scanSteps (./scan.ts) gives with the same gazetteer in the page.
 */
import { collectSteps, type CollectOptions, type PageText } from '../core/spot/dom-text';
import { inSpans, spansWithin } from '../core/spot/furniture';
import {
  firstSliceState,
  MAX_BREAKS,
  MAX_QUIET_SPANS,
  MAX_SLICE_CHARS,
  type SliceMention,
  type SpotAnswer,
  type SpotRequest,
} from '../core/spot/slice-spot';
import type { Steps } from '../core/spot/steps';
import { AHEAD_CHARS, cutAfter, pageMention, placeInOrder, rangeOf, type PageMention } from './scan';
import { runSliced } from './slices';
import { offsetsWithin } from '../core/spot/sorted-offsets';

/** Asks the background to spot one slice; undefined when it could not. */
export type SpotSlice = (request: SpotRequest) => Promise<SpotAnswer | undefined>;

/** What one entity is called, for the popup's list of the page's mentions. */
export interface EntityName {
  name: string;
  type: string;
}

export interface WorkerScanOptions extends CollectOptions {
  /** Checked between steps: the scan gives up (resolves undefined) once it turns true. */
  cancelled?: () => boolean;
  /** Runs before each pause (to paint what was found so far); true if it painted. */
  onPause?: () => boolean;
  /** Filled with the names of the entities found. */
  names?: Map<string, EntityName>;
  /** Characters per slice sent to the background. */
  sliceChars?: number;
  /** Entities already named before `root` (by id), as if the page had been read from its start (./page-context.ts). */
  seen?: readonly string[];
}

/** Characters of text per `spot` request: a 20,000-word article in one, a few milliseconds of the background's work. */
export const WORKER_SLICE_CHARS = 200_000;
/**
 * How far past a slice's end its last line may run before it is cut inside the line: a slice and what
 * it reads ahead then stay under MAX_SLICE_CHARS (a page whose text ran 262,145 characters without a
 * line break was never spotted: the background refused its one request, and nothing was painted).
 */
const LINE_SLACK = Math.floor((MAX_SLICE_CHARS - WORKER_SLICE_CHARS - AHEAD_CHARS) / 2) - 1;
const PER_STEP = 32;

function* rangeSteps(doc: Document, page: PageText, base: number, mentions: SliceMention[], found: PageMention[]): Steps<true> {
  for (let i = 0; i < mentions.length; i++) {
    if (i % PER_STEP === PER_STEP - 1) yield;
    const { entityId, alias, near } = mentions[i];
    const start = base + mentions[i].start;
    const end = base + mentions[i].end;
    const range = rangeOf(doc, page, start, end);
    const aside = near === true || inSpans(page.furniture, start);
    if (range) placeInOrder(found, pageMention({ entityId, alias, text: page.text.slice(start, end), start, end }, range, page.text, aside));
  }
  return true;
}

/** The mentions under `root`, pushed onto `found` in document order as they come; undefined if cancelled or the background did not answer. */
export async function scanWithWorker(
  root: Node,
  spot: SpotSlice,
  found: PageMention[] = [],
  opts: WorkerScanOptions = {},
): Promise<PageMention[] | undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  const cancelled = opts.cancelled ?? (() => false);
  const size = opts.sliceChars ?? WORKER_SLICE_CHARS;
  const page = await runSliced(collectSteps(root, opts), cancelled);
  if (!page || cancelled()) return undefined;
  const { text } = page;
  const ask = (from: number, state: SpotRequest['state']) => {
    // A request holds its slice and what is read ahead, within what the background takes (MAX_SLICE_CHARS).
    const to = cutAfter(text, from + size, from + size + LINE_SLACK);
    const ahead = cutAfter(text, to + AHEAD_CHARS, to + AHEAD_CHARS + LINE_SLACK);
    const quiet = spansWithin(page.furniture, from, ahead).slice(0, MAX_QUIET_SPANS);
    const fresh = offsetsWithin(page.fresh, from, to).slice(0, MAX_QUIET_SPANS);
    const breaks = offsetsWithin(page.breaks, from, ahead).slice(0, MAX_BREAKS);
    const request = {
      text: text.slice(from, ahead),
      until: to - from,
      state,
      ...(quiet.length > 0 ? { quiet } : {}),
      ...(fresh.length > 0 ? { fresh } : {}),
      ...(breaks.length > 0 ? { breaks } : {}),
    };
    return { from, to, answer: spot(request) };
  };
  let next = text.length > 0 ? ask(0, firstSliceState(opts.seen)) : undefined;
  while (next) {
    const { from, to } = next;
    const answer = await next.answer;
    if (!answer || cancelled()) return undefined;
    // The next slice is spotted while this one's Ranges are made.
    next = to < text.length ? ask(to, answer.state) : undefined;
    for (const e of answer.entities) opts.names?.set(e.id, { name: e.name, type: e.type });
    if (!(await runSliced(rangeSteps(doc, page, from, answer.mentions, found), cancelled, opts.onPause))) return undefined;
  }
  return found;
}
