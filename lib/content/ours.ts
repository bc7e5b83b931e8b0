/**
 * Our own elements (the hosts of the card and of the save panel), known by identity. A page can name
 * its elements anything, `<parallax-popover>` included, so a tag name proves nothing: only the
 * elements this script created are ours, never scanned, never painted.
 */
const hosts = new WeakSet<Element>();

/** Marks an element this script created as ours; returns it. */
export function markOurs<E extends Element>(el: E): E {
  hosts.add(el);
  return el;
}

export function isOurs(el: Element): boolean {
  return hosts.has(el);
}

/**
 * The registry as passed to the card's code, which is loaded apart (./lazy-ui.ts): its own copy of
 * this module would know none of our elements.
 */
export const ours = { markOurs, isOurs };
export type Ours = typeof ours;
