/**
 * "Add this article": the page goes to the worker as HTML text, read with Readability in the
 * background (Chrome: its offscreen document), kept out of this script, which runs on every page. Reading outerHTML leaves the page as it is.
 * What is sent is the part of the page reading uses (lib/core/extract/slim-html.ts), and it is
 * refused here if over the caps, before anything is sent; the worker checks again. The worker
 * knows the page's address from the sender: it is not part of the message.
 */
import { toWorker } from '../../lib/extension/messages';
import {
  elementsIn,
  MAX_PAGE_ELEMENTS,
  MAX_PAGE_HTML,
  MAX_WHOLE_PAGE_ELEMENTS,
  MAX_WHOLE_PAGE_HTML,
  pageTooComplex,
  pageTooLarge,
  wholePageTooLarge,
} from '../../lib/core/extract/limits';
import { slimHtml } from '../../lib/core/extract/slim-html';
import { err } from '../../lib/core/pack/types';

export async function addThisArticle() {
  const all = document.getElementsByTagName('*').length;
  if (all > MAX_WHOLE_PAGE_ELEMENTS) return err(wholePageTooLarge(all));
  const whole = `<!doctype html>\n${document.documentElement.outerHTML}`;
  if (whole.length > MAX_WHOLE_PAGE_HTML) return err(pageTooLarge(whole.length));
  const html = slimHtml(whole);
  if (html.length > MAX_PAGE_HTML) return err(pageTooLarge(html.length));
  const elements = elementsIn(html);
  if (elements > MAX_PAGE_ELEMENTS) return err(pageTooComplex(elements));
  return toWorker('addArticle', { html });
}
