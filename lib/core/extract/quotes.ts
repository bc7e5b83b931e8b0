/**
 * Quoted stretches of a paragraph, as offsets into it: curly or straight double quotes, or, in a
 * paragraph that has none (outlets whose style quotes with single marks), curly or straight single
 * quotes told apart from apostrophes ("don’t", "the residents’ cars"), also around double quotes inside them.
 */

export interface QuoteSpan {
  start: number;
  /** Just past the closing mark; the paragraph's end when the quote is never closed. */
  end: number;
}

/** A paragraph that opens inside a quotation, or one that closes one at its end. */
export const OPENS_WITH_QUOTE = /^[“"‘']/;
export const ENDS_WITH_QUOTE = /[”"’']$/;

function doubleSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open < 0 && (c === '“' || c === '"')) open = i;
    else if (open >= 0 && (c === '”' || (c === '"' && text[open] === '"') || (c === '“' && text[open] === '"'))) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  return spans;
}

/** A single mark that opens a quotation: at a word's start, after a space, a bracket or a dash. */
const opensAt = (text: string, i: number) => (i === 0 || /[\s([—–]/.test(text[i - 1])) && /[\p{L}\p{N}…]/u.test(text[i + 1] ?? '');
/** One that may close it: after a word or punctuation, before a space, punctuation or the end (not inside "don’t"). */
const closesAt = (text: string, i: number) => i > 0 && !/\s/.test(text[i - 1]) && (i + 1 === text.length || /[\s,.;:!?)\]—–]/.test(text[i + 1]));
/** A plural's possessive ("the residents’ cars"): closes a quotation only if nothing later does. */
const possessiveAt = (text: string, i: number) => text[i - 1] === 's' && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3));

function singleSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  /** A possessive-looking mark since the quotation opened: its close if no other comes. */
  let weak = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    if (open < 0) {
      if (c !== '’' && opensAt(text, i)) open = i;
    } else if (c !== '‘' && closesAt(text, i)) {
      if (possessiveAt(text, i)) weak = i;
      else {
        spans.push({ start: open, end: i + 1 });
        open = weak = -1;
      }
    }
  }
  // Left open: to the end only where the paragraph opens with it (a quotation running on into the
  // next); elsewhere it was an apostrophe ("the '90s", "'em"), not a quotation hiding the rest.
  if (open >= 0 && (weak >= 0 || open === 0)) spans.push({ start: open, end: weak >= 0 ? weak + 1 : text.length });
  return spans;
}

export function quoteSpans(text: string): QuoteSpan[] {
  if (!/[“”"]/.test(text)) return singleSpans(text);
  const double = doubleSpans(text);
  // Quoting inside a quotation, as outlets that quote with single marks do: '… "That doesn't look good," …'.
  const outer = singleSpans(text).filter((o) => double.some((d) => d.start > o.start && d.end < o.end));
  if (outer.length === 0) return double;
  const inside = (d: QuoteSpan) => outer.some((o) => d.start > o.start && d.end < o.end);
  return [...outer, ...double.filter((d) => !inside(d) && !outer.some((o) => d.start < o.end && d.end > o.start))].sort((a, b) => a.start - b.start);
}

/** The text with quoted stretches blanked out (same length), so words inside quotes are not read as the reporter's. */
export function maskQuotes(text: string, spans: QuoteSpan[]): string {
  // Built in one pass: re-slicing the whole text for each quotation is quadratic on long paragraphs.
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.start), ' '.repeat(s.end - s.start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
