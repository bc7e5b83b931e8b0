/**
 * The popup in real Chromium, as a reader uses it beside a news page: filters and presets change an
 * open card at once, a label override moves the filters with it, a site can be turned off and on,
 * every setting survives a reload, and axe-core finds no serious or critical problem in the popup
 * or the card. The popup is opened as a page (popup.html?tab=<id>) aimed at the news page's tab.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations, seriousViolationsInRoot } from './harness/axe';
import { openByKeyboard, readPopover, waitForPopoverReady } from './harness/card';
import { launchChromium, type ChromiumHarness } from './harness/chromium';
import { inRoot } from './harness/closed-root';
import { distinct, MENTION, playwrightDriver, serveTestSite, waitForMentions, type ChromiumDriver, type TestSite } from './harness/pages';

const AFP = 'afp-2024-01-24-russia-says-plane-crashes';

let site: TestSite;
let harness: ChromiumHarness;
let news: Page;
let d: ChromiumDriver;
let popup: Page;
let tabId: number;

async function openPopup(): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
  await page.getByRole('tab', { name: 'This page' }).waitFor();
  return page;
}

/** The distinct outlets of the open card, once it is complete. */
const outletsInCard = async () => distinct((await waitForPopoverReady(d)).outlets);
const hiddenNote = async () => (await inRoot(news, 'parallax-popover').texts('.px-hidden'))[0] ?? '';

/** Waits until the distinct outlets of the open card pass `check`, and returns them. */
async function untilCard(check: (outlets: string[]) => boolean): Promise<string[]> {
  await expect.poll(async () => check(await outletsInCard()), { timeout: 5_000, interval: 50 }).toBe(true);
  return outletsInCard();
}

