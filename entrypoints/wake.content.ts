/**
 * Runs as a page starts loading: wakes the background (Chrome stops an idle service worker, and one
 * woken when the page's text is ready to spot keeps the reader waiting for its start: tens of ms,
 * more on a slow machine; woken now, it starts while the page loads), and starts noting the
 * selection at each of the reader's releases before the page's own scripts can listen
 * (lib/content/selection-at-release.ts), and hearing the keys and clicks that close a card before the page
 * can stop them (lib/content/first-hearing.ts). It sends nothing of the page.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { hearFirst } from '../lib/content/first-hearing';
import { noteSelectionAtRelease } from '../lib/content/selection-at-release';
import { toWorker } from '../lib/extension/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  main() {
    noteSelectionAtRelease();
    // Escape and a click elsewhere close a card however the page's own listeners treat them.
    hearFirst(['keydown', 'click']);
    void toWorker('wake', {});
  },
});
