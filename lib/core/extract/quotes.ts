/** Quoted stretches of a paragraph (curly or straight double quotes), as offsets into it. */

export interface QuoteSpan {
  start: number;
  /** Just past the closing mark; the paragraph's end when the quote is never closed. */
  end: number;
}

export function quoteSpans(text: string): QuoteSpan[] {
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
