/**
 * Our UI's text, written or drawn. In the card's realm (the content script's isolated world, where
 * the card and the save panel live in a page written by others: entrypoints/card-ui.ts turns this
 * on) each piece is drawn by CSS from an attribute (`.px-say::before`), so it is no text of the
 * document: Chromium's `window.find()` searches closed shadow roots, and a page could otherwise probe
 * the open card for its claims or for the outlets the reader's filters hide, a string at a time.
 * Drawn text is still read by screen readers (it is in the accessibility tree), but it cannot be
 * selected or found with the reader's own Find; extension pages (the event page, the collection)
 * write plain text, which can.
 *
 * A setting of the realm rather than a Preact context: a component per piece of text made the card
 * measurably slower to render (npm run bench, cards), and a realm holds either the card or
 * extension pages, never both.
 */
import type { ComponentChild } from 'preact';

let drawn = false;

/** Draws every piece of text said in this realm from now on (the card's script), or writes it again (tests). */
export function drawText(on: boolean): void {
  drawn = on;
}

/** A piece of text: written, or drawn in the card's realm. */
export function say(text: string): ComponentChild {
  if (!drawn) return text;
  return text ? <span class="px-say" data-say={text} /> : null;
}

/**
 * The name of an element whose words are drawn (a button, a heading that names a dialog), as an
 * attribute: axe-core and some assistive technology take no name from drawn text. Nothing where
 * text is written.
 */
export function drawnName(name: string): { 'aria-label'?: string } {
  return drawn ? { 'aria-label': name } : {};
}
