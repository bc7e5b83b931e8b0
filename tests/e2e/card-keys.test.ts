/**
 * The card's keyboard in real Chromium, with real key presses: Tab stops at the same places whatever
 * the card holds (its header's buttons, its body, "Add this article"), and the arrow keys reach the
 * body's links, label chips and buttons. A page that stops every Tab in its own capture listener,
 * before the card hears it, leaves the browser to move the focus; counting presses until the focus
 * leaves the card must then tell it nothing about what the card holds for a name. Keys pressed in the
 * card reach none of the page's listeners after it: not its shortcuts, nor whether the card took them.
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
  it('reach none of the page’s own listeners after the card, in a card of one outlet as in one of many (a page would read whether they were taken)', async () => {
    await page.reload({ waitUntil: 'load' });
    await waitForMentions(playwrightDriver(page), 2);
    await page.evaluate(() => {
      // The page's own script: after the card has had the key (did the card take it?), and before it.
      const after: boolean[] = [];
      const before: boolean[] = [];
      Object.assign(window, { after, before });
      window.addEventListener('keydown', (e) => e.key.startsWith('Arrow') && after.push(e.defaultPrevented));
      window.addEventListener('keydown', (e) => e.key.startsWith('Arrow') && before.push(e.defaultPrevented), true);
    });
    const heardFor = async (name: string) => {
      await openAt(name);
      for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
      expect(await focusedInCard()).toBe('px-body');
      await page.evaluate(() => {
        for (const list of [(window as unknown as { after: boolean[] }).after, (window as unknown as { before: boolean[] }).before]) list.length = 0;
      });
      for (let i = 0; i < 30; i++) await page.keyboard.press(i % 5 === 4 ? 'ArrowUp' : 'ArrowDown');
      const heard = await page.evaluate(() => ({
        after: (window as unknown as { after: boolean[] }).after,
        before: (window as unknown as { before: boolean[] }).before,
      }));
      await close();
      return heard;
    };
    const kartapolov = await heardFor('Kartapolov');
    const crash = await heardFor('Il-76 crash');
    expect(kartapolov.after).toEqual([]);
    expect(crash.after).toEqual([]);
    // Before the card, every press looks the same, whatever the card holds.
    expect({ kartapolov: kartapolov.before, crash: crash.before }).toEqual({ kartapolov: Array(30).fill(false), crash: Array(30).fill(false) });
  });

  it('let the page hear Alt and Shift released in the card, pressed on the page to open it (a page tracking held keys sees them let go)', async () => {
    await page.reload({ waitUntil: 'load' });
    await waitForMentions(playwrightDriver(page), 2);
    await page.evaluate(() => {
      const released: string[] = [];
      Object.assign(window, { released });
      document.addEventListener('keyup', (e) => released.push(e.key));
    });
    await page.keyboard.press('Alt+Shift+KeyM');
    await expect.poll(() => card().count('.px-popover'), { timeout: 5_000 }).toBe(1);
    expect(await focusedInCard()).not.toBeNull();
    const released = await page.evaluate(() => (window as unknown as { released: string[] }).released);
    expect(released).toContain('Alt');
    expect(released).toContain('Shift');
    await close();
  });

  it('do not drive the page’s own shortcuts: a page that moves between sections on ↓ and Space does not move, and Space on Save saves', async () => {
    await page.reload({ waitUntil: 'load' });
    await waitForMentions(playwrightDriver(page), 2);
    await page.evaluate(() => {
      // The page's own script: a section scroller of a common kind, heard on the document.
      const moves: string[] = [];
      Object.assign(window, { moves });
      document.addEventListener('keydown', (e) => {
        if (e.key === 'ArrowDown' || e.key === ' ') {
          moves.push(e.key);
          e.preventDefault();
        }
      });
    });
    await openAt('Kartapolov');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await focusedInCard()).toBe('px-body');
    await page.keyboard.press('ArrowDown');
    expect(await card().count('.px-popover')).toBe(1);
    for (let i = 0; i < 4 && (await focusedInCard()) !== 'px-save-button'; i++) await page.keyboard.press('Shift+Tab');
    expect(await focusedInCard()).toBe('px-save-button');
    await page.keyboard.press('Space');
    await expect.poll(() => inRoot(page, 'parallax-save').texts('.px-title'), { timeout: 5_000 }).toEqual(['Saved to your collection']);
    expect(await page.evaluate(() => (window as unknown as { moves: string[] }).moves)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
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
