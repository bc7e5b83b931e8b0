/**
 * The text of the block a range starts in (its paragraph, list item, cell or heading), as the page
 * holds it now. The card notes it when it opens; its Save compares: a page that rewrites the
 * sentence as the reader presses Save (it hears the key or the press first) has its own words refused.
 */
import { isBlockTag } from '../core/spot/text-blocks';

/** Past this many characters an element is more than the name's paragraph (a page of custom elements has no <p>). */
const MAX_BLOCK = 4000;

export function blockTextOf(range: Range): string {
  let el = range.startContainer.parentElement;
  let text = el?.textContent ?? '';
  while (el && !isBlockTag(el) && el.parentElement) {
    const up = el.parentElement.textContent ?? '';
    if (up.length > MAX_BLOCK) break;
    el = el.parentElement;
    text = up;
  }
  return text;
}
