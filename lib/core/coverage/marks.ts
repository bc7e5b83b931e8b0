/**
 * Where a quote names the entity being shown: alias spans found as whole words, case-insensitively,
 * with curly and straight apostrophes (and hyphen look-alikes) treated as the same character, the
 * longest alias winning; and the quote cut into marked and unmarked pieces for rendering.
 */

export type Span = [start: number, end: number];

export interface Piece {
  text: string;
  marked: boolean;
}

const APOSTROPHES = /[\u2018\u2019\u02BC\u2032`\u00B4]/;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u00AD]/;
const WORD = /[\p{L}\p{N}]/u;

/** One character for one character, so offsets in the folded string are offsets in the original. */
function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (APOSTROPHES.test(ch)) out += "'";
    else if (HYPHENS.test(ch)) out += '-';
    else if (/\s/.test(ch)) out += ' ';
    else {
      const lower = ch.toLowerCase();
      out += lower.length === 1 ? lower : ch;
    }
  }
  return out;
}

const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/**
 * Non-overlapping spans, in text order, where any alias occurs as a whole word. Aliases listed in
 * `exactCase` (an entity rule: "PACE", never "pace") count only when spelt in exactly that case.
 */
export function markSpans(quote: string, aliases: string[], exactCase: string[] = []): Span[] {
  const text = fold(quote);
  const exact = new Set(exactCase);
  const ordered = [...new Set(aliases.map((a) => a.trim()).filter((a) => a.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  const spans: Span[] = [];
  const free = (s: number, e: number) => spans.every(([a, b]) => e <= a || s >= b);
  for (const alias of ordered) {
    const needle = fold(alias);
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (isWord(needle[0]) && isWord(text[at - 1])) continue;
      if (isWord(needle[needle.length - 1]) && isWord(text[end])) continue;
      if (exact.has(alias) && quote.slice(at, end) !== alias) continue;
      if (free(at, end)) spans.push([at, end]);
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
