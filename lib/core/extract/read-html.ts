/**
 * A page's article from its HTML text, within the caps of ./limits.ts: the page's length and
 * elements are checked before it is parsed, the article's text after. How the HTML becomes a DOM is
 * the caller's: the browser's DOMParser (Chrome's offscreen document, Firefox's background page) or
 * linkedom (Node, tests). `address` is the page's real address (the sender's), never one a message
 * gives.
 */
import { MAX_ARTICLE_TEXT, overPageCaps, textTooLong } from './limits';
import { articleFromDocument, type PageArticle } from './page-article';
import { err, type Result } from '../result';

/**
 * Reads the article of a page the reader adds (the background's wiring says where that runs).
 * `movedFrom`: the address the page was loaded from, when it has moved to `address` since without
 * reloading (history.pushState).
 */
export type ReadPage = (html: string, address: string, movedFrom?: string) => Promise<Result<PageArticle>>;

export function articleFromHtml(html: string, address: string, parse: (html: string) => Document, movedFrom?: string): Result<PageArticle> {
  const over = overPageCaps(html);
  if (over) return err(over);
  const article = articleFromDocument(parse(html), address, movedFrom);
  if (article.ok && article.value.text.length > MAX_ARTICLE_TEXT) return err(textTooLong(article.value.text.length));
  return article;
}
