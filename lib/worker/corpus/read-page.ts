/**
 * A page's article from its HTML, in the worker: the content script sends the page as text (its
 * DOM is never touched), and the worker, which has no DOM of its own in a service worker, parses
 * it with linkedom and reads it with the same articleFromDocument as the CLI. `address` is the
 * page's real address (the sender's), never one the message gives. Pages and texts over the caps
 * (lib/core/extract/limits.ts) are refused before any extraction.
 */
import { parseHTML } from 'linkedom/worker';
import { MAX_ARTICLE_TEXT, MAX_PAGE_HTML, pageTooLarge, textTooLong } from '../../core/extract/limits';
import { articleFromDocument, type PageArticle } from '../../core/extract/page-article';
import { err, type Result } from '../../core/pack/types';

export function articleFromHtml(html: string, address: string): Result<PageArticle> {
  if (html.length > MAX_PAGE_HTML) return err(pageTooLarge(html.length));
  const { document } = parseHTML(html);
  const article = articleFromDocument(document as unknown as Document, address);
  if (article.ok && article.value.text.length > MAX_ARTICLE_TEXT) return err(textTooLong(article.value.text.length));
  return article;
}
