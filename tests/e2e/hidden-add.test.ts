/** Tenth attack suite: "Add this article" adds what the page shows, not words it hides from the reader. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ChromiumHarness } from './harness/chromium';
import { launchOnSite, playwrightDriver, waitForMentions, type TestSite } from './harness/pages';
import { askWorker } from './harness/ask';
import { activeTabId } from './harness/card-claims';

let site: TestSite;
let harness: ChromiumHarness;
let news: Page;
let tabId: number;

beforeAll(async () => {
  ({ site, harness } = await launchOnSite());
  news = await harness.context.newPage();
  await news.goto(site.fixture('hidden-add.html').replace('//127.0.0.1:', '//mallory.localhost:'));
  await waitForMentions(playwrightDriver(news), 2);
  tabId = await activeTabId(harness);
});
afterAll(async () => {
  await harness?.close();
  await site?.close();
});

describe('adding a page that hides words', () => {
  it('stores the paragraphs shown (one laid out as its children, one still fading in, one in a hidden section, one placed out of a box of no height, all in a fixed shell), none of those hidden, nor what the reader is typing in an editable box', async () => {
    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Add this article' }).click();
    await expect.poll(() => popup.getByTestId('add-status').textContent(), { timeout: 20_000 }).toMatch(/^Added/);
    const mine = await askWorker<{ articles?: { title: string; claims?: { quote: string }[] }[] }>(popup, 'myArticles');
    const quotes = JSON.stringify(mine);
    expect(quotes).toContain('Dmitry Peskov repeated on Friday');
    expect(quotes).toContain('Residents told local reporters');
    expect(quotes).toContain('could not confirm who was on board');
    expect(quotes).toContain('keep the airspace over Belgorod safe');
    expect(quotes).toContain('an international inquiry into the crash');
    // A read-along player's words, each in a box of its own with no space between them in the source, stored apart.
    expect(quotes).toContain('Ukrainian officials said the Il-76 wreckage was still being examined.');
    // A soft hyphen is drawn as nothing, and stored so.
    expect(quotes).toContain('Aviation lawyer Olena Peschanska said');
    // A word set in two boxes with nothing between them is one word.
    expect(quotes).toContain('The Kremlin denied that Kyiv had been warned');
    expect(quotes).toContain('Kyiv rejected the Il-76 claims outright');
    expect(quotes).not.toContain('Patriot missile');
    expect(quotes).not.toContain('moved to Belgorod');
    expect(quotes).not.toContain('staged by the West');
    expect(quotes).not.toContain('ordered the Il-76');
    expect(quotes).not.toContain('passengers by name');
    await popup.close();
  });
});
