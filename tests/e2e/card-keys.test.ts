/**
 * The card's keyboard in real Chromium, with real key presses: Tab stops at the same places whatever
 * the card holds (its header's buttons, its body, "Add this article"), and the arrow keys reach the
 * body's links, label chips and buttons. A page that stops every Tab in its own capture listener,
 * before the card hears it, leaves the browser to move the focus; counting presses until the focus
 * leaves the card must then tell it nothing about what the card holds for a name.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumHarness } from './harness/chromium';
import { inRoot } from './harness/closed-root';
import { launchOnSite, mentionIndex, mentionRect, playwrightDriver, waitForMentions, type TestSite } from './harness/pages';

let site: TestSite;
let harness: ChromiumHarness;
let page: Page;
const card = () => inRoot(page, 'parallax-popover');

beforeAll(async () => {
  ({ site, harness } = await launchOnSite());
  page = await harness.context.newPage();
  await page.goto(site.fixture('tab-count.html'), { waitUntil: 'load' });
  await waitForMentions(playwrightDriver(page), 2);
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

/** Opens the card with a real click on the first mention matching `name` and waits for its claims. */
async function openAt(name: string): Promise<void> {
  const d = playwrightDriver(page);
  const r = (await mentionRect(d, await mentionIndex(d, name)))!;
  await page.mouse.click(r.left + r.width / 2, r.top + r.height / 2);
  await expect.poll(() => card().count('.px-outlets'), { timeout: 5_000 }).toBeGreaterThan(0);
}

async function close(): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => card().count('.px-popover')).toBe(0);
}

/** What has the focus inside the card: its class, or its tag when it has none. */
const focusedInCard = () =>
  card().evaluate(function (this: ShadowRoot) {
    const a = this.activeElement;
    return a ? a.className || a.localName : null;
  }, null);

/** Tab presses, the page seeing each, until the focus is out of the card (at most 60). */
const tabsUntilOut = () =>
  page.evaluate(async () => {
    const inCard = () => document.activeElement?.localName === 'parallax-popover';
    let presses = 0;
    while (inCard() && presses < 60) {
      presses++;
      // The test's own key press, through the devtools protocol, is real input; the page only counts.
      await (window as unknown as { pressTab(): Promise<void> }).pressTab();
    }
    return presses;
  });

describe('the card’s tab stops', () => {
  it('are the same for a name reported at length and one barely covered, even when the page stops Tab before the card hears it', async () => {
    await page.exposeFunction('pressTab', () => page.keyboard.press('Tab'));
    await page.evaluate(() => {
      // The page's own script: every Tab stopped in the capture phase, before Parallax's listener.
      window.addEventListener('keydown', (e) => e.key === 'Tab' && e.stopImmediatePropagation(), true);
    });
    await openAt('Il-76 crash');
    const chips = await card().count('.px-chip');
    const crash = await tabsUntilOut();
    await page.mouse.click(5, 5);
    await openAt('Kartapolov');
    const kartapolov = await tabsUntilOut();
    expect(chips, 'label chips in the Il-76 card').toBeGreaterThan(10);
    expect(crash, 'the card had the focus when opened').toBeGreaterThan(1);
    expect({ crash, kartapolov }).toEqual({ crash: kartapolov, kartapolov });
    await page.mouse.click(5, 5);
  });
});

describe('the card’s arrow keys', () => {
  it('are taken however many times they are pressed, in a card of one outlet as in one of many (a page reads whether they were)', async () => {
    await page.reload({ waitUntil: 'load' });
    await waitForMentions(playwrightDriver(page), 2);
    await page.evaluate(() => {
      // The page's own script, after the card has had the key: did the card take it?
      const taken: boolean[] = [];
      (window as unknown as { taken: boolean[] }).taken = taken;
      window.addEventListener('keydown', (e) => e.key.startsWith('Arrow') && taken.push(e.defaultPrevented));
    });
    const takenFor = async (name: string) => {
      await openAt(name);
      for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
      expect(await focusedInCard()).toBe('px-body');
      await page.evaluate(() => {
        (window as unknown as { taken: boolean[] }).taken.length = 0;
      });
      for (let i = 0; i < 30; i++) await page.keyboard.press(i % 5 === 4 ? 'ArrowUp' : 'ArrowDown');
      const taken = await page.evaluate(() => (window as unknown as { taken: boolean[] }).taken);
      await close();
      return taken;
    };
    const kartapolov = await takenFor('Kartapolov');
    const crash = await takenFor('Il-76 crash');
    expect(kartapolov).toHaveLength(30);
    expect({ kartapolov, crash }).toEqual({ kartapolov: Array(30).fill(true), crash: Array(30).fill(true) });
  });
});

describe('the card’s body', () => {
  beforeAll(async () => {
    // A page of its own, without the listener above.
    await page.reload({ waitUntil: 'load' });
    await waitForMentions(playwrightDriver(page), 2);
  });

  it('is one tab stop between Close and “Add this article”, whose links, chips and buttons the arrow keys reach', async () => {
    await openAt('Il-76 crash');
    const stops: (string | null | undefined)[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focusedInCard());
    }
    expect(stops).toEqual(['px-open-event', 'px-save-button', 'px-close', 'px-body', 'px-add']);

    await page.keyboard.press('Shift+Tab');
    expect(await focusedInCard()).toBe('px-body');
    await page.keyboard.press('ArrowDown');
    expect(await focusedInCard(), 'the first outlet’s first label').toBe('px-chip');
    await page.keyboard.press('ArrowUp');
    expect(await focusedInCard(), 'up from the first goes back to the body').toBe('px-body');

    // Down through the label chips to the first "Show N more" (the seed articles have no addresses to link); Enter presses it.
    const seen = new Set<string | null | undefined>();
    for (let i = 0; i < 40 && (await focusedInCard()) !== 'px-more'; i++) {
      await page.keyboard.press('ArrowDown');
      seen.add(await focusedInCard());
    }
    expect([...seen].sort()).toEqual(['px-chip', 'px-more']);
    await page.keyboard.press('Enter');
    expect(await card().attr('.px-more', 'aria-expanded')).toBe('true');
    expect(await card().texts('.px-more')).toContain('Show fewer');

    await page.keyboard.press('End');
    const last = await card().evaluate(function (this: ShadowRoot) {
      const all = [...this.querySelectorAll('.px-body :is(a[href], button, [tabindex="-1"])')];
      return all.indexOf(this.activeElement!) === all.length - 1;
    }, null);
    expect(last, 'End goes to the body’s last link or button').toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusedInCard(), 'Tab from inside the body goes on to the next stop').toBe('px-add');
    await close();
  });
});
