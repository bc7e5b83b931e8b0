/**
 * Brings a mention into view for stepping (Alt+Shift+M/N) and the popup's list: the page's scrollable
 * boxes that the reader can scroll themselves (overflow auto or scroll) and the window, each centred on
 * the name. Never a box that hides its overflow: a clamped teaser or a cut-off preview scrolled by
 * script loses its first lines, and the reader has no way to scroll it back (Element.scrollIntoView
 * scrolls those too).
 */
import { drawnParent } from '../core/spot/composed';

export function bringIntoView(range: Range): void {
  const html = range.startContainer.ownerDocument?.documentElement;
  // Up through the boxes that hold the name as drawn (a shadow tree's host, a slot's box).
  for (let n = drawnParent(range.startContainer); n && n !== html; n = drawnParent(n)) {
    if (n.nodeType !== 1 || !(n as Element).parentNode) continue;
    const el = n as Element;
    const { overflowX, overflowY } = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const at = range.getBoundingClientRect();
    // Each direction only where the reader can scroll it too: a box may scroll down and hide what runs off sideways.
    if (SCROLLS.test(overflowY) && el.scrollHeight > el.clientHeight) el.scrollTop += at.top + at.height / 2 - (box.top + box.height / 2);
    if (SCROLLS.test(overflowX) && el.scrollWidth > el.clientWidth) el.scrollLeft += at.left + at.width / 2 - (box.left + box.width / 2);
  }
  const at = range.getBoundingClientRect();
  const sideways = at.left < 0 || at.right > window.innerWidth ? at.left + at.width / 2 - window.innerWidth / 2 : 0;
  window.scrollBy({ top: at.top + at.height / 2 - window.innerHeight / 2, left: sideways, behavior: 'instant' });
}

/** An overflow the reader can scroll by wheel or keys. */
const SCROLLS = /auto|scroll/;
