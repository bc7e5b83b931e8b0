/**
 * The one message the background sends its offscreen document (Chrome): read the article of this
 * page's HTML. Only the background sends it; the document answers nothing else.
 */

export const READ_PAGE = 'parallax:read-page';

export interface ReadPageRequest {
  type: typeof READ_PAGE;
  html: string;
  /** The page's real address (the content script's sender), for the article's URL. */
  address: string;
}

export function isReadPageRequest(m: unknown): m is ReadPageRequest {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Partial<ReadPageRequest>;
  return r.type === READ_PAGE && typeof r.html === 'string' && typeof r.address === 'string';
}
