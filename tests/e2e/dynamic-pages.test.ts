/**
 * Pages that change after load, in the built Chromium extension: text a page shows or hides by an
 * attribute alone (`hidden` removed by "Continue reading", an app root kept aria-hidden behind a
 * cookie dialog), and parts of an article that arrive later, read with what the article named
 * before them (a surname alone, a short name), while the next story of an endless page is not.
 * Every change is made by the page's own script in answer to the reader's click.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openByKeyboard, waitForPopoverClosed } from './harness/card';
import type { ChromiumHarness } from './harness/chromium';
import {
  MENTION,
  launchOnSite,
  mentionTexts,
  playwrightDriver,
  waitForMentions,
  type ChromiumDriver,
  type PageDriver,
  type TestSite,
} from './harness/pages';

let harness: ChromiumHarness;
let site: TestSite;
let requested: string[] = [];
const pageErrors: string[] = [];
const pages: Page[] = [];

beforeAll(async () => {
  ({ site, harness, requested } = await launchOnSite());
});

afterEach(async () => {
  for (const p of pages) if (!p.isClosed()) await p.close();
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

async function open(name: string): Promise<ChromiumDriver> {
  const page = await harness.context.newPage();
  pages.push(page);
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`${page.url()}: console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: uncaught: ${e.stack ?? e.message}`));
  await page.goto(site.fixture(name), { waitUntil: 'load' });
  return playwrightDriver(page);
}

/** Waits until the painted mentions are exactly `texts` (in document order). */
function untilMentions(d: PageDriver, texts: string[], timeoutMs = 5_000): Promise<void> {
  return d.waitFor(
    ({ name, want }) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString()).join('|') === want,
    { name: MENTION, want: texts.join('|') },
    timeoutMs,
  );
}

/** The title of the card Alt+Shift+M opens on the first painted mention whose text is `text`, stepping from where the reader is. */
async function cardOf(d: ChromiumDriver, text: string): Promise<string | null> {
  const texts = await mentionTexts(d);
  expect(texts, `"${text}" is painted`).toContain(text);
  for (let i = 0; i < texts.length; i++) {
    const view = await openByKeyboard(d);
    await d.press('Escape');
    await waitForPopoverClosed(d);
    if (view.active === text) return view.title;
  }
  throw new Error(`Alt+Shift+M never reached "${text}"`);
}

describe('text shown or hidden by an attribute', () => {
  it('revealed.html: the app kept aria-hidden behind a cookie dialog is read; the rest of the story is read when "Continue reading" shows it, and dropped when hidden again', async () => {
    const d = await open('revealed.html');
    // aria-hidden hides from assistive technology, not from the eyes: the visible article is spotted at once.
    await waitForMentions(d, 1);
    expect(await mentionTexts(d)).toEqual(['Vyacheslav Gladkov']);

    await d.page.click('#accept');
    await d.page.click('#more');
    expect(await d.page.isVisible('#p-rest'), 'the page showed the rest').toBe(true);
    await untilMentions(d, ['Vyacheslav Gladkov', 'Sergei Lavrov']);
    expect(await cardOf(d, 'Sergei Lavrov')).toBe('Sergei Lavrov');

    await d.page.click('#less');
    expect(await d.page.isVisible('#p-rest'), 'the page hid the rest').toBe(false);
    await untilMentions(d, ['Vyacheslav Gladkov']);
    // Shown again: read again (its text was not read while hidden, nor kept).
    await d.page.click('#more');
    await untilMentions(d, ['Vyacheslav Gladkov', 'Sergei Lavrov']);
  });
});

describe('parts of a page that arrive later', () => {
  it('lazy-context.html: paragraphs added to the article are read with what it named before them; the next story is not', async () => {
    const d = await open('lazy-context.html');
    await waitForMentions(d, 3);
    const first = ['Yevheniia Kravchuk', 'UN Security Council', 'planned prisoner exchange'];
    expect(await mentionTexts(d)).toEqual(first);

    await d.page.click('#load');
    // As the same article read whole links them (tests/unit/content/worker-scan.test.ts).
    await untilMentions(d, [...first, 'Kravchuk', 'Security Council', 'prisoner swap']);
    expect(await cardOf(d, 'Kravchuk')).toBe('Yevheniia Kravchuk');
    expect(await cardOf(d, 'Security Council')).toBe('UN Security Council');

    // Another story, appended below the article, has named no one: its bare "Kravchuk" is not linked.
    await d.page.click('#next');
    await d.page.waitForSelector('#story-2');
    const added = await d.evaluate(() => document.getElementById('story-2')?.textContent ?? '', null);
    expect(added).toContain('Kravchuk was not among');
    // A change the spotter reads after the story was added, in the article: both have been read once it is painted.
    await d.page.click('#load');
    await untilMentions(d, [...first, 'Kravchuk', 'Security Council', 'prisoner swap', 'Kravchuk', 'Security Council', 'prisoner swap']);
  });
});

describe('hygiene', () => {
  it('no console errors or uncaught exceptions, and no request beyond the test server', async () => {
    expect([...(await harness.consoleErrors()).map((i) => `${i.source}: ${i.text}`), ...pageErrors]).toEqual([]);
    expect(requested.filter((u) => /^https?:/i.test(u) && new URL(u).origin !== site.origin)).toEqual([]);
  });
});
