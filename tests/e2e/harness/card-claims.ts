/**
 * The claims of an entity's card on a news page, opened as a reader does it: the popup, aimed at
 * the page's tab, lists the page's mentions; a click on the entity opens its card in the page. Each
 * claim is read with its quote and the subscription it came "via", through the devtools protocol
 * (the card lives in a closed shadow root).
 */
import type { Page } from 'playwright-core';
import { waitForPopoverReady } from './card';
import type { ChromiumHarness } from './chromium';
import { inRoot, type ShownText } from './closed-root';
import type { ChromiumDriver } from './pages';

export interface CardClaim {
  quote: string;
  via: string;
}

/** The id of the tab that is active now (a page just opened is). */
export function activeTabId(harness: ChromiumHarness): Promise<number> {
  type Tabs = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
  return harness.context
    .serviceWorkers()[0]
    .evaluate(() => (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({ active: true, currentWindow: true }).then((t) => t[0].id!));
}

/** Opens `entityId`'s card on the page in tab `tabId` (loaded, its mentions painted) from the popup, and reads its claims. */
export async function cardClaims(
  harness: ChromiumHarness,
  news: { page: Page; d: ChromiumDriver; tabId: number },
  entityId: string,
): Promise<CardClaim[]> {
  const popup = await harness.context.newPage();
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${news.tabId}`);
  await popup.locator(`[data-entity="${entityId}"]`).first().click();
  await waitForPopoverReady(news.d);
  await popup.close();
  const claims = await inRoot(news.page, 'parallax-popover').evaluate(function (this: ShadowRoot, _: null, shown: ShownText) {
    const text = (e: Element | null) => (e ? shown(e).trim() : '');
    return [...this.querySelectorAll('.px-claim')].map((c) => ({
      quote: text(c.querySelector('.px-quote')),
      via: text(c.querySelector('.px-via')),
    }));
  }, null);
  return claims ?? [];
}
