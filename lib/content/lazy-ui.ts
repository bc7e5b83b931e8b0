/**
 * The card's and the save panel's code, loaded into the content script's world only when first
 * needed (in an idle period after the page's first scan, or when a card is wanted): the content
 * script every page compiles at its start is then half the size (a fresh renderer compiled all of it
 * in 8–34 ms before the page's first frame).
 *
 * The UI is built as a script of its own (entrypoints/card-ui.ts, web-accessible under a dynamic URL
 * in Chrome) and imported from the content script, so it runs in the same isolated world: it hands
 * its factories over on that world's global, which the page's scripts never see.
 */
import { browser } from 'wxt/browser';

const KEY = Symbol.for('parallax.ui');
type Holder = { [KEY]?: unknown };

/** Called by the UI's own script when it runs: hands over what it makes. */
export function provideUi(module: unknown): void {
  (globalThis as Holder)[KEY] = module;
}

/** Imports the UI's script (once per page) and resolves to what it handed over. */
export async function loadUi<T>(path: `/${string}.js`): Promise<T> {
  const holder = globalThis as Holder;
  if (holder[KEY] === undefined) await import(/* @vite-ignore */ browser.runtime.getURL(path as '/'));
  if (holder[KEY] === undefined) throw new Error(`${path} loaded but handed nothing over`);
  return holder[KEY] as T;
}
