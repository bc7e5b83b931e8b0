/**
 * The offscreen document (Chrome): reads the article of a page the reader adds, with the browser's
 * DOMParser, in a thread of its own, while the background goes on answering every tab. Opened and
 * closed by the background (lib/worker/offscreen-reader.ts); it answers the background only.
 */
import { browser } from 'wxt/browser';
import { dispatch, fromSender } from '../../lib/core/messages/dispatch';
import { OFFSCREEN_MESSAGES } from '../../lib/core/messages/offscreen-protocol';
import { readWithDomParser } from '../../lib/extension/read-with-dom-parser';

const BACKGROUND = browser.runtime.getURL('/background.js');

browser.runtime.onMessage.addListener((message, sender) => {
  // Every message a content script or another extension page sends reaches this document too, and
  // answering one would race the background's answer: only the background's own script is heard.
  if (sender.id !== browser.runtime.id || sender.tab || sender.url !== BACKGROUND) return undefined;
  return dispatch(
    OFFSCREEN_MESSAGES,
    { readPage: ({ html, address, movedFrom }) => readWithDomParser(html, address, movedFrom) },
    message,
    fromSender(sender, BACKGROUND),
  );
});
