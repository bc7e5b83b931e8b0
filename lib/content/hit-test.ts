/**
 * Which painted mention is under the pointer. Highlights are not elements, so we ask for the caret
 * position at the point and then check the mention's boxes really contain it (the caret snaps to
 * the nearest character even in a margin).
 */
import type { PageMention } from './scan';

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

const inside = (range: Range, x: number, y: number) =>
  [...range.getClientRects()].some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);

export function mentionAt(doc: Document, x: number, y: number, byNode: Map<Node, PageMention[]>): PageMention | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  for (const m of byNode.get(caret.node) ?? []) {
    if (inside(m.range, x, y)) return m;
  }
  return undefined;
}

/** Index mentions by the text nodes they start and end in, for mentionAt. */
export function indexByNode(mentions: PageMention[]): Map<Node, PageMention[]> {
  const map = new Map<Node, PageMention[]>();
  const add = (n: Node, m: PageMention) => {
    const list = map.get(n);
    if (list) list.push(m);
    else map.set(n, [m]);
  };
  for (const m of mentions) {
    add(m.range.startContainer, m);
    if (m.range.endContainer !== m.range.startContainer) add(m.range.endContainer, m);
  }
  return map;
}
