/**
 * Say: a piece of our UI's text. Inside `Unsearchable` (the card and the save panel, which live in a
 * page written by others) it is drawn by CSS from an attribute (`.px-say::before`), so it is no text
 * of the document: Chromium's `window.find()` searches closed shadow roots, and a page could
 * otherwise probe the open card for its claims or for the outlets the reader's filters hide, a
 * string at a time. Drawn text is still read by screen readers (it is in the accessibility tree), but
 * it cannot be selected or found with the reader's own Find; extension pages (the event page, the
 * collection) render plain text, which can.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** True where a page shares our document: text is drawn, not written. */
export const Unsearchable = createContext(false);

/**
 * The name of an element whose words are drawn (a button, a heading that names a dialog), as an
 * attribute: axe-core and some assistive technology take no name from drawn text. Nothing where
 * text is written.
 */
export function useDrawnName(name: string): { 'aria-label'?: string } {
  return useContext(Unsearchable) ? { 'aria-label': name } : {};
}

export function Say({ children }: { children: string }) {
  if (!useContext(Unsearchable)) return <>{children}</>;
  return children ? <span class="px-say" data-say={children} /> : null;
}
