/**
 * Painting mentions with the CSS Custom Highlight API: the page's DOM and text stay exactly as they
 * were. The ::highlight() rules must live at document level, so they go in an adopted style sheet
 * that is removed again when the extension stops.
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

const RULES = `
::highlight(${MENTION}) { background-color: rgba(255, 196, 0, 0.28); }
::highlight(${NEAR}) { text-decoration: underline dotted rgba(180, 120, 0, 0.9); text-decoration-thickness: 2px; }
::highlight(${ACTIVE}) { background-color: rgba(255, 160, 0, 0.55); }
::highlight(${SAVED}) { background-color: rgba(80, 200, 120, 0.3); text-decoration: underline solid rgba(30, 120, 60, 0.9); }
@media (prefers-color-scheme: dark) {
  ::highlight(${MENTION}) { background-color: rgba(255, 200, 60, 0.22); }
  ::highlight(${NEAR}) { text-decoration-color: rgba(255, 210, 90, 0.9); }
  ::highlight(${ACTIVE}) { background-color: rgba(255, 190, 60, 0.45); }
  ::highlight(${SAVED}) { background-color: rgba(90, 210, 130, 0.25); text-decoration-color: rgba(120, 230, 160, 0.9); }
}`;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Adds the highlight rules to the document; returns the function that takes them away. */
export function installHighlightStyles(doc: Document): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(RULES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
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

export function paintActive(range: Range | undefined): void {
  if (range) CSS.highlights.set(ACTIVE, new Highlight(range));
  else CSS.highlights.delete(ACTIVE);
}

export function paintSaved(ranges: Range[]): void {
  if (ranges.length > 0) CSS.highlights.set(SAVED, highlightOf(ranges));
  else CSS.highlights.delete(SAVED);
}

export function clearPaint(): void {
  CSS.highlights.delete(MENTION);
  CSS.highlights.delete(NEAR);
  CSS.highlights.delete(ACTIVE);
  CSS.highlights.delete(SAVED);
}
