/**
 * The page as it is drawn, across open shadow roots: a site that renders its article inside custom
 * elements (MSN's pages do) keeps the text in shadow trees, which a walk of the document's own nodes
 * never meets. An element with an open shadow root shows that tree (its own children only through
 * its <slot>s); closed roots (ours among them) stay closed. Works on any DOM; where shadow roots are
 * not supported, every element is read as before.
 */

/** The open shadow root an element shows in place of its children, if any. */
export function openRootOf(el: Element): ShadowRoot | null {
  return (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
}

/** The nodes a <slot> of a shadow tree shows: what the page put in it, else its own fallback; undefined for any other element. */
export function slotted(el: Element): readonly Node[] | undefined {
  if (el.localName !== 'slot') return undefined;
  const slot = el as HTMLSlotElement;
  if (typeof slot.assignedNodes !== 'function') return undefined;
  const assigned = slot.assignedNodes();
  return assigned.length > 0 ? assigned : undefined;
}

/** A node's parent as drawn: the slot it is put in, else a shadow tree's host, else its parent. */
export function drawnParent(n: Node): Node | null {
  const slot = (n as Element & { assignedSlot?: HTMLSlotElement | null }).assignedSlot;
  if (slot) return slot;
  const p = n.parentNode;
  return p && p.nodeType === 11 && (p as ShadowRoot).host ? (p as ShadowRoot).host : p;
}

/** Drawn parents looked up at most: a page may nest shadow trees and slots without end. */
const MAX_CHAIN = 4096;

/** Whether one of `outers` holds `node` as drawn (across shadow roots and slots): its drawn ancestors looked up once. */
export function drawnWithin(node: Node, outers: ReadonlySet<Node>): boolean {
  let steps = 0;
  for (let n: Node | null = node; n && steps < MAX_CHAIN; n = drawnParent(n), steps++) if (outers.has(n)) return true;
  return false;
}

/** The nodes from the document down to `n`, as drawn. */
function drawnChain(n: Node): Node[] {
  const chain: Node[] = [];
  for (let at: Node | null = n; at && chain.length < MAX_CHAIN; at = drawnParent(at)) chain.push(at);
  return chain.reverse();
}

/**
 * Document order of two ranges' starts as the page draws them, across shadow trees and slots
 * (Range.compareBoundaryPoints throws for ranges in different trees): where their chains of drawn
 * parents part, by the order of the slot's nodes, or of the tree both are in; a shadow tree before
 * the host's own children it does not slot.
 */
export function compareStarts(a: Range, b: Range): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) return a.compareBoundaryPoints(Range.START_TO_START, b);
  const ca = drawnChain(a.startContainer);
  const cb = drawnChain(b.startContainer);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  const x = ca[i];
  const y = cb[i];
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  const parent = ca[i - 1] as Element | undefined;
  const assigned = parent && slotted(parent);
  if (assigned) return assigned.indexOf(x) - assigned.indexOf(y);
  if (x.getRootNode() !== y.getRootNode()) return x.parentNode?.nodeType === 11 ? -1 : 1;
  const pos = x.compareDocumentPosition(y);
  return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}
