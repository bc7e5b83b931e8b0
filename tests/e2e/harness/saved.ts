/**
 * Saved highlights, for the Chromium suites: saving a paragraph as a reader does (a triple click,
 * Alt+Shift+S, the panel read through the devtools protocol, Escape), what the page paints as saved
 * (the `parallax-saved` Custom Highlight, which any page script can read), and the collection as
 * the background stores it (asked from an extension page).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Highlight } from '../../../lib/core/highlights/types';
import { askWorker } from './ask';
import { inRoot, type ShownText } from './closed-root';
import type { ChromiumDriver, PageDriver } from './pages';

/** The highlight name saved passages are painted under (lib/content/paint.ts). */
export const SAVED = 'parallax-saved';

/** The whole collection as the background stores it, asked from an extension page (`extensionPage`). */
export const storedHighlights = (extensionPage: Page): Promise<Highlight[]> => askWorker<Highlight[]>(extensionPage, 'highlights');

/** The ranges painted as saved: their text and the id of the paragraph each starts in (null: none painted). */
export function savedPaint(d: PageDriver): Promise<{ text: string; paragraph: string | null }[] | null> {
  return d.evaluate((name) => {
    const h = CSS.highlights.get(name);
    if (!h) return null;
    return [...h].map((r) => ({ text: r.toString(), paragraph: (r as Range).startContainer.parentElement?.closest('p')?.id ?? null }));
  }, SAVED);
}

/** The title the save panel shows ('' when it is not open). */
async function panelTitle(d: ChromiumDriver): Promise<string> {
  const title = await inRoot(d.page, 'parallax-save').evaluate(function (this: ShadowRoot, _: null, shown: ShownText) {
    const el = this.querySelector('.px-save .px-title');
    return el ? shown(el) : '';
  }, null);
  return title ?? '';
}

/** Saves the paragraph `selector` as a reader does: selects it with a triple click, presses Alt+Shift+S, closes the panel. */
export async function saveParagraph(d: ChromiumDriver, selector: string): Promise<void> {
  await d.page.click(selector, { clickCount: 3 });
  await d.press('KeyS', ['Alt', 'Shift']);
  await expect.poll(() => panelTitle(d), { timeout: 5_000, interval: 50 }).toBe('Saved to your collection');
  await d.press('Escape');
  await expect.poll(() => panelTitle(d), { timeout: 2_000, interval: 50 }).toBe('');
}
