/**
 * Where a quote names the entity being shown: alias spans found as whole words in text folded as
 * spotting folds it (lib/core/spot/normalise.ts: case, diacritics, quotes, dashes, white space), the
 * longest alias winning; and the quote cut into marked and unmarked pieces for rendering.
 */
import { fold, foldPhrase, isWordAt } from '../spot/normalise';

export type Span = [start: number, end: number];

export interface Piece {
  text: string;
  marked: boolean;
}

/**
 * Non-overlapping spans, in text order, where any alias occurs as a whole word. Aliases listed in
 * `exactCase` (an entity rule: "PACE", never "pace") count only when spelt in exactly that case.
 */
export function markSpans(quote: string, aliases: string[], exactCase: string[] = []): Span[] {
  const folded = fold(quote);
  const { text } = folded;
  const exact = new Set(exactCase);
  const ordered = [...new Set(aliases.map((a) => a.trim()).filter((a) => a.length > 0))].sort((a, b) => b.length - a.length);
  const spans: Span[] = [];
  const free = (s: number, e: number) => spans.every(([a, b]) => e <= a || s >= b);
  for (const alias of ordered) {
    const needle = foldPhrase(alias);
    if (needle.length === 0) continue;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      const last = at + needle.length - 1;
      if (isWordAt(needle, 0) && isWordAt(text, at - 1)) continue;
      if (isWordAt(needle, needle.length - 1) && isWordAt(text, last + 1)) continue;
      // Offsets in the quote itself: folding may have dropped or merged characters.
      const start = folded.starts[at];
      const end = folded.ends[last];
      if (exact.has(alias) && quote.slice(start, end) !== alias) continue;
      if (free(start, end)) spans.push([start, end]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** The text cut at the spans (assumed sorted and non-overlapping); empty pieces are dropped. */
export function splitByMarks(text: string, spans: Span[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    const s = Math.max(start, at);
    const e = Math.min(end, text.length);
    if (e <= s) continue;
    if (s > at) pieces.push({ text: text.slice(at, s), marked: false });
    pieces.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
