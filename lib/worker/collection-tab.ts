/** The collection opened from the background at one highlight, its note being edited (collection.html?edit=…). */
import { browser } from 'wxt/browser';
import { ok } from '../core/result';

export async function openCollectionAt(highlightId: string) {
  await browser.tabs.create({ url: `${browser.runtime.getURL('/collection.html')}?edit=${encodeURIComponent(highlightId)}` });
  return ok(null);
}
