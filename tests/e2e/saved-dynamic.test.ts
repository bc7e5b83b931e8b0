/**
 * Saved highlights on pages that change after load, in the built Chromium extension: a single-page
 * site moving between its articles by pushState (the saved passages of the address it moves to are
 * painted, those of the one it left are not, and a passage saved after the move is kept under the
 * new address); a page that renders its article anew under a saved passage (hydration) and one
 * whose passage comes after the page settled (a lazy article body): painted again, and reported as
 * it changes. Every passage is saved and every change set off by the reader's own input.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumHarness } from './harness/chromium';
import { launchOnSite, playwrightDriver, waitForMentions, type ChromiumDriver, type TestSite } from './harness/pages';
import { SAVED, saveParagraph, savedPaint, storedHighlights } from './harness/saved';

let site: TestSite;
let harness: ChromiumHarness;
/** An extension page, to ask the background what the collection holds. */
let collection: Page;
let requested: string[] = [];

beforeAll(async () => {
  ({ site, harness, requested } = await launchOnSite());
  collection = await harness.openExtensionPage('collection.html');
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

async function open(url: string): Promise<ChromiumDriver> {
  const page = await harness.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return playwrightDriver(page);
}

/** Waits until the saved paint is exactly `want` (in any order; [] also when nothing is registered). */
async function untilSavedPaint(d: ChromiumDriver, want: { text: string; paragraph: string }[], timeoutMs = 5_000): Promise<void> {
  const sorted = (list: { text: string; paragraph: string | null }[]) =>
    [...list].sort((a, b) => (a.paragraph ?? '').localeCompare(b.paragraph ?? ''));
  await expect.poll(async () => sorted((await savedPaint(d)) ?? []), { timeout: timeoutMs, interval: 100 }).toEqual(sorted(want));
}

describe('a single-page site', () => {
  const story = (n: number) => site.fixture(`spa-stories.html?story=${n}`);
  const KIRBY_ASKED = 'Kirby said the administration had asked for the flight records and was still waiting for an answer.';
  const NO_DATE = 'He would not say when the next briefing on the matter would be held.';

  it('spa-stories.html: moving to an article by pushState paints its saved passages; a passage saved there is kept under its address; moving away unpaints them', async () => {
    // Saved on story two, opened at its own address.
    const first = await open(story(2));
    await waitForMentions(first, 2);
    await saveParagraph(first, '#s2-p2');
    await untilSavedPaint(first, [{ text: KIRBY_ASKED, paragraph: 's2-p2' }]);
    await first.page.close();

    // Another visit starts at story one, and the reader follows the link to story two.
    const d = await open(story(1));
    await waitForMentions(d, 1);
    expect(await savedPaint(d), 'story one has no saved passage').toBeNull();
    await d.page.click('#to-2');
    expect(d.page.url()).toBe(story(2));
    await untilSavedPaint(d, [{ text: KIRBY_ASKED, paragraph: 's2-p2' }]);

    // Saved after the move: kept under the address the reader sees, and painted beside the other.
    await saveParagraph(d, '#s2-p3');
    await untilSavedPaint(d, [
      { text: KIRBY_ASKED, paragraph: 's2-p2' },
      { text: NO_DATE, paragraph: 's2-p3' },
    ]);
    const stored = await storedHighlights(collection);
    expect(stored.map((h) => [h.url, h.quote.exact]).sort()).toEqual(
      [
        [story(2), KIRBY_ASKED],
        [story(2), NO_DATE],
      ].sort(),
    );
    expect(stored.map((h) => h.anchor.status)).toEqual(['anchored', 'anchored']);

    // Back to story one: its page has no saved passage, and the other address's are gone from it.
    await d.page.click('#to-1');
    expect(d.page.url()).toBe(story(1));
    await d.waitFor((name) => (CSS.highlights.get(name)?.size ?? 0) === 0, SAVED);
    await d.waitFor(() => document.getElementById('s1-p1') !== null, null);
    // And forward again by the browser's own Back/Forward (popstate): painted again.
    await d.page.goBack();
    expect(d.page.url()).toBe(story(2));
    await untilSavedPaint(d, [
      { text: KIRBY_ASKED, paragraph: 's2-p2' },
      { text: NO_DATE, paragraph: 's2-p3' },
    ]);
  });
});

describe('a page that changes under its saved passages', () => {
  const url = (variant = '') => site.fixture('rerendered.html') + (variant ? `#${variant}` : '');
  const QUOTE =
    'Dmitry Peskov told reporters that the Kremlin expected the findings within a month, and that no date had been set for their release.';
  let id = '';
  const status = async () => (await storedHighlights(collection)).find((h) => h.id === id)?.anchor;

  it('rerendered.html: a passage saved on the page is painted again after the page renders its article anew', async () => {
    const first = await open(url());
    await waitForMentions(first, 3);
    await saveParagraph(first, '#p-saved');
    await untilSavedPaint(first, [{ text: QUOTE, paragraph: 'p-saved' }]);
    id = (await storedHighlights(collection)).find((h) => h.quote.exact === QUOTE)!.id;
    await first.page.close();

    // Revisited: painted, and reported anchored once the page had its time.
    const d = await open(url());
    await untilSavedPaint(d, [{ text: QUOTE, paragraph: 'p-saved' }]);
    // The reader makes the text larger: the page replaces every node of the article with a copy.
    await d.page.click('#larger');
    expect(await d.evaluate(() => document.getElementById('story')!.classList.contains('large'), null)).toBe(true);
    await untilSavedPaint(d, [{ text: QUOTE, paragraph: 'p-saved' }]);
    expect(
      await d.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].every((r) => (r as Range).startContainer.isConnected), SAVED),
      'painted on the nodes the page shows now',
    ).toBe(true);
    // And again, back to the usual size.
    await d.page.click('#larger');
    await untilSavedPaint(d, [{ text: QUOTE, paragraph: 'p-saved' }]);
    expect((await status())?.status).toBe('anchored');
    await d.page.close();
  });

  it('rerendered.html#lazy: a passage whose paragraph is added after the page settled is painted when it comes, and reported anchored', async () => {
    const d = await open(url('lazy'));
    await waitForMentions(d, 1);
    // Not there at load, nor during the retries a late page gets: an orphan, for now.
    await expect.poll(async () => (await status())?.status, { timeout: 12_000, interval: 250 }).toBe('orphan');
    expect((await savedPaint(d)) ?? []).toEqual([]);
    await d.page.click('#more');
    await untilSavedPaint(d, [{ text: QUOTE, paragraph: 'p-saved' }]);
    await expect.poll(async () => (await status())?.status, { timeout: 5_000, interval: 100 }).toBe('anchored');
    await d.page.close();
  });
});

describe('hygiene', () => {
  it('logged no console errors and requested nothing beyond the test server', async () => {
    expect(await harness.consoleErrors()).toEqual([]);
    const allowed = [site.origin, 'chrome-extension://', 'data:'];
    expect(requested.filter((u) => !allowed.some((a) => u.startsWith(a)))).toEqual([]);
  });
});
