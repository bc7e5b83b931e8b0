/**
 * Painting mentions with the CSS Custom Highlight API: the page's DOM and text stay exactly as they
 * were. The ::highlight() rules live in entrypoints/content/highlights.css, which the browser
 * injects with the content script; without a registered highlight they style nothing.
 */

export const MENTION = 'parallax-mention';
export const ACTIVE = 'parallax-mention-active';
/**
 * The mentions near the viewport, underlined. Underlines are painted apart because a decorated
 * highlight costs the browser a repaint of all its ranges at every change (hundreds of ms with a
 * few thousand), while a background costs next to nothing.
 */
export const NEAR = 'parallax-mention-near';
/** The reader's saved highlights, painted apart from mentions. */
export const SAVED = 'parallax-saved';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * A highlight of every range, added one by one: spreading them into `new Highlight(...ranges)` passes
 * each as an argument, and a page with hundreds of thousands of mentions overflows the stack.
 */
export function highlightOf(ranges: Iterable<Range>): Highlight {
  const h = new Highlight();
  for (const r of ranges) h.add(r);
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
  if (range) CSS.highlights.set(ACTIVE, new Highlight(range));
  else unpaint(ACTIVE);
}

export function paintSaved(ranges: Range[]): void {
  if (ranges.length > 0) CSS.highlights.set(SAVED, highlightOf(ranges));
  else unpaint(SAVED);
}

export function clearPaint(): void {
  for (const name of [MENTION, NEAR, ACTIVE, SAVED]) unpaint(name);
}