beforeAll(async () => {
  site = await serveTestSite();
  harness = await launchChromium();
  news = await harness.context.newPage();
  await news.goto(site.seed(AFP));
  d = playwrightDriver(news);
  await waitForMentions(d, 10);
  const worker = harness.context.serviceWorkers()[0];
  type Tabs = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
  tabId = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({ active: true, currentWindow: true }).then((t) => t[0].id!),
  );
  await openByKeyboard(d);
  popup = await openPopup();
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

describe('the popup beside an open card', () => {
  it('lists the page’s mentions grouped by entity, and opens one on the page', async () => {
    await expect.poll(() => popup.locator('[data-entity]').count()).toBeGreaterThan(5);
    await popup.locator('[data-entity="vyacheslav-volodin"]').click();
    await expect.poll(() => inRoot(news, 'parallax-popover').texts('#px-title'), { timeout: 5_000, interval: 50 }).toEqual(['Vyacheslav Volodin']);
    // The aircraft's card, which every other outlet fills, for the filter tests below.
    await popup.locator('[data-entity="il-76"]').click();
    // AFP's seed page is a copy at 127.0.0.1, not AFP's own page: all five outlets are compared.
    await untilCard((ids) => ids.length === 5);
  });

  it('hides an outlet at once when its label is unchecked, and says so in the card', async () => {
    expect(await outletsInCard()).toContain('pravda-ru');
    await popup.getByRole('tab', { name: 'Filters' }).click();
    await popup.locator('input[data-axis="alignment"][data-label="pro-Kremlin"]').uncheck();
    expect(await untilCard((ids) => !ids.includes('pravda-ru'))).not.toContain('pravda-ru');
    expect(await hiddenNote()).toContain('Pravda.ru');
  });

  it('applies a preset, and back', async () => {
    await popup.getByRole('button', { name: /Independent and wire only/ }).click();
    expect(await untilCard((ids) => ids.length === 2)).toEqual(['afp', 'euromaidan-press']);
    await popup.getByRole('button', { name: /All outlets/ }).click();
    expect(await untilCard((ids) => ids.length === 5)).toEqual(['afp', 'euromaidan-press', 'pravda-ru', 'rferl', 'wsws']);
  });

  it('moves the filters with a label override, shows it as overridden, and resets it', async () => {
    await popup.getByRole('tab', { name: 'Outlets' }).click();
    await popup.locator('[data-outlet="rferl"] select[data-axis="alignment"]').selectOption('pro-Kremlin');
    await expect.poll(() => popup.locator('[data-outlet="rferl"]').textContent()).toContain('Overridden');
    await popup.getByRole('tab', { name: 'Filters' }).click();
    await expect
      .poll(() => popup.locator('.pp-check:has(input[data-axis="alignment"][data-label="pro-Kremlin"])').textContent())
      .toContain('2 outlets');
    await popup.locator('input[data-axis="alignment"][data-label="pro-Kremlin"]').uncheck();
    expect(await untilCard((ids) => !ids.includes('rferl') && !ids.includes('pravda-ru'))).toEqual(['afp', 'euromaidan-press', 'wsws']);
  });

  it('keeps every setting across a reload of the popup and of the page', async () => {
    await popup.close();
    await news.reload();
    await waitForMentions(d, 10);
    popup = await openPopup();
    await popup.locator('[data-entity="il-76"]').click();
    expect(await untilCard((ids) => ids.length > 0)).toEqual(['afp', 'euromaidan-press', 'wsws']);
    await popup.getByRole('tab', { name: 'Filters' }).click();
    expect(await popup.locator('input[data-axis="alignment"][data-label="pro-Kremlin"]').isChecked()).toBe(false);
    await popup.getByRole('tab', { name: 'Outlets' }).click();
    await expect.poll(() => popup.locator('[data-outlet="rferl"]').textContent()).toContain('Overridden');
    await popup.locator('[data-outlet="rferl"]').getByRole('button', { name: /Reset/ }).click();
    expect(await untilCard((ids) => ids.includes('rferl'))).toEqual(['afp', 'euromaidan-press', 'rferl', 'wsws']);
  });

  it('turns Parallax off on the site and on again', async () => {
    await popup.getByRole('tab', { name: 'This page' }).click();
    const off = popup.getByRole('switch', { name: /Off on 127\.0\.0\.1/ });
    // A controlled switch: it shows "off" once the page has answered that it is off.
    await off.click();
    await expect.poll(() => off.isChecked()).toBe(true);
    await d.waitFor((name) => !CSS.highlights.has(name), MENTION);
    expect((await readPopover(d)).open).toBe(false);
    await news.reload();
    await news.waitForTimeout(500);
    expect(await d.evaluate((name) => CSS.highlights.has(name), MENTION)).toBe(false);
    await off.click();
    await expect.poll(() => off.isChecked()).toBe(false);
    await waitForMentions(d, 10);
  });

  it('has no serious or critical accessibility problems in the popup or the card, light or dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await news.emulateMedia({ colorScheme: scheme });
      for (const tab of ['This page', 'Filters', 'Outlets']) {
        await popup.getByRole('tab', { name: tab }).click();
        expect(await seriousViolations(popup, null), `${tab} (${scheme})`).toEqual([]);
      }
      await popup.getByRole('tab', { name: 'This page' }).click();
      await popup.locator('[data-entity="il-76"]').click();
      await untilCard((ids) => ids.length > 0);
      expect(await seriousViolationsInRoot(news, 'parallax-popover', '.px-popover'), `card (${scheme})`).toEqual([]);
      await d.press('Escape');
    }
  });

  it('lists only the names the page shows: not those in a closed menu or a hidden drawer', async () => {
    await popup.close();
    await news.goto(site.fixture('hidden-menu.html'));
    await waitForMentions(d, 4);
    popup = await openPopup();
    await expect.poll(() => popup.locator('[data-entity]').count()).toBeGreaterThan(0);
    expect(await popup.locator('[data-entity]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entity')))).toEqual(['dmitry-peskov']);
  });

  it('opens the name the reader chose even when the page has put other names before it since the list was made', async () => {
    await expect.poll(() => popup.locator('[data-entity]').count()).toBeGreaterThan(0);
    // The page puts a menu naming others before the article (a toolbar popup's opening blurs the page: its cue).
    await news.evaluate(() => {
      const menu = document.createElement('div');
      menu.append(Object.assign(document.createElement('p'), { textContent: 'Vladimir Putin and the Kremlin' }));
      menu.style.display = 'none';
      document.body.prepend(menu);
    });
    await expect.poll(() => d.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, MENTION), { timeout: 5_000 }).toBeGreaterThan(4);
    await popup.locator('[data-entity="dmitry-peskov"]').click();
    await expect.poll(() => inRoot(news, 'parallax-popover').texts('#px-title'), { timeout: 5_000, interval: 50 }).toEqual(['Dmitry Peskov']);
  });
});
