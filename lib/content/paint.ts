/**
 * Painting mentions with the CSS Custom Highlight API: the page's DOM and text stay exactly as they
 * were. The ::highlight() rules live in entrypoints/content/highlights.css, which the browser
 * injects with the content script; without a registered highlight they style nothing.
 */

export const MENTION = 'parallax-mention';
export const ACTIVE = 'parallax-mention-active';
/**
 * The mentions near the viewport, in bold (a mark that is not a colour, drawn as a text shadow).
 * Not an underline: Chromium recomputes the ink overflow of the whole layer (on most pages, the whole
 * page) at any change while a highlight with a text decoration holds ranges, 15–33 ms on the
 * 60,000-node page however few; a shadow is not counted as overflow.
 */
export const NEAR = 'parallax-mention-near';
/** The reader's saved highlights, painted apart from mentions. */
export const SAVED = 'parallax-saved';

/**
 * Above this many elements, only the mentions near the viewport are painted. Every change of any
 * highlight makes Chromium rebuild the markers of every range registered and repaint where they are:
 * with the 1,922 mentions of the 60,000-node page (34,709 elements) painted, 40 ms of rendering a
 * change; with the few dozen near the viewport, 4–20 ms. News pages have a few thousand elements.
 */
export const PAINT_ALL_UP_TO_ELEMENTS = 15_000;
/**
 * Above this many mentions, the same, whatever the document's size: a transcript of 400 paragraphs
 * naming someone 20,000 times scrolled at half the frame rate with every name painted (frames of
 * 33 ms at the 95th percentile, against 16.8 ms with none). Articles name a few dozen; the 200,000-word
 * page of the benchmark, 1,860.
 */
export const PAINT_ALL_UP_TO_MENTIONS = 2_500;

/** Whether every mention of `doc` is painted, or (a very large document, or very many names) only those near the viewport. */
export function paintsEveryMention(doc: Document, mentions: number): boolean {
  return mentions <= PAINT_ALL_UP_TO_MENTIONS && doc.getElementsByTagName('*').length <= PAINT_ALL_UP_TO_ELEMENTS;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Each of the content script's Ranges and the copy of it that is painted. */
const copies = new WeakMap<Range, Range>();

/**
 * What is registered for a range: a copy of it, the same copy every time (so the mentions near the
 * viewport are the very ranges of the mentions). The registry is the page's to read (CSS.highlights);
 * the content script's own Ranges decide where the card opens and what a reader saves, and a page
 * could move any Range it reads there. A copy it moves only misplaces its paint, and is put back at
 * the next repaint.
 */
function copyOf(r: Range): Range {
  const c = copies.get(r);
  if (!c) {
    const made = r.cloneRange();
    copies.set(r, made);
    return made;
  }
  c.setStart(r.startContainer, r.startOffset);
  c.setEnd(r.endContainer, r.endOffset);
  return c;
}

/**
 * A highlight of every range, added one by one: spreading them into `new Highlight(...ranges)` passes
 * each as an argument, and a page with hundreds of thousands of mentions overflows the stack.
 */
export function highlightOf(ranges: Iterable<Range>): Highlight {
  const h = new Highlight();
  for (const r of ranges) h.add(copyOf(r));
  return h;
}

export function paintMentions(ranges: Range[]): void {
  CSS.highlights.set(MENTION, highlightOf(ranges));
}

export function paintNear(ranges: Range[]): void {
  CSS.highlights.set(NEAR, highlightOf(ranges));
}

/**
 * Takes a highlight away, if there is one: Chromium repaints the whole page at any change of its
 * highlights, a deletion of one it does not have included (a page of 60,000 nodes: 40–60 ms).
 */
function unpaint(name: string): void {
  if (CSS.highlights.has(name)) CSS.highlights.delete(name);
}

export function paintActive(range: Range | undefined): void {
  if (range) CSS.highlights.set(ACTIVE, new Highlight(copyOf(range)));
  else unpaint(ACTIVE);
}

export function paintSaved(ranges: Range[]): void {
  if (ranges.length > 0) CSS.highlights.set(SAVED, highlightOf(ranges));
  else unpaint(SAVED);
}

export function clearPaint(): void {
  for (const name of [MENTION, NEAR, ACTIVE, SAVED]) unpaint(name);
}
