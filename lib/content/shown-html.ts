/**
 * The page's HTML as "Add this article" reads it: without what the page does not draw for the reader
 * (a paragraph its stylesheet sets to display:none, text in a font size of 0, the inside of a closed
 * <details>, a line only screen readers hear), without what the reader types in an editable box, and
 * with what open shadow roots draw (a portal's article
 * in custom elements).
 */

import { openRootOf, slotted } from '../core/spot/composed';
import { clipsAway } from './is-shown';
import { laidOutApart } from './laid-out-apart';

/**
 * Tags that run on with their neighbours unless styled otherwise. Laid out as boxes or lines of their
 * own (a read-along page's one span per word, set apart by margins, with no space between them in the
 * source), the copy, which has no styles, would run their words together: a space goes after each.
 */
const PHRASING = /^(span|a|em|strong|b|i|u|small|mark|abbr|cite|q|time|label|code|font|sup|sub|var|dfn|kbd|samp|data|bdi|bdo|s|del|ins)$/;

/**
 * Whether what follows an element is drawn apart from it: on another line, or a gap of a pixel or more
 * between them. A word the page sets in two boxes with nothing between them ("de" and "nied") reads as
 * one, and must be stored as one: spaced, "denied" would be no denial (found by the sixteenth attack suite).
 */
function drawnApart(el: Element): boolean {
  // What follows it, past comments (a framework's "<!-- -->") and empty text; at its box's end, it stands apart as before.
  let next = el.nextSibling;
  while (next && (next.nodeType === 8 || (next.nodeType === 3 && (next as Text).data === ''))) next = next.nextSibling;
  if (!next) return true;
  const range = el.ownerDocument.createRange();
  if (next.nodeType === 3) {
    if (/^\s/.test((next as Text).data)) return false;
    range.setStart(next, 0);
    range.setEnd(next, 1);
  } else if (next.nodeType === 1) range.selectNode(next);
  else return true;
  const after = range.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  // Nothing drawn there ("de<b hidden></b>nied"): the word goes on.
  if (after.width === 0 && after.height === 0) return false;
  // Another line, or a gap either way (a right-to-left run is drawn to the left).
  return after.top >= box.bottom - 1 || after.left - box.right >= 1 || box.left - after.right >= 1;
}

/** Kept whatever their style: what the page says of itself (JSON-LD), and elements that are never drawn. */
const NEVER_DRAWN = /^(script|style|template|noscript|meta|link|head|title|base)$/;

/**
 * What of an element the reader cannot see: all of it when it is not rendered (display:none from any
 * stylesheet, which the copy sent loses with its <style>s; the inside of a closed <details>) or clipped
 * away for screen readers only; its own words when they are set in no size (its children may have a
 * size of their own). Not visibility:hidden nor opacity: pages reveal sections so as the reader scrolls
 * to them, and a child may be visible in a hidden parent.
 */
function unseen(el: Element): 'all' | 'own text' | undefined {
  if (NEVER_DRAWN.test(el.localName)) return undefined;
  const style = getComputedStyle(el);
  // An element laid out as its children only has no box of its own, yet shows them.
  if (style.display === 'contents') return undefined;
  if (el.checkVisibility && !el.checkVisibility()) return 'all';
  // What the reader is typing (a comment box, an editor): theirs, not the page's article; spotting skips it too.
  if ((el as HTMLElement).isContentEditable) return 'all';
  if (clipsAway(el, style)) return 'all';
  return parseFloat(style.fontSize) < 1 ? 'own text' : undefined;
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
  const hosts: [Element, ShadowRoot][] = [];
  for (let i = 0; i < live.length; i++) {
    if (dropped.length > 0 && dropped[dropped.length - 1].contains(copies[i])) continue;
    const hidden = unseen(live[i]);
    if (hidden === 'all') dropped.push(copies[i]);
    else if (hidden === 'own text') {
      for (const n of [...copies[i].childNodes]) if (n.nodeType === 3) n.remove();
    } else if (PHRASING.test(live[i].localName) && laidOutApart(live[i]) && drawnApart(live[i])) copies[i].after(own.createTextNode(' '));
    const root = openRootOf(live[i]);
    if (root && hidden !== 'all') hosts.push([copies[i], root]);
  }
  for (const el of dropped) el.remove();
  // A host with an open shadow root shows that tree, not its children (lib/core/spot/composed.ts): the copy holds what it draws.
  for (const [host, root] of hosts) host.replaceChildren(...drawnCopies(root.childNodes, own, 0));
  return copy.outerHTML;
}

/** Shadow trees nested deeper than this are copied as their hosts' own children. */
const MAX_NESTING = 64;

/** Copies of what `nodes` draw, into `own`: shadow trees and slots as drawn, without what the reader cannot see. */
function drawnCopies(nodes: ArrayLike<Node>, own: Document, nesting: number): Node[] {
  const out: Node[] = [];
  // Iterative over each tree's own depth (a page may nest elements thousands deep); recursive only per shadow tree.
  const stack: [Node, Node | null][] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push([nodes[i], null]);
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    const put = (copy: Node) => (parent ? parent.appendChild(copy) : out.push(copy));
    if (node.nodeType === 3) {
      put(own.importNode(node, false));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const hidden = unseen(el);
    if (hidden === 'all') continue;
    const copy = own.importNode(el, false) as Element;
    put(copy);
    const root = nesting < MAX_NESTING ? openRootOf(el) : null;
    if (root) {
      copy.append(...drawnCopies(root.childNodes, own, nesting + 1));
      continue;
    }
    const children = slotted(el) ?? el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) if (!(hidden === 'own text' && children[i].nodeType === 3)) stack.push([children[i], copy]);
  }
  return out;
}
