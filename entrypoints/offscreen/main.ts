/**
 * The offscreen document (Chrome): reads the article of a page the reader adds, with the browser's
 * DOMParser, in a thread of its own, while the background goes on answering every tab. Opened and
 * closed by the background (lib/worker/offscreen-reader.ts); it answers the background only.
 */
import { browser } from 'wxt/browser';
import { isReadPageRequest } from '../../lib/extension/read-page-message';
import { readWithDomParser } from '../../lib/extension/read-with-dom-parser';

const BACKGROUND = browser.runtime.getURL('/background.js');

browser.runtime.onMessage.addListener((message, sender) => {
  // A content script's messages reach every extension page too (they come with their tab), and so do
  // other extension pages' messages: only the background's own script is answered.
  if (sender.id !== browser.runtime.id || sender.tab || sender.url !== BACKGROUND || !isReadPageRequest(message)) return undefined;
  return readWithDomParser(message.data.html, message.data.address);
});
