/**
 * Whether a mention's text is laid out where a reader can see it: not under display:none nor
 * visibility:hidden, nor off the page's canvas. Stepping through mentions from the keyboard, and the
 * popup's list, pass over the others (a closed mobile menu, a collapsed drawer): their card would
 * open at the page's corner, pointing at nothing.
 */
export function isShown(range: Range): boolean {
  const el = range.startContainer.parentElement;
  if (!el?.isConnected || range.getClientRects().length === 0) return false;
  // Off the page's canvas (an off-canvas drawer slid out of view): no scrolling reaches it.
  // (A right-to-left page scrolls to the left of its origin: only its top edge counts there.)
  const box = range.getBoundingClientRect();
  const rtl = getComputedStyle(el.ownerDocument.documentElement).direction === 'rtl';
  if ((!rtl && box.right + window.scrollX <= 0) || box.bottom + window.scrollY <= 0) return false;
  // Not opacity: pages fade sections in as the reader scrolls to them, from an opacity of 0.
  return el.checkVisibility?.({ visibilityProperty: true }) ?? true;
}
