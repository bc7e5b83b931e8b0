/**
 * The text of the block a range starts in (its paragraph, list item, cell or heading), as the page
 * holds it now. The card notes it when it opens; its Save compares: a page that rewrites the
 * sentence as the reader presses Save (it hears the key or the press first) has its own words refused.
 */
import { isBlockTag } from '../core/spot/text-blocks';

export function blockTextOf(range: Range): string {
  let el = range.startContainer.parentElement;
  while (el && !isBlockTag(el) && el.parentElement) el = el.parentElement;
  return el?.textContent ?? '';
}
