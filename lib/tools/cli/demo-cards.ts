/**
 * The card, driven as a reader drives it, for `npm start`'s headless tour: Alt+Shift+M through a
 * page's mentions to find the one whose card has the most claims from other outlets, opening it
 * again for the screenshot, and scrolling a card to one outlet's claims. The card is read through
 * the devtools protocol (./closed-root.ts): its shadow root is closed to page script.
 */
import type { Page } from 'playwright-core';
import { inRoot } from './closed-root';

const card = (page: Page) => inRoot(page, 'parallax-popover');

/** Waits until the open card is complete: all its claims rendered (not busy), an empty note or an error. */
export async function cardReady(page: Page, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await card(page).evaluate(function (this: ShadowRoot) {
      const el = this.querySelector('.px-popover');
      return !!el && !el.querySelector('.px-loading, [aria-busy="true"]') && !!el.querySelector('.px-outlet, .px-empty, .px-error');
    }, null);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`The card did not finish loading within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The painted mentions' texts, in document order (the order Alt+Shift+M steps through). */
export function mentionTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get('parallax-mention') ?? [])].map((r) => (r as Range).toString()));
}

/**
 * Steps through the page's mentions with Alt+Shift+M, reading each card once per mention text, and
 * returns the index of the one with the most claims (the first, on a tie) and that count.
 */
export async function richestMention(page: Page): Promise<{ index: number; claims: number }> {
  const texts = await mentionTexts(page);
  const seen = new Set<string>();
  let best = { index: 0, claims: -1 };
  for (let i = 0; i < texts.length; i++) {
    await page.keyboard.press('Alt+Shift+M');
    if (seen.has(texts[i])) continue;
    seen.add(texts[i]);
    await cardReady(page);
    const claims = await card(page).count('.px-claim');
    if (claims > best.claims) best = { index: i, claims };
  }
  await page.keyboard.press('Escape');
  return best;
}

/** Reloads the page and opens the card of its `index`th mention with Alt+Shift+M. */
export async function openMention(page: Page, index: number): Promise<void> {
  await page.reload();
  await page.waitForFunction((n) => (CSS.highlights.get('parallax-mention')?.size ?? 0) > n, index, { timeout: 15_000 });
  for (let i = 0; i <= index; i++) await page.keyboard.press('Alt+Shift+M');
  await cardReady(page);
}

/** Scrolls the open card's body so that the first element matching `selector` is at its top. */
export async function scrollCardTo(page: Page, selector: string): Promise<boolean> {
  const scrolled = await card(page).evaluate(function (this: ShadowRoot, selector: string) {
    const target = this.querySelector(selector);
    if (!target) return false;
    let box = target.parentElement;
    while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
    if (box) box.scrollTop += target.getBoundingClientRect().top - box.getBoundingClientRect().top;
    return true;
  }, selector);
  return !!scrolled;
}
