/**
 * Brings a mention into view for stepping (Alt+Shift+M/N) and the popup's list: the page's scrollable
 * boxes that the reader can scroll themselves (overflow auto or scroll) and the window, each centred on
 * the name. Never a box that hides its overflow: a clamped teaser or a cut-off preview scrolled by
 * script loses its first lines, and the reader has no way to scroll it back (Element.scrollIntoView
 * scrolls those too). The window is scrolled to a place, not by a distance: a page that snaps its
 * scrolling (scroll-snap) takes a move by any distance to the next snap point on, past the name.
 * Nor a window the page has locked (its root or body hides its overflow, under a paywall sheet or an
 * open menu): the reader could not scroll it back.
 */
import { drawnParent } from '../core/spot/composed';
import { nameBox } from './name-box';

export function bringIntoView(range: Range): void {
  const html = range.startContainer.ownerDocument?.documentElement;
  // Up through the boxes that hold the name as drawn (a shadow tree's host, a slot's box).
  for (let n = drawnParent(range.startContainer); n && n !== html; n = drawnParent(n)) {
    if (n.nodeType !== 1 || !(n as Element).parentNode) continue;
    const el = n as Element;
    const { overflowX, overflowY } = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const at = nameBox(range);
    // Each direction only where the reader can scroll it too: a box may scroll down and hide what runs off sideways.
    if (SCROLLS.test(overflowY) && el.scrollHeight > el.clientHeight) el.scrollTop += at.top + at.height / 2 - (box.top + box.height / 2);
    if (SCROLLS.test(overflowX) && el.scrollWidth > el.clientWidth) el.scrollLeft += at.left + at.width / 2 - (box.left + box.width / 2);
  }
  if (html && locked(html)) return;
  const at = nameBox(range);
  const sideways = at.left < 0 || at.right > window.innerWidth ? at.left + at.width / 2 - window.innerWidth / 2 : 0;
  window.scrollTo({ top: window.scrollY + at.top + at.height / 2 - window.innerHeight / 2, left: window.scrollX + sideways, behavior: 'instant' });
}

/**
 * Whether the page keeps its window from scrolling: the overflow the window follows hides it. That is
 * the root's, or, where the root leaves its own visible, the body's (CSS propagates it to the window).
 */
function locked(html: Element): boolean {
  const root = getComputedStyle(html).overflowY;
  const body = html.ownerDocument.body;
  const windows = root === 'visible' && body ? getComputedStyle(body).overflowY : root;
  return windows === 'hidden' || windows === 'clip';
}

/** An overflow the reader can scroll by wheel or keys. */
const SCROLLS = /auto|scroll/;
