/**
 * Saving a selection in Firefox with a coarse clock, as a reader who rounds timers does
 * (privacy.resistFingerprinting rounds performance.now() to 100 ms; set here through the pref that
 * does only that). The selection is noted at each press and release, and saving asks for the latest
 * note: with times as the order, a triple click's last press and release share one value, and the
 * press's note (taken before the click made its selection) won, so saving said the selection had
 * changed. Each save here must open the note, and every passage must be in the collection.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from './harness/firefox';
import { storedHighlights, watchNoteTakesKeys } from './harness/firefox-saving';
import { puppeteerDriver, serveTestSite, waitForMentions, type PageDriver, type TestSite } from './harness/pages';

let site: TestSite;
let harness: FirefoxHarness;
let page: Page;
let d: PageDriver;

const stored = () => storedHighlights(harness);

beforeAll(async () => {
  site = await serveTestSite();
  try {
    harness = await launchFirefox({
      prefs: { 'privacy.reduceTimerPrecision': true, 'privacy.resistFingerprinting.reduceTimerPrecision.microseconds': 100_000 },
    });
  } catch (e) {
    await site.close();
    throw e;
  }
  page = await harness.browser.newPage();
  await page.goto(site.fixture('harbour-herald-il76.html'), { waitUntil: 'load' });
  d = puppeteerDriver(page);
  await waitForMentions(d, 1, 15_000);
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

describe('Firefox with a coarse clock: a triple click then Alt+Shift+S saves what was selected', () => {
  it('five paragraphs in a row, each saved and its note opened', async () => {
    const paragraphs = [2, 3, 4, 5, 6];
    for (const n of paragraphs) {
      const selector = `article p:nth-of-type(${n})`;
      // The note frame takes the focus: the passage was saved (no error shown instead).
      await page.click(selector, { count: 3 });
      const noteHasKeys = await watchNoteTakesKeys(page, d);
      await d.press('KeyS', ['Alt', 'Shift']);
      await noteHasKeys();
      await page.keyboard.press('Escape');
      await d.waitFor(() => document.activeElement?.localName !== 'parallax-save', null, 5_000);
    }
    const texts = await page.evaluate((ns) => ns.map((n) => document.querySelector(`article p:nth-of-type(${n})`)!.textContent!.trim()), paragraphs);
    const quotes = (await stored()).map((h) => h.quote.exact.trim());
    for (const t of texts) expect(quotes).toContain(t);
  });
});
