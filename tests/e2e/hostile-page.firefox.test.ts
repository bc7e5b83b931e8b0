/**
 * The hostile page (tests/fixtures/pages/hostile-page.html, served as http://hostile.localhost) in
 * Debian's firefox-esr with the built MV2 extension. A closed shadow root is out of a test's reach in
 * Firefox, so the card and the save panel are judged by their effects on the page: whether anything
 * of ours is drawn (hit-testing the viewport finds our host element), whether the page can read
 * inside, and what the page's own capture listeners hear while the reader types a note.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopAllEvents } from './harness/stop-all-events';
import { launchFirefox, type FirefoxHarness } from './harness/firefox';
import { storedHighlights, watchNoteTakesKeys } from './harness/firefox-saving';
import { puppeteerDriver, serveTestSite, waitForMentions, type PageDriver, type TestSite } from './harness/pages';

const NOTE = 'Compare with the regional figures';

type Hostile = Record<string, () => unknown>;

let site: TestSite;
let harness: FirefoxHarness;
let page: Page;
let d: PageDriver;

const hostile = <R>(name: string) => page.evaluate((n) => (window as unknown as { hostile: Hostile }).hostile[n]!(), name) as Promise<R>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether an element named `tag` is drawn anywhere in the viewport (hit-testing a grid of points). */
function drawn(tag: string): Promise<boolean> {
  return page.evaluate((tag) => {
    for (let x = 4; x < innerWidth; x += 16) {
      for (let y = 4; y < innerHeight; y += 16) if (document.elementFromPoint(x, y)?.localName === tag) return true;
    }
    return false;
  }, tag);
}

const stored = () => storedHighlights(harness);

beforeAll(async () => {
  site = await serveTestSite();
  try {
    harness = await launchFirefox();
  } catch (e) {
    await site.close();
    throw e;
  }
  page = await harness.browser.newPage();
  const url = new URL(site.fixture('hostile-page.html'));
  url.hostname = 'hostile.localhost';
  await page.goto(url.href, { waitUntil: 'load' });
  d = puppeteerDriver(page);
  await waitForMentions(d, 1, 15_000);
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

describe('Firefox: a page script cannot drive, read or overhear Parallax', () => {
  it('made-up clicks, pointer moves and Alt+Shift+M/N draw no card; the reader’s Alt+Shift+M does', async () => {
    expect(await hostile<number>('pointAndClick')).toBeGreaterThan(0);
    for (let i = 0; i < 8; i++) {
      await hostile('rest');
      await sleep(100);
    }
    await hostile('stepKeys');
    await sleep(500);
    expect(await drawn('parallax-popover')).toBe(false);

    await d.press('KeyM', ['Alt', 'Shift']);
    await d.waitFor(() => document.activeElement?.localName === 'parallax-popover', null, 5_000);
    expect(await drawn('parallax-popover')).toBe(true);
  });

  it('cannot read inside the card (its shadow root is closed)', async () => {
    expect(await hostile<{ hosts: number; open: number }>('roots')).toEqual({ hosts: 1, open: 0 });
    await d.press('Escape');
    await d.waitFor(() => document.activeElement === document.body, null, 3_000);
    expect(await drawn('parallax-popover')).toBe(false);
  });

  it('listeners of its own that stop every key and click while a card is open do not keep the reader from closing it', async () => {
    const block = (on: boolean) => page.evaluate(stopAllEvents, on);
    await d.press('KeyM', ['Alt', 'Shift']);
    await d.waitFor(() => document.activeElement?.localName === 'parallax-popover', null, 5_000);
    await block(true);
    await d.press('Escape');
    await d.waitFor(() => document.activeElement === document.body, null, 3_000);
    expect(await drawn('parallax-popover')).toBe(false);
    await block(false);
    await d.press('KeyM', ['Alt', 'Shift']);
    await d.waitFor(() => document.activeElement?.localName === 'parallax-popover', null, 5_000);
    await block(true);
    await page.mouse.click(3, 3);
    await sleep(500);
    expect(await drawn('parallax-popover')).toBe(false);
    await block(false);
  });

  it('hears none of the note the reader types, and the note is saved', async () => {
    await page.click('#typing');
    await page.keyboard.press('a');
    expect((await hostile<{ type: string; key: string }[]>('heard')).some((e) => e.type === 'keydown' && e.key === 'a')).toBe(true);

    await page.click('#first', { count: 3 });
    // The note frame takes the focus once it has loaded, which can take seconds on a busy machine.
    const noteHasKeys = await watchNoteTakesKeys(page, d);
    await d.press('KeyS', ['Alt', 'Shift']);
    await noteHasKeys();
    await hostile('forget');
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Tab');
    await page.keyboard.type('shelters');
    // Enter held while the note is stored: its keyup must not land on the page once the panel closes.
    await page.keyboard.down('Enter');
    await sleep(500);
    await page.keyboard.up('Enter');
    await d.waitFor(() => document.activeElement?.localName !== 'parallax-save', null, 5_000);

    expect(await hostile('heard')).toEqual([]);
    const mine = (await stored()).filter((h) => h.quote.exact.includes('shelters would stay open'));
    expect(mine.map((h) => ({ note: h.note, tags: h.tags }))).toEqual([{ note: NOTE, tags: ['shelters'] }]);
  });

  it.each([
    ['Parallax’s own style, taken from the page’s shadow root', false],
    ['an element of the page’s own', true],
  ] as const)('a press on %s laid over the panel gets the focus back into the note; the page hears none of it', async (_, control) => {
    const other = await harness.browser.newPage();
    try {
      const url = new URL(site.fixture('style-overlay.html'));
      url.hostname = 'overlay.localhost';
      await other.goto(url.href, { waitUntil: 'load' });
      const o = puppeteerDriver(other);
      await waitForMentions(o, 1, 15_000);
      const call = <R>(name: string, arg?: unknown) =>
        other.evaluate((n, a) => (window as unknown as { hostile: Record<string, (x: unknown) => unknown> }).hostile[n]!(a), name, arg) as Promise<R>;
      await other.click('#first', { count: 3 });
      let noteHasKeys = await watchNoteTakesKeys(other, o);
      await o.press('KeyS', ['Alt', 'Shift']);
      await noteHasKeys();
      await other.keyboard.type('first ');
      const at = await call<{ x: number; y: number } | null>('layOver', control);
      expect(at, 'the panel is drawn, and the cover laid over it').not.toBeNull();
      noteHasKeys = await watchNoteTakesKeys(other, o);
      await other.mouse.click(at!.x, at!.y);
      await noteHasKeys();
      await call('forget');
      await other.keyboard.type('my source');
      expect(await call('heard')).toBe('');
      expect(await call('typedIntoPage')).toBe('');
    } finally {
      await other.close();
    }
  });

  it('focusing Parallax’s own panel element to hear the note gets the focus taken back into the note', async () => {
    await page.click('#first', { count: 3 });
    let noteHasKeys = await watchNoteTakesKeys(page, d);
    await d.press('KeyS', ['Alt', 'Shift']);
    await noteHasKeys();
    noteHasKeys = await watchNoteTakesKeys(page, d);
    await page.evaluate(() => {
      const h = document.querySelector('parallax-save') as HTMLElement;
      h.tabIndex = -1;
      h.focus();
    });
    await noteHasKeys();
    await hostile('forget');
    await page.keyboard.type('private');
    expect(await hostile('heard')).toEqual([]);
    await page.keyboard.press('Escape');
    await d.waitFor(() => document.activeElement?.localName !== 'parallax-save', null, 5_000);
  });
});
