/**
 * Whether a mention's text is laid out where a reader can see it: not under display:none nor
 * visibility:hidden. Stepping through mentions from the keyboard passes over the others (a closed
 * mobile menu, a collapsed drawer): their card would open at the page's corner, pointing at nothing.
 */
export function isShown(range: Range): boolean {
  const el = range.startContainer.parentElement;
  if (!el?.isConnected || range.getClientRects().length === 0) return false;
  return el.checkVisibility?.({ visibilityProperty: true }) ?? true;
}
