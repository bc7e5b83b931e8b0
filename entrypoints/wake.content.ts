/**
 * Runs as a page starts loading and only wakes the background: Chrome stops an idle service worker,
 * and one woken when the page's text is ready to spot keeps the reader waiting for its start (tens of
 * ms, more on a slow machine). Woken now, it starts while the page loads. It reads nothing of the page
 * and sends nothing of it.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { toWorker } from '../lib/extension/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  main() {
    void toWorker('wake', {});
  },
});
