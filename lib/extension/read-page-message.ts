/**
 * The one message the background sends its offscreen document (Chrome): read the article of this
 * page's HTML. Only the background sends it; the document answers nothing else.
 */
import type { PageArticle } from '../core/extract/page-article';
import type { Request } from '../core/messages/protocol';

export const READ_PAGE = 'readPage';

export type ReadPageMap = {
  readPage: {
    /** `address`: the page's real address (the content script's sender), for the article's URL. */
    request: { html: string; address: string };
    response: PageArticle;
  };
};

export function isReadPageRequest(m: unknown): m is Request<ReadPageMap, typeof READ_PAGE> {
  if (typeof m !== 'object' || m === null) return false;
  const { type, data } = m as { type?: unknown; data?: { html?: unknown; address?: unknown } };
  return type === READ_PAGE && typeof data?.html === 'string' && typeof data.address === 'string';
}
