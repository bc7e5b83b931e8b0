/**
 * Saving in Firefox, where no test reaches into the closed root: when the save panel's note frame has
 * the keyboard (the page's window is blurred when the focus goes into a frame of its own, and not
 * before; typing after a fixed wait typed into the page on a busy machine), and the collection as the
 * background stores it, asked from an extension page.
 */
import type { Page } from 'puppeteer-core';
import type { Highlight } from '../../../lib/core/highlights/types';
import type { FirefoxHarness } from './firefox';
import type { PageDriver } from './pages';

/** The whole collection as the background stores it. */
export async function storedHighlights(harness: FirefoxHarness): Promise<Highlight[]> {
  const ext = await harness.openExtensionPage('collection.html');
  try {
    return await ext.evaluate(async () => {
      const api = (
        globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } } }
      ).browser;
      const r = await api.runtime.sendMessage({ type: 'highlights', data: {} });
      if (!r.ok) throw new Error(`highlights: ${r.error}`);
      return r.value as Highlight[];
    });
  } finally {
    await ext.close();
  }
}

type Watched = Window & { parallaxTestNoteFocus?: boolean };

/** Starts watching (call before what moves the focus); the function returned waits for the note to take it. */
export async function watchNoteTakesKeys(page: Page, d: PageDriver): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const w = window as Watched;
    w.parallaxTestNoteFocus = false;
    window.addEventListener(
      'blur',
      (e) => {
        if (e.target === window) w.parallaxTestNoteFocus = true;
      },
      true,
    );
  });
  return async () => {
    await d.waitFor(() => (window as Watched).parallaxTestNoteFocus === true, null, 15_000);
  };
}
