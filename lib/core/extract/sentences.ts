/**
 * Splits an article into paragraphs (its lines) and sentences (Intl.Segmenter), keeping exact
 * offsets into the article text and leaving surrounding white space out of each span. A full stop
 * after an initial ("Mary K. Holloway"), a short abbreviation ("Jan. 3", "Gen. Sova", a transcript's
 * "MR. KIRBY:"), a clock time's "p.m." before its zone ("9 p.m. ET") or a numbered paragraph's number
 * ("5. Shelter: …") does not end a sentence.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

/** Trims a span to its first and last non-space characters (NBSP included). */
export function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end, text: text.slice(start, end) } : undefined;
}

/** A line that stops mid-sentence, and one that carries the sentence on: a paragraph broken by layout. */
const UNFINISHED = /[\p{L}\p{N}]$/u;
const CONTINUES = /^\p{Ll}/u;

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    const span = trimSpan(text, from, from + line.length);
    from += line.length + 1;
    if (!span) continue;
    const last = out[out.length - 1];
    // A joined paragraph's text is cut once at the end: re-cutting it for each line is quadratic.
    if (last && UNFINISHED.test(text.slice(Math.max(last.start, last.end - 2), last.end)) && CONTINUES.test(span.text)) {
      last.end = span.end;
    } else {
      if (last) last.text = text.slice(last.start, last.end);
      out.push({ ...span, index: out.length });
    }
  }
  const last = out[out.length - 1];
  if (last) last.text = text.slice(last.start, last.end);
  return out;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** How much of a paragraph the segmenter sees at once (see segments). */
const WINDOW = 4_000;

/**
 * Intl.Segmenter's sentences as [start, end) offsets, segmenting at most WINDOW characters at a
 * time: stepping through one long string costs more with every step in V8 (a 190,000-character
 * paragraph took seconds), so each window keeps its whole sentences and the cut-off last one is
 * segmented again with the next window. A sentence longer than a window widens it.
 */
function* segments(s: string): Generator<[number, number]> {
  let from = 0;
  let size = WINDOW;
  while (from < s.length) {
    const end = Math.min(s.length, from + size);
    const found = [...segmenter.segment(s.slice(from, end))];
    if (end < s.length && found.length < 2) {
      size *= 2;
      continue;
    }
    const whole = end === s.length ? found : found.slice(0, -1);
    for (const g of whole) yield [from + g.index, from + g.index + g.segment.length];
    from = end === s.length ? end : from + found[found.length - 1].index;
    size = WINDOW;
  }
}

/**
 * A segment that ends at a full stop which does not end a sentence: a capital initial ("K.") or a
 * title or month abbreviation. The next segment must go on with a capital or a digit.
 */
/** Titles written with a full stop before a name ("Dr. Amir Soltani"). */
// "Coun. R. Tesfaye": a councillor in a council's minutes.
export const TITLE_ABBREVIATION = 'Mr|Mrs|Ms|Dr|Hon|Prof|Rev|Supt|Insp|Det|Gen|Col|Lt|Maj|Capt|Sgt|Gov|Sen|Rep|St|Coun|Cllr';
const NOT_AN_END = new RegExp(`(?:^|[\\s(])(?:\\p{Lu}|${TITLE_ABBREVIATION}|hon|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.\\s*$`, 'u');
const GOES_ON = /^[\p{Lu}\d]/u;
/** "U.S.", "U.N.", "E.U.": letters with full stops, before a name ("U.S. President", "U.N. Security Council"). */
const DOTTED = /(?:^|[\s(])(?:\p{Lu}\.){2,3}\s*$/u;
/**
 * What follows such letters in the same sentence: a title or a body's word ("U.S. President", "U.N.
 * Security Council", "E.U. Commission"), or a name of two capitalised words ("U.S. Joe Biden") — not
 * a name that opens the next sentence ("… made in the U.S. Zelensky said …").
 */
const GOES_ON_AFTER_LETTERS =
  /^(?:President|Vice|Secretary|Senator|Sen\.|Rep\.|Ambassador|Envoy|Army|Navy|Air|Marines?|Coast|Forces|Department|State|Treasury|Embassy|Congress|Senate|House|Security|General|Special|Defen[cs]e|National|Federal|Central|Supreme|Court|Attorney|Centers?|Centres?|Institutes?|Bureau|Food|Geological|Census|Postal|Forest|Customs|Border|Marshals|Commission|Commissioner|Council|Agency|Trade|Representative|Mission|Command|Government|Administration|Office|Officials?|Intelligence|Space|Olympic|Open|Dollar|Consulate|Chief|Deputy|High|Human|Humanitarian|Refugee|Relief|Peacekeeping|Assembly|Parliament)\b|^\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s+(?:said|says|told|has|had|is|was|will|would|and|of|in|on|at|to|for|,)/u;
/** A transcript's speaker label in capitals, "MR. KIRBY:", "DR. ANNA VOSS:" (not "people with MS. She …"). */
const CAPS_TITLE = /(?:^|[\s(])(?:MR|MRS|MS|DR|GEN|SEN|REP|GOV)\.\s*$/;
const CAPS_NAME_LABEL = /^\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){0,3}(?:,(?:\s[\p{Lu}'’.&-]+){1,6})?\s*(?:\([^()]{1,40}\))?:/u;
/** "at 9 p.m. ET": a clock time's "a.m." or "p.m." followed by its time zone goes on. */
const CLOCK_END = /(?:^|\s)[ap]\.m\.\s*$/i;
// Not a bare "CT" or "MT" ("9 a.m. CT scans showed …"): Central and Mountain time as CST, CDT, MST, MDT.
const TIME_ZONE =
  /^(?:(?:Pacific|Eastern|Central|Mountain|Atlantic)\s(?:(?:Standard|Daylight)\s)?Time|[EP][SD]?T|[CM][SD]T|GMT|UTC|BST|IST|[CEW]ES?T|AE[SD]T|[JK]ST|MSK|HKT|SGT|WIB)(?:[+-]\d{1,2})?(?![\p{L}\d])/u;

export function sentencesOf(text: string, p: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  let pending: { start: number; end: number } | undefined;
  // Line breaks inside a joined paragraph are layout, not sentence ends: segment as if they were spaces.
  for (const [from, to] of segments(p.text.replace(/\n/g, ' '))) {
    const start = pending?.start ?? p.start + from;
    const end = p.start + to;
    const segment = p.text.slice(from, to);
    const next = p.text.slice(to, to + 80).trimStart();
    // A numbered paragraph's number ("5. Shelter: …") is no sentence of its own.
    const numbered = from === 0 && /^\s*\d{1,3}\.\s*$/.test(segment);
    const label = CAPS_TITLE.test(segment) && CAPS_NAME_LABEL.test(next);
    const dotted = DOTTED.test(segment) && GOES_ON_AFTER_LETTERS.test(next);
    if ((NOT_AN_END.test(segment) && GOES_ON.test(next)) || dotted || (CLOCK_END.test(segment) && TIME_ZONE.test(next)) || numbered || label) {
      pending = { start, end };
      continue;
    }
    pending = undefined;
    const span = trimSpan(text, start, end);
    if (span) out.push({ ...span, paragraph: p.index });
  }
  const span = pending && trimSpan(text, pending.start, pending.end);
  if (span) out.push({ ...span, paragraph: p.index });
  return out;
}
