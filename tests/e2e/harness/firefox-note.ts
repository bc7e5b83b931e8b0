/**
 * When the save panel's note frame has the keyboard, in Firefox, where no test reaches into the
 * closed root: the page's window is blurred when the focus goes into a frame of its own, and not
 * before. (Typing after a fixed wait typed into the page on a busy machine.)
 */
import type { Page } from 'puppeteer-core';
import type { PageDriver } from './pages';

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
