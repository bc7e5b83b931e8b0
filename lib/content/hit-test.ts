/**
 * Which painted mention is under the pointer. Highlights are not elements, so we ask for the caret
 * position at the point and then check the mention's boxes really contain it (the caret snaps to
 * the nearest character even in a margin) and that the page shows it there: a name in a slide a
 * carousel clips, or a table cell scrolled out of its box, still has boxes where it would be.
 * Under a link laid over a whole teaser (a "stretched" link, whose `::after` covers the card) the
 * caret is in the link's text, so the names of the teaser below it are looked for there.
 */
import { openRootOf } from '../core/spot/composed';
import type { PageMention } from './scan';

/** Shadow roots nested deeper than this are not looked into for the point (a page nesting them without end). */
const MAX_ROOTS = 32;

/** `roots`: the open shadow roots the point is in (the caret is looked for inside them, not at their hosts). */
function caretAt(doc: Document, x: number, y: number, roots: ShadowRoot[]): { node: Node; offset: number } | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = roots.length > 0 ? d.caretPositionFromPoint(x, y, { shadowRoots: roots }) : d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

const inside = (range: Range, x: number, y: number) =>
  [...range.getClientRects()].some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);

/** Whether an element clips what overflows it, and the point is outside its box. */
function clipsAway(el: Element, x: number, y: number): boolean {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (!style || (style.overflowX === 'visible' && style.overflowY === 'visible')) return false;
  const r = el.getBoundingClientRect();
  return x < r.left || x > r.right || y < r.top || y > r.bottom;
}

/**
 * Whether the page shows the text under the point: what is there (`top`) holds it, and no element
 * between the two clips it away from the point. Usually `top` is the text's own element and
 * nothing is read.
 */
function shownAt(text: Node, top: Element, x: number, y: number): boolean {
  if (!top.contains(text)) return false;
  for (let el = text.parentElement; el && el !== top; el = el.parentElement) if (clipsAway(el, x, y)) return false;
  return true;
}

/** The mentions among the text right inside `el`'s children. */
function mentionsIn(el: Element, byNode: Map<Node, PageMention[]>): PageMention[] {
  const found: PageMention[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) found.push(...(byNode.get(n) ?? []));
  return found;
}

export function mentionAt(doc: Document, x: number, y: number, byNode: Map<Node, PageMention[]>): PageMention | undefined {
  let top = doc.elementFromPoint(x, y);
  if (!top) return undefined;
  // Into the page's open shadow roots (./composed.ts): the element under the point is inside them, not their host.
  const roots: ShadowRoot[] = [];
  for (let root = openRootOf(top); root && roots.length < MAX_ROOTS; root = openRootOf(top)) {
    const inner = root.elementFromPoint(x, y);
    if (!inner || inner === top) break;
    roots.push(root);
    top = inner;
  }
  const caret = caretAt(doc, x, y, roots);
  const atCaret = caret && byNode.get(caret.node)?.find((m) => inside(m.range, x, y));
  if (caret && atCaret) return shownAt(caret.node, top, x, y) ? atCaret : undefined;
  // A link over the point that holds no name there: the names under it, in the elements the point is in.
  if (!top.closest('a[href]')) return undefined;
  for (const el of doc.elementsFromPoint(x, y).slice(1, 12)) {
    if (el.contains(top)) break;
    const m = mentionsIn(el, byNode).find((c) => inside(c.range, x, y));
    if (m) return m;
  }
  return undefined;
}

/** Index mentions by every text node they cover, for mentionAt (a name may be split over many). */
export function indexByNode(mentions: PageMention[]): Map<Node, PageMention[]> {
  const map = new Map<Node, PageMention[]>();
  const add = (n: Node, m: PageMention) => {
    const list = map.get(n);
    if (list) list.push(m);
    else map.set(n, [m]);
  };
  for (const m of mentions) {
    const { startContainer: start, endContainer: end } = m.range;
    add(start, m);
    if (end === start) continue;
    const doc = start.ownerDocument;
    if (doc) {
      const walker = doc.createTreeWalker(m.range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
      walker.currentNode = start;
      while (walker.nextNode() && walker.currentNode !== end) add(walker.currentNode, m);
    }
    add(end, m);
  }
  return map;
}
