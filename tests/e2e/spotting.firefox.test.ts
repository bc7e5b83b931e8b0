/**
 * Smoke test of the content script in the built Firefox extension (.output/firefox-mv2) in Debian's
 * firefox-esr: on one seed page served from 127.0.0.1 the mentions are painted (CSS Custom Highlight
 * API), Alt+Shift+M opens the popover with other outlets' claims (read through the open shadow root
 * of <parallax-popover>), Escape closes it; an article added from the card joins the comparison;
 * and nothing logs an error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxHarness } from './harness/firefox';
import {
  distinct,
  mentionTexts,
  openByKeyboard,
  puppeteerDriver,
  serveTestSite,
  waitForMentions,
  waitForPopoverClosed,
  type PageDriver,
  type TestSite,
} from './harness/pages';

/** Its first mention is the Il-76, which every other outlet covers. */
const ARTICLE = 'afp-2024-01-24-russia-says-plane-crashes';

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

describe('Firefox: content script on a seed page', () => {
  it('paints the mentions', async () => {
    const count = await waitForMentions(d, 11, 15_000);
    expect(count).toBeGreaterThan(10);
    const texts = await mentionTexts(d);
    expect(texts[0]).toMatch(/Il-76/i);
  });

  it('Alt+Shift+M opens the popover with the outlets (a copy is not AFP’s own page); Escape closes it', async () => {
    const view = await openByKeyboard(d);
    expect(view.visible).toBe(true);
    expect(view.hostParent).toBe('HTML');
    expect(view.title).toMatch(/Il-76/);
    expect(view.outlets.length).toBeGreaterThanOrEqual(2);
    expect(distinct(view.outlets).length, `outlets shown: ${distinct(view.outlets)}`).toBeGreaterThanOrEqual(2);
    expect(view.outlets, 'a copy at 127.0.0.1 is not AFP\'s page').toContain('afp');
    expect(view.focusInside).toBe(true);

    await d.press('Escape');
    const closed = await waitForPopoverClosed(d);
    expect(closed.open).toBe(false);
    expect(closed.active).toBeNull();
    expect(await d.evaluate(() => document.activeElement === document.body, null)).toBe(true);
  });

  it('adds an article from the card (read in the background), and its claim joins the seed page’s card', async () => {
    await page.goto(site.fixture('harbour-herald-il76.html'), { waitUntil: 'load' });
    await waitForMentions(d, 3, 15_000);
    await openByKeyboard(d);
    await d.evaluate(() => document.querySelector('parallax-popover')!.shadowRoot!.querySelector<HTMLButtonElement>('.px-add')!.click(), null);
    await d.waitFor(() => /^Added “Il-76 crash: what we can and cannot confirm” \(Harbour Herald\): 5 claims/.test(document.querySelector('parallax-popover')?.shadowRoot?.querySelector('.px-add-status')?.textContent ?? ''), null, 15_000);
    await d.press('Escape');

    await page.goto(site.seed(ARTICLE), { waitUntil: 'load' });
    await waitForMentions(d, 11, 15_000);
    const view = await openByKeyboard(d);
    expect(view.title).toMatch(/Il-76/);
    expect(distinct(view.outlets)).toContain('user-harbourherald-example');
    await d.press('Escape');
  });

  it('logs no errors', async () => {
    const issues = [...(await harness.consoleErrors()).map((i) => `${i.source}: ${i.text}`), ...pageErrors];
    expect(issues).toEqual([]);
  });
});
