/**
 * "Add this article": the page goes to the background as HTML text, read there with Readability
 * (kept out of this script, which runs on every page). Reading outerHTML leaves the page as it is.
 */
import { browser } from 'wxt/browser';
import { request } from '../../lib/messaging';

export function addThisArticle() {
  const html = `<!doctype html>\n${document.documentElement.outerHTML}`;
  return request((m) => browser.runtime.sendMessage(m), 'addArticle', { html, url: location.href });
}
