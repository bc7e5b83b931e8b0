/**
 * The content script in the built Firefox extension (.output/firefox-mv2) in Debian's firefox-esr, on
 * pages served from 127.0.0.1 (the Herald's at harbourherald.localhost, so that its outlet is the
 * Herald: a page's outlet comes from its address). The card's shadow root is out of a test's reach
 * in Firefox (closed), so the card is tested through what it does: its host shows over the page and takes focus when
 * Alt+Shift+M opens it, Tab moves through its controls, Escape closes it; "Add this article", reached
 * with Tab and pressed with Enter, puts the article in My corpus; the card's Save, pressed with the
 * keyboard, puts the passage and the claims the card showed in the collection, where the outlets
 * (the added one among them; AFP too, since a copy at 127.0.0.1 is not AFP's page) can be read.
 * And nothing logs an error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { activeMention, focusedTag, hostArea, hostParent, tabToLastControl, waitForGone, waitForShown } from './harness/card-outside';
import { launchFirefox, type FirefoxHarness } from './harness/firefox';
import { mentionTexts, puppeteerDriver, serveTestSite, waitForMentions, type PageDriver, type TestSite } from './harness/pages';

/** Its first mention is the Il-76, which every other outlet covers. */
const ARTICLE = 'afp-2024-01-24-russia-says-plane-crashes';
const HERALD_TITLE = 'Il-76 crash: what we can and cannot confirm';
/** The Herald's page at its own host name (*.localhost is 127.0.0.1): a page's outlet comes from its address. */
const heraldUrl = () => site.fixture('harbour-herald-il76.html').replace('//127.0.0.1:', '//harbourherald.localhost:');

let harness: FirefoxHarness;
let site: TestSite;
let page: Page;
let d: PageDriver;
const pageErrors: string[] = [];

