/**
 * A page's article from its HTML, in the background: the content script sends the page as text
 * (its DOM is never touched), and the background, which has no DOM of its own in a service
 * worker, parses it with linkedom and reads it with the same articleFromDocument as the CLI.
 */
import { parseHTML } from 'linkedom/worker';
import { articleFromDocument, type PageArticle } from '../../core/extract/page-article';
import type { Result } from '../../core/pack/types';

export function articleFromHtml(html: string, url: string): Result<PageArticle> {
  const { document } = parseHTML(html);
  return articleFromDocument(document as unknown as Document, url);
}
