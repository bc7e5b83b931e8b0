/**
 * scanNode: the mentions under a DOM node, each with a live Range over the page's own text.
 * scanSteps does the same in slices of the page's text (cut after line breaks), so that the content
 * script can paint as it goes and yield to the page between slices; the result is the same.
 */
import { collectText, locate, type CollectOptions, type PageText } from '../core/spot/dom-text';
import type { Gazetteer } from '../core/spot/gazetteer';
import { findMentionsIn, newSpotState, type Mention } from '../core/spot/mentions';
import { inSpans } from '../core/spot/furniture';
import { findNearMisses } from '../core/spot/near-miss';
import { drain, type Steps } from '../core/spot/steps';
import { sentenceOffsets } from './offsets';

/** The sentence around [start, end) as text. */
function sentenceText(text: string, start: number, end: number): string {
  const s = sentenceOffsets(text, start, end);
  return text.slice(s.start, s.end);
}

export interface PageMention extends Mention {
  range: Range;
  /** The sentence around the mention, for ranking the popover's facets. */
  readonly sentence: string;
  /** Named where it is no context for other names (page furniture, a near miss): ./page-context.ts passes it over. */
  readonly aside?: true;
}

/**
 * A mention with its Range. Its sentence is cut from the page's text when first read: only a card
 * needs it, and finding sentence boundaries for every mention took a good share of the time from
 * the background's answer to the mentions painted.
 */
export function pageMention(m: Mention, range: Range, text: string, aside = false): PageMention {
  const { start, end } = m;
  let sentence: string | undefined;
  return {
    ...m,
    range,
    ...(aside ? { aside: true as const } : {}),
    get sentence() {
      sentence ??= sentenceText(text, start, end);
      return sentence;
    },
  };
}

/**
 * Adds `m` to `found` (in document order) where it belongs: at the end, but for a short name of an
 * earlier slice that counted once a later one named its entity (../core/spot/mentions.ts).
 */
export function placeInOrder(found: PageMention[], m: PageMention): void {
  let at = found.length;
  while (at > 0 && found[at - 1].start > m.start) at--;
  found.splice(at, 0, m);
}

export function rangeOf(doc: Document, page: PageText, start: number, end: number): Range | undefined {
  const a = locate(page, start, 'start');
  const b = locate(page, end, 'end');
  // The page may have changed since its text was read (a slow scan yields): such text is re-scanned anyway.
  if (!a || !b || a.offset > a.node.length || b.offset > b.node.length) return undefined;
  // Ends in two trees (a shadow root's and the document's) would make the range collapse to nothing.
  if (a.node.getRootNode() !== b.node.getRootNode()) return undefined;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** About how many characters of text one slice holds. */
export const SLICE_CHARS = 16_000;
/** How far past its end a slice reads, so that a name running over the cut is seen whole. */
export const AHEAD_CHARS = 512;

/**
 * The offset just after the first line break at or after `at`, or the end of the text; but not past
 * `max`: a line running past it (a block of 300,000 characters with no break, which a page can show,
 * honestly or to make its slice too long for the background to take) is cut at its last space before
 * `max`, else at `max` (not inside a surrogate pair).
 */
export function cutAfter(text: string, at: number, max = Infinity): number {
  if (at >= text.length) return text.length;
  const i = text.indexOf('\n', at);
  const end = i < 0 ? text.length : i + 1;
  if (end <= max) return end;
  const space = text.lastIndexOf(' ', max - 1);
  if (space >= at) return space + 1;
  return /[\uDC00-\uDFFF]/.test(text[max] ?? '') ? max - 1 : max;
}

/** scanNode in steps: one slice per step, its mentions pushed onto `found` in document order. */
export function* scanSteps(
  root: Node,
  g: Gazetteer,
  opts: CollectOptions = {},
  found: PageMention[] = [],
  sliceChars = SLICE_CHARS,
): Steps<PageMention[]> {
  const doc = root.ownerDocument ?? (root as Document);
  const page = collectText(root, opts);
  const { text } = page;
  const state = { ...newSpotState(), quiet: page.furniture, fresh: page.fresh, breaks: page.breaks };
  /** Exact mentions of earlier slices that reach into this one (near misses must not overlap them). */
  let carry: Mention[] = [];
  for (let from = 0; from < text.length; ) {
    yield;
    const to = cutAfter(text, from + sliceChars);
    const ahead = cutAfter(text, to + AHEAD_CHARS);
    const namedBefore = new Set(state.seen);
    const exact = findMentionsIn(g, text, from, to, ahead, state);
    // In order: a short name that waited (../core/spot/mentions.ts) may start before what was carried.
    const near = findNearMisses(
      g,
      text,
      [...carry, ...exact].sort((a, b) => a.start - b.start),
      namedBefore,
      from,
      to,
      page.fresh,
    );
    const nearMisses = new Set(near);
    const all = near.length === 0 ? exact : [...exact, ...near].sort((a, b) => a.start - b.start);
    for (const m of all) {
      const range = rangeOf(doc, page, m.start, m.end);
      if (range) placeInOrder(found, pageMention(m, range, text, nearMisses.has(m) || inSpans(page.furniture, m.start)));
    }
    carry = [...carry, ...exact].filter((m) => m.end > to);
    from = to;
  }
  return found;
}

export function scanNode(root: Node, g: Gazetteer, opts: CollectOptions = {}): PageMention[] {
  return drain(scanSteps(root, g, opts));
}
