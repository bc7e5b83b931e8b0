/**
 * The closed-root helper (tests/e2e/harness/closed-root.ts) in real Chromium, on a fixture page whose
 * own script builds a CLOSED shadow root: page script and Playwright's CSS engine see nothing inside,
 * the helper reads it, and its clicks and the keyboard after them arrive as trusted input; and it
 * tells whether the extension's card is shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ChromiumHarness } from './harness/chromium';
import { inRoot } from './harness/closed-root';
import { launchOnSite, type TestSite } from './harness/pages';

let harness: ChromiumHarness;
let site: TestSite;
let page: Page;

beforeAll(async () => {
  ({ site, harness } = await launchOnSite());
  page = await harness.context.newPage();
  await page.goto(site.fixture('closed-root.html'));
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

describe('inRoot (devtools-protocol pierce)', () => {
  it('reads inside a root that page script and CSS selectors cannot reach', async () => {
    expect(await page.evaluate(() => document.querySelector('sealed-box')?.shadowRoot)).toBeNull();
    expect(await page.locator('sealed-box .label').count()).toBe(0);

    const box = inRoot(page, 'sealed-box');
    expect(await box.texts('.label')).toEqual(['Inside the sealed box']);
    expect(await box.texts('.press')).toEqual(['First', 'Second']);
    expect(await box.count('.press')).toBe(2);
    expect(await box.attr('.note', 'aria-label')).toBe('Note');
    expect(await box.attr('.note', 'placeholder')).toBeNull();
    expect(await box.box('.missing')).toBeNull();
  });

  it('clicks with real mouse input, scrolling the element into view first', async () => {
    const box = inRoot(page, 'sealed-box');
    const before = await box.box('.press', { nth: 1 });
    expect(before!.y).toBeGreaterThan(page.viewportSize()!.height); // below the fold
    await box.click('.press', { nth: 1 });
    expect(await page.title()).toBe('Second pressed, trusted: true');
    const after = await box.box('.press', { nth: 1 });
    expect(after!.y).toBeGreaterThanOrEqual(0);
    expect(after!.y + after!.height).toBeLessThanOrEqual(page.viewportSize()!.height);

    // The fixture tells a script's click from real input, so the assertion above can fail.
    await box.evaluate(function (this: ShadowRoot) {
      this.querySelector<HTMLButtonElement>('.press')!.click();
    }, null);
    expect(await page.title()).toBe('First pressed, trusted: false');
  });

  it('focuses a field by clicking it, so the keyboard types into it', async () => {
    const box = inRoot(page, 'sealed-box');
    expect(await box.isFocused('.note')).toBe(false);
    await box.click('.note');
    expect(await box.isFocused('.note')).toBe(true);
    await page.keyboard.type('typed for real');
    expect(
      await box.evaluate(function (this: ShadowRoot) {
        return this.querySelector('input')!.value;
      }, null),
    ).toBe('typed for real');
  });

  it('waits for an element, and names the host and selector when it never comes', async () => {
    const box = inRoot(page, 'sealed-box');
    await box.waitFor('.late', { timeout: 5_000 });
    expect(await box.texts('.late')).toEqual(['Arrived late']);
    await expect(box.waitFor('.never', { timeout: 200 })).rejects.toThrow(/\.never in <sealed-box>/);
    await expect(box.click('.never')).rejects.toThrow(/Cannot click \.never/);
  });

  it('tells whether the card is shown, on a seed page', async () => {
    const news = await harness.context.newPage();
    await news.goto(site.seed(site.pack.articles[0].id));
    await news.waitForFunction(() => (CSS.highlights.get('parallax-mention')?.size ?? 0) > 0, null, { timeout: 15_000 });
    const card = inRoot(news, 'parallax-popover');
    expect(await card.visible()).toBe(false);
    await news.keyboard.press('Alt+Shift+M');
    await card.waitFor('.px-popover');
    expect(await card.visible()).toBe(true);
    await news.keyboard.press('Escape');
    await expect.poll(() => card.visible(), { timeout: 3_000 }).toBe(false);
    await news.close();
  });

  it('answers "nothing" for a host that is not on the page', async () => {
    const none = inRoot(page, 'no-such-host');
    expect(await none.count('p')).toBe(0);
    expect(await none.texts('p')).toEqual([]);
    expect(await none.visible()).toBe(false);
  });
});
