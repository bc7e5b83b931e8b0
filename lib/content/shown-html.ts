/**
 * The page's HTML as "Add this article" reads it: without what the page does not show the reader
 * (a paragraph its stylesheet hides, text in a font size of 0, the inside of a closed <details>).
 */

import { clipsAway } from './is-shown';

/** Kept whatever their style: what the page says of itself (JSON-LD), and elements that are never drawn. */
const NEVER_DRAWN = /^(script|style|template|noscript|meta|link|head|title|base)$/;

/**
 * Whether an element the reader cannot see: not rendered (display:none from any stylesheet, which the
 * copy sent loses with its <style>s; visibility:hidden; the inside of a closed <details>), clipped away
 * for screen readers only, or its text set in no size. Not opacity: pages fade sections in as the reader scrolls to them.
 */
function unseen(el: Element): boolean {
  if (NEVER_DRAWN.test(el.localName)) return false;
  const style = getComputedStyle(el);
  // An element laid out as its children only has no box of its own, yet shows them.
  if (style.display === 'contents') return false;
  if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) return true;
  // Text only screen readers hear ("Skip to …"), as stepping passes over it (is-shown.ts).
  if (clipsAway(el, style)) return true;
  return parseFloat(style.fontSize) < 1 && [...el.childNodes].some((n) => n.nodeType === 3 && /\S/.test(n.nodeValue ?? ''));
}

/**
 * The page's HTML without what it does not show the reader. Reading runs on a copy without the page's
 * styles, so words the page hides (a paragraph a stylesheet sets to display:none, text in a font size of
 * 0) were read as the article's: a page could have a well-known person stored as saying what it never
 * showed (found by the tenth attack suite). The copy is made in a document of our own, where the page's
 * custom elements do not run, so it is element for element the page's.
 */
export function shownHtml(): string | undefined {
  const own = document.implementation.createHTMLDocument('');
  const copy = own.importNode(document.documentElement, true) as HTMLElement;
  // Element for element, from the root: a page can put a second <body> in its <head>, and a copy's
  // "body" found by a query would then be that empty one, the page's own left unfiltered.
  const live = [...document.documentElement.getElementsByTagName('*')];
  const copies = [...copy.getElementsByTagName('*')];
  // A copy that differs from the page cannot be filtered by it: nothing is read rather than all.
  if (live.length !== copies.length || live.some((el, i) => el.localName !== copies[i].localName)) return undefined;
  const dropped: Element[] = [];
  for (let i = 0; i < live.length; i++) {
    if (dropped.length > 0 && dropped[dropped.length - 1].contains(copies[i])) continue;
    if (unseen(live[i])) dropped.push(copies[i]);
  }
  for (const el of dropped) el.remove();
  return copy.outerHTML;
}
