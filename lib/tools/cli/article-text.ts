/**
 * articleText: the readable article text of an HTML page, as the CLI matches it. It uses the same
 * `collectText` the content script runs on the live page, so offsets and mentions agree with what
 * the extension would find; linkedom stands in for the browser's DOM.
 */
import { parseHTML } from 'linkedom';
import { collectText } from '../../core/spot/dom-text';

/** Where the article usually is, most specific first; the whole body (or document) is the fallback. */
const ARTICLE_ROOTS = ['article', 'main', '[role=main]', 'body'];

/**
 * The text of the first `article`, else `main`, else `[role=main]`, else `body` (else the whole
 * document, for fragments without one). Blocks are separated by "\n"; scripts, styles and form
 * fields are left out. The string is returned unchanged (not trimmed) so offsets into it are the
 * offsets `collectText` gives.
 */
export function articleText(html: string): string {
  const { document } = parseHTML(html);
  // querySelector, not document.body: linkedom's body getter throws on a document without <html>.
  const root = ARTICLE_ROOTS.map((sel) => document.querySelector(sel)).find((el) => el !== null) ?? document;
  return collectText(root).text;
}
