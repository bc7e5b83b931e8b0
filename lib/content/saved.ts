/**
 * Saved highlights on their page again: each is placed by its selectors (position checked against
 * the quote, then the quote, then a fuzzy match) and painted; one that cannot be placed is an orphan.
 */
import { anchorIn } from '../core/anchor/anchor';
import type { AnchorStatus, Highlight } from '../core/highlights/types';
import { collectText, type CollectOptions } from '../core/spot/dom-text';
import { rangeOf } from './scan';

export interface Anchored {
  ranges: Map<string, Range>;
  results: { id: string; status: Exclude<AnchorStatus, 'unchecked'> }[];
}

export function anchorHighlights(doc: Document, highlights: Highlight[], opts: CollectOptions = {}): Anchored {
  const page = collectText(doc.body, opts);
  const ranges = new Map<string, Range>();
  const results: Anchored['results'] = [];
  for (const h of highlights) {
    const at = anchorIn(page.text, h.quote, h.position.start >= 0 ? h.position : undefined);
    const range = at ? rangeOf(doc, page, at.start, at.end) : undefined;
    if (range) ranges.set(h.id, range);
    results.push({ id: h.id, status: range ? 'anchored' : 'orphan' });
  }
  return { ranges, results };
}
