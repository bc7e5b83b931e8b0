/**
 * The context a part of the page read on its own is spotted with: the entities the page named before
 * it, in the same article. Read whole, a page links a surname alone ("Kravchuk") or a body's short
 * name ("Security Council") once it has named the entity in full (lib/core/spot/mentions.ts); a
 * paragraph added later (a lazy article body, "load more") is read alone and would lose that. Only
 * its own article counts (else its main, else the body): the next story an endless page appends
 * has named no one yet.
 */
import type { PageMention } from './scan';

/** Where a page's context ends: the article (or a story its microdata calls one, as ../core/spot/dom-text.ts reads it), else the main content. */
const CONTEXT = 'article, [itemtype$="Article" i], [itemtype$="BlogPosting" i], main, [role="main"]';

/** The element whose earlier mentions give `node` its context: its article, main, or the body. */
export function contextOf(node: Node): Element | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest(CONTEXT) ?? el?.ownerDocument.body ?? null;
}

/** Node.DOCUMENT_POSITION_FOLLOWING, spelt out: the CLI and the tests read pages with linkedom, without a global Node. */
const FOLLOWING = 4;

/** Whether `m` starts before `node`, outside it (in document order). */
const startsBefore = (m: PageMention, node: Node) => (m.range.startContainer.compareDocumentPosition(node) & FOLLOWING) !== 0;

/** The index of the first of `sorted` (in document order) that does not start before `node`. */
function firstNotBefore(sorted: readonly PageMention[], node: Node): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startsBefore(sorted[mid], node)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The ids of the entities named before `node` in its context. `sorted`: the page's mentions in
 * document order (found by binary search: a flush may read dozens of subtrees of a page with
 * thousands of mentions); `more`: mentions in any order (found since), looked through one by one.
 */
export function seenBefore(node: Node, sorted: readonly PageMention[], more: readonly PageMention[] = []): string[] {
  const context = contextOf(node);
  if (!context) return [];
  const ids = new Set<string>();
  // The mentions inside the context are a run of `sorted`; those of them before `node` end where it starts.
  // Names in the page's furniture, and near misses, are no context (as when the page is read whole).
  for (let i = firstNotBefore(sorted, context), end = firstNotBefore(sorted, node); i < end; i++) if (!sorted[i].aside) ids.add(sorted[i].entityId);
  for (const m of more) if (!m.aside && context.contains(m.range.startContainer) && startsBefore(m, node)) ids.add(m.entityId);
  return [...ids];
}
