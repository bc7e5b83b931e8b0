/**
 * "Add this article": the page goes to the worker as HTML text, read there with Readability
 * (kept out of this script, which runs on every page). Reading outerHTML leaves the page as it is.
 * A page over the cap is refused here, before anything is sent; the worker checks again. The
 * worker knows the page's address from the sender: it is not part of the message.
 */
import { toWorker } from '../../lib/extension/messages';
import { MAX_PAGE_HTML, pageTooLarge } from '../../lib/core/extract/limits';
import { err } from '../../lib/core/pack/types';

export async function addThisArticle() {
  const html = `<!doctype html>\n${document.documentElement.outerHTML}`;
  if (html.length > MAX_PAGE_HTML) return err(pageTooLarge(html.length));
  return toWorker('addArticle', { html });
}
