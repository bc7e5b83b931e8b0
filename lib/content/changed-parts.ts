/**
 * What a batch of the page's changes leaves to read again, and which mentions it leaves standing: the
 * changed parts no other changed part holds (as drawn, across shadow roots and slots), and whether a
 * mention lies outside all of them, still on the page and not emptied.
 */
import { drawnParent, drawnWithin } from '../core/spot/composed';
import type { PageMention } from './scan';

/**
 * The changed nodes no other changed node holds: each one's ancestors are looked up, not every other
 * node compared with it (a page adding 20,000 paragraphs at once held the tab for seconds).
 */
export function outermostChanged(changed: ReadonlySet<Node>): Node[] {
  return [...changed].filter((n) => {
    const parent = drawnParent(n);
    return !parent || !drawnWithin(parent, changed);
  });
}

/** Whether a mention stands outside the changed parts `top`, still on the page. */
export function standsOutside(top: readonly Node[]): (m: PageMention) => boolean {
  const changed = new Set(top);
  return (m) =>
    m.range.startContainer.isConnected &&
    m.range.endContainer.isConnected &&
    !m.range.collapsed &&
    !drawnWithin(m.range.startContainer, changed) &&
    !drawnWithin(m.range.endContainer, changed);
}
