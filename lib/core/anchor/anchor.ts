/**
 * anchorIn: finds a saved highlight again in a page's readable text, which may have changed since.
 * Cheapest first (as the Hypothesis client does): the stored position if the text there is still
 * the quote; else an exact search; else its paragraphs with whole paragraphs put between them
 * (./split-anchor.ts); else an approximate one (Myers' bit-parallel algorithm, via
 * approx-string-match) over text folded as spotting folds it (lib/core/spot/normalise.ts: case,
 * diacritics, quotes, dashes, runs of white space, invisible characters). A weak approximate match is refused: a
 * highlight whose passage is gone must become an orphan, never paint the wrong words.
 */
import search from 'approx-string-match';
import type { TextPosition, TextQuote } from '../highlights/types';
import { fold, type Folded } from '../spot/normalise';
import { CONTEXT } from './describe';
import { anchorAcrossInserts } from './split-anchor';

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';
export interface Anchored {
  start: number;
  end: number;
  method: AnchorMethod;
}

interface Candidate {
  start: number;
  end: number;
  /** Similarities in 0…1 of the quote, the text before and the text after. */
  q: number;
  p: number;
  s: number;
  score: number;
}

// Hypothesis' weights: the quote dominates, the context decides between equals, position breaks ties.
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const MAX_ERRORS = 256;

/**
 * Whether an approximate match is the saved passage, lightly edited, rather than a look-alike.
 * Measured on the seed corpus shuffled into 400 KB of news text, a passage absent from the page
 * still finds look-alikes of quote similarity up to 0.91 (32 characters) and 0.75 (64): shared
 * phrasing ("Russia's deportations of Ukrainian children") is common in news. So similarity alone
 * decides only for long quotes, and otherwise the surroundings must agree as well.
 */
function trustworthy(c: Candidate, quoteLength: number): boolean {
  const context = (c.p + c.s) / 2;
  if (c.q >= 0.85 && quoteLength >= 64) return true; // a moved paragraph with a few words changed
  if (c.q >= 0.75 && context >= 0.6) return true; // a fix in place (typo, a word swapped)
  // A reworded sentence between the same words. Both sides must agree: where a passage was cut,
  // the text after the gap still matches the stored suffix (seen: q 0.68, suffix 1.0, prefix 0.13).
  return c.q >= 0.6 && c.p >= 0.8 && c.s >= 0.8;
}

/**
 * 1 − edits / length, where edits are the fewest that make `stored` part of `here` (approx-string-
 * match; a stored context cut mid-word still matches its page). Both are at most CONTEXT long.
 */
function similarity(stored: string, here: string): number {
  if (stored === here) return 1;
  if (stored.length === 0 || here.length === 0) return 0;
  const errors = Math.min(stored.length, ...search(here, stored, stored.length).map((m) => m.errors));
  return 1 - errors / Math.max(stored.length, here.length);
}

function candidate(text: string, start: number, end: number, q: number, prefix: string, suffix: string, hint: number, origin: number): Candidate {
  const p = similarity(prefix, text.slice(Math.max(0, start - prefix.length), start));
  const s = similarity(suffix, text.slice(end, end + suffix.length));
  // Closeness is measured in the page's own offsets (`origin`), where the stored position lives.
  const closeness = hint < 0 ? 0 : 1 - Math.abs(origin - hint) / Math.max(1, text.length);
  const score = WEIGHT.quote * q + WEIGHT.prefix * p + WEIGHT.suffix * s + WEIGHT.position * closeness;
  return { start, end, q, p, s, score };
}

const best = (list: Candidate[]) => list.reduce<Candidate | null>((a, b) => (a && a.score >= b.score ? a : b), null);

// A page's highlights are anchored one after another against the same text: fold it once.
let cached: { source: string; result: Folded } | null = null;
function foldedPage(text: string): Folded {
  if (cached?.source !== text) cached = { source: text, result: fold(text) };
  return cached.result;
}

function fuzzy(text: string, quote: TextQuote, hint: number): Anchored | null {
  const page = foldedPage(text);
  const exact = fold(quote.exact).text;
  if (exact.trim() === '') return null;
  const prefix = fold(quote.prefix).text.slice(-CONTEXT);
  const suffix = fold(quote.suffix).text.slice(0, CONTEXT);
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length / 2));
  const seen = new Set<string>();
  const found: Candidate[] = [];
  // search() reports only the matches with the fewest errors, often several ends of one match.
  for (const m of search(page.text, exact, maxErrors)) {
    if (m.end <= m.start || seen.has(`${m.start}:${m.end}`)) continue;
    seen.add(`${m.start}:${m.end}`);
    const q = 1 - m.errors / exact.length;
    found.push(candidate(page.text, m.start, m.end, q, prefix, suffix, hint, page.starts[m.start]));
  }
  const c = best(found);
  if (!c || !trustworthy(c, exact.length)) return null;
  return { start: page.starts[c.start], end: page.ends[c.end - 1], method: 'fuzzy' };
}

export function anchorIn(text: string, quote: TextQuote, position?: TextPosition): Anchored | null {
  const { exact } = quote;
  if (exact.length === 0) return null;
  // Imported highlights without a position carry {start: -1, end: -1}: no hint.
  const hint = position && position.start >= 0 && position.end >= position.start ? position.start : -1;
  if (hint >= 0 && text.slice(position!.start, position!.end) === exact) {
    return { start: position!.start, end: position!.end, method: 'position' };
  }
  const prefix = quote.prefix.slice(-CONTEXT);
  const suffix = quote.suffix.slice(0, CONTEXT);
  const hits: Candidate[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    hits.push(candidate(text, at, at + exact.length, 1, prefix, suffix, hint, at));
  }
  const hit = best(hits);
  if (hit) return { start: hit.start, end: hit.end, method: 'exact' };
  const across = anchorAcrossInserts(text, quote);
  if (across) return { ...across, method: 'fuzzy' };
  return fuzzy(text, quote, hint);
}
