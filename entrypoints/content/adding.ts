/**
 * "Add this article": the page goes to the background as HTML text, read there with Readability
 * (kept out of this script, which runs on every page). Reading outerHTML leaves the page as it is.
 */
import { toWorker } from '../../lib/extension/messages';

export function addThisArticle() {
  const html = `<!doctype html>\n${document.documentElement.outerHTML}`;
  return toWorker('addArticle', { html, url: location.href });
}
