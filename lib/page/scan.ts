/** scanNode: the mentions under a DOM node, each with a live Range over the page's own text. */
import { collectText, locate, type CollectOptions, type PageText } from '../spot/dom-text';
import type { Gazetteer } from '../spot/gazetteer';
import { findMentions, type Mention } from '../spot/mentions';
import { findNearMisses } from '../spot/near-miss';

export interface PageMention extends Mention {
  range: Range;
  /** The sentence around the mention, for ranking the popover's facets. */
  sentence: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentence of the combined text that contains [start, end), within its block. */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  const block = text.slice(from, to < 0 ? text.length : to);
  for (const s of segmenter.segment(block)) {
    if (from + s.index + s.segment.length > start) return s.segment.trim();
  }
  return block.trim();
}

export function rangeOf(doc: Document, page: PageText, start: number, end: number): Range | undefined {
  const a = locate(page, start, 'start');
  const b = locate(page, end, 'end');
  if (!a || !b) return undefined;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

export function scanNode(root: Node, g: Gazetteer, opts: CollectOptions = {}): PageMention[] {
  const doc = root.ownerDocument ?? (root as Document);
  const page = collectText(root, opts);
  const exact = findMentions(g, page.text);
  const all = [...exact, ...findNearMisses(g, page.text, exact)].sort((a, b) => a.start - b.start);
  const out: PageMention[] = [];
  for (const m of all) {
    const range = rangeOf(doc, page, m.start, m.end);
    if (range) out.push({ ...m, range, sentence: sentenceAround(page.text, m.start, m.end) });
  }
  return out;
}
