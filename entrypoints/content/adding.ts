/**
 * "Add this article": the page goes to the background as HTML text and is read there with
 * Readability (in Chrome by its offscreen document), which this script, run on every page, does
 * not carry. Reading outerHTML leaves the page as it is. What is sent is the part of the page reading
 * uses (lib/core/extract/slim-html.ts), refused here if over the caps before anything is sent; the
 * background checks again. It knows the page's address from the sender: that is not in the message.
 */
import { toWorker } from '../../lib/extension/messages';
import { MAX_WHOLE_PAGE_ELEMENTS, MAX_WHOLE_PAGE_HTML, overPageCaps, pageTooLarge, wholePageTooLarge } from '../../lib/core/extract/limits';
import { shownHtml } from '../../lib/content/shown-html';
import { slimHtml } from '../../lib/core/extract/slim-html';
import { err } from '../../lib/core/result';
import { shownTranslated, TRANSLATED } from '../../lib/content/translated';

/** The page's language as loaded: a browser translating it may change it. */
const langAtLoad = document.documentElement.getAttribute('lang') ?? '';

const PAGE_CHANGED_WHILE_READ = 'This page changed while it was being read. Try again.';

export async function addThisArticle() {
  if (shownTranslated(document, langAtLoad)) return err(TRANSLATED);
  const all = document.getElementsByTagName('*').length;
  if (all > MAX_WHOLE_PAGE_ELEMENTS) return err(wholePageTooLarge(all));
  const whole = `<!doctype html>\n${document.documentElement.outerHTML}`;
  if (whole.length > MAX_WHOLE_PAGE_HTML) return err(pageTooLarge(whole.length));
  // The caps hold for the page as it is, shown or not, before the look at every element's style that
  // finds what it shows: a page of 20 MB is refused as it was.
  const over = overPageCaps(slimHtml(whole));
  if (over) return err(over);
  const shown = shownHtml();
  if (shown === undefined) return err(PAGE_CHANGED_WHILE_READ);
  return toWorker('addArticle', { html: slimHtml(`<!doctype html>\n${shown}`) });
}
