/**
 * Brings a mention into view for stepping (Alt+Shift+M/N) and the popup's list: the page's scrollable
 * boxes that the reader can scroll themselves (overflow auto or scroll) and the window, each centred on
 * the name. Never a box that hides its overflow: a clamped teaser or a cut-off preview scrolled by
 * script loses its first lines, and the reader has no way to scroll it back (Element.scrollIntoView
 * scrolls those too).
 */
export function bringIntoView(range: Range): void {
  const html = range.startContainer.ownerDocument?.documentElement;
  for (let el = range.startContainer.parentElement; el && el !== html && el.parentElement; el = el.parentElement) {
    if (!readerScrolls(el)) continue;
    const box = el.getBoundingClientRect();
    const at = range.getBoundingClientRect();
    el.scrollTop += at.top + at.height / 2 - (box.top + box.height / 2);
    el.scrollLeft += at.left + at.width / 2 - (box.left + box.width / 2);
  }
  const at = range.getBoundingClientRect();
  const sideways = at.left < 0 || at.right > window.innerWidth ? at.left + at.width / 2 - window.innerWidth / 2 : 0;
  window.scrollBy({ top: at.top + at.height / 2 - window.innerHeight / 2, left: sideways, behavior: 'instant' });
}

/** A box with more to show than it shows, which the reader can scroll by wheel or keys. */
function readerScrolls(el: Element): boolean {
  const more = el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth;
  if (!more) return false;
  const { overflowX, overflowY } = getComputedStyle(el);
  return /auto|scroll/.test(overflowY) || /auto|scroll/.test(overflowX);
}
