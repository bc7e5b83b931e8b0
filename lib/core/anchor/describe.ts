/**
 * describeRange: turns a selection (offsets into the page's readable text, lib/core/spot/dom-text) into
 * the two W3C selectors a highlight keeps — the quote with its surroundings, and the position — so
 * anchorIn can find it again after the page has changed.
 */
import type { TextPosition, TextQuote } from '../highlights/types';

/** Characters of context kept either side: enough to tell repeated phrases apart (as Hypothesis does). */
export const CONTEXT = 32;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function describeRange(text: string, start: number, end: number): { quote: TextQuote; position: TextPosition } {
  // A bad range is a bug in the caller, not a user error: fail loudly rather than save nonsense.
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`describeRange: ${start}–${end} is not a range of a ${text.length}-character text`);
  }
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  // Never cut an astral character (emoji, rare CJK) in half: a lone surrogate is not valid UTF-8,
  // so it would turn into U+FFFD in every exported file and never match again.
  if (from > 0 && isLow(text.charCodeAt(from))) from += 1;
  if (to < text.length && isHigh(text.charCodeAt(to - 1))) to -= 1;
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) },
    position: { start, end },
  };
}