beforeAll(async () => {
  site = await serveTestSite();
  try {
    harness = await launchFirefox();
  } catch (e) {
    await site.close();
    throw e;
  }
  page = await harness.browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => pageErrors.push(`uncaught: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
  await page.goto(site.seed(ARTICLE), { waitUntil: 'load' });
  d = puppeteerDriver(page);
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

/** Loads `url` afresh (Alt+Shift+M starts again at the first mention) and waits for `min` mentions. */
async function visit(url: string, min: number): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await waitForMentions(d, min, 15_000);
}

/** Opens the card on the page's first mention with Alt+Shift+M, and waits for it to settle. */
async function openFirst(): Promise<void> {
  await d.press('KeyM', ['Alt', 'Shift']);
  await waitForShown(d, 'parallax-popover');
}

/**
 * Polls `holds` in an extension page until it is true. Not puppeteer's waitForFunction: it builds a
 * Function in the page, which the extension pages' CSP refuses in Firefox 140 (ESR).
 */
async function until(page: Page, holds: () => boolean, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(holds))) {
    if (Date.now() > end) throw new Error(`not so after ${timeout} ms: ${holds}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The articles My corpus lists (its plain-DOM page), once it has loaded them. */
async function myCorpusArticles(): Promise<string[]> {
  const corpus = await harness.openExtensionPage('corpus.html');
  try {
    // The "Your articles" section, once loaded (other sections, such as Subscriptions, have their own empty notes).
    await until(corpus, () => document.querySelector('[aria-labelledby$="-articles"] :is(li[data-article], .mc-empty)') !== null);
    return await corpus.evaluate(() => [...document.querySelectorAll('li[data-article]')].map((e) => e.textContent?.trim() ?? ''));
  } finally {
    await corpus.close();
  }
}

describe('Firefox: content script on a seed page', () => {
  it('paints the mentions', async () => {
    const count = await waitForMentions(d, 11, 15_000);
    expect(count).toBeGreaterThan(10);
    const texts = await mentionTexts(d);
    expect(texts[0]).toMatch(/Il-76/i);
  });

  it('Alt+Shift+M opens the card at the first mention, with focus in it; Tab stays in it; Escape closes it', async () => {
    const texts = await mentionTexts(d);
    expect(await hostArea(d, 'parallax-popover'), 'no card before Alt+Shift+M').toBeNull();
    await openFirst();
    const area = (await hostArea(d, 'parallax-popover'))!;
    expect(area.right - area.left, 'card width').toBeGreaterThan(100);
    expect(area.bottom - area.top, 'card height').toBeGreaterThan(100);
    expect(await hostParent(d, 'parallax-popover')).toBe('html');
    expect(await activeMention(d)).toBe(texts[0]);
    expect(await focusedTag(d), 'keyboard moves focus into the card').toBe('parallax-popover');
    await d.press('Tab');
    expect(await focusedTag(d), 'Tab goes to a control of the card').toBe('parallax-popover');
    // However often: Tab goes round the card's controls (a page counting the presses until focus came out would learn what the card holds).
    for (let i = 0; i < 40; i++) await d.press('Tab');
    expect(await focusedTag(d), 'focus after 40 more Tabs').toBe('parallax-popover');

    await d.press('Escape');
    await waitForGone(d, 'parallax-popover');
    expect(await activeMention(d)).toBeNull();
    expect(await d.evaluate(() => document.activeElement === document.body, null)).toBe(true);
  });

  it('paints names drawn inside open shadow roots: Firefox draws no ::highlight() of the document there, so each root read gets the rules', async () => {
    await visit(site.fixture('shadow-article.html'), 4);
    expect(await mentionTexts(d)).toEqual(['Vyacheslav Gladkov', 'Sergei Lavrov', 'Dmitry Peskov', 'John Kirby']);
    const rules = await page.evaluate(() =>
      ['story', null].map((id) => {
        const host = id ? document.getElementById(id) : document.querySelector('news-card');
        return [...(host?.shadowRoot?.querySelectorAll('style') ?? [])].some((s) => s.textContent?.includes('::highlight(parallax-mention)'));
      }),
    );
    expect(rules).toEqual([true, true]);
  });

  it('adds an article from the card with the keyboard (Tab to “Add this article”, Enter): it shows in My corpus', async () => {
    expect(await myCorpusArticles()).toEqual([]);
    const openHeraldCard = async () => {
      await visit(heraldUrl(), 3);
      await openFirst();
    };
    await openHeraldCard();
    await tabToLastControl(d);
    expect(await focusedTag(d)).toBe('parallax-popover');
    await d.press('Enter');
    await expect
      .poll(myCorpusArticles, { timeout: 20_000, interval: 500 })
      .toEqual([expect.stringMatching(new RegExp(`^${HERALD_TITLE}Harbour Herald.*5 claims`))]);
    await d.press('Escape');
    await waitForGone(d, 'parallax-popover');
  });

  it('saves the Il-76 card with the keyboard: the collection shows the claims it showed, from the outlets and the added one (a copy at 127.0.0.1 is no outlet’s page)', async () => {
    await visit(site.seed(ARTICLE), 11);
    await openFirst();
    // The header's controls in reading order: "Open the full comparison" (under the title), then Save.
    await d.press('Tab');
    await d.press('Tab');
    await d.press('Enter');
    await waitForShown(d, 'parallax-save');
    await waitForGone(d, 'parallax-popover');
    expect(await focusedTag(d), 'the save panel has the focus').toBe('parallax-save');
    await d.press('Escape');
    await waitForGone(d, 'parallax-save');

    const ext = await harness.openExtensionPage('collection.html');
    try {
      await until(ext, () => document.querySelectorAll('article.hl').length > 0);
      const saved = await ext.evaluate(() =>
        [...document.querySelectorAll('article.hl')].map((a) => ({
          quote: a.querySelector('.hl-quote')?.textContent ?? '',
          outlet: a.querySelector('.hl-outlet')?.textContent ?? '',
          evidenceOutlets: [...a.querySelectorAll('.hl-claim-outlet strong')].map((s) => s.textContent ?? ''),
        })),
      );
      expect(saved).toHaveLength(1);
      expect(saved[0].quote).toMatch(/Il-76/i);
      // AFP's seed page is a copy at 127.0.0.1, not AFP's page: it has no outlet, and AFP is evidence like any other.
      expect(saved[0].outlet).toBe('');
      const outlets = [...new Set(saved[0].evidenceOutlets)];
      expect(outlets.length, `outlets in the evidence: ${outlets}`).toBeGreaterThanOrEqual(2);
      expect(outlets).toContain('Harbour Herald');
      expect(outlets).toContain('Agence France-Presse');
    } finally {
      await ext.close();
    }
  });

  it('logs no errors', async () => {
    const issues = [...(await harness.consoleErrors()).map((i) => `${i.source}: ${i.text}`), ...pageErrors];
    expect(issues).toEqual([]);
  });
});
