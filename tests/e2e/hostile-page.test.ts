/**
 * A hostile page in real Chromium (tests/fixtures/pages/hostile-page.html, served as
 * http://hostile.localhost:<port>, another site than the test server's 127.0.0.1). Its own script,
 * listening on `window` in the capture phase before the content script runs, tries to: open the card
 * with made-up clicks, pointer moves and Alt+Shift+M/N; read the card's shadow root; save a passage
 * of its choosing with a made-up Alt+Shift+S; overhear the note the reader types; overhear that
 * Parallax is there at all, and switch it off by forging WXT's "content script started" announcement
 * (which, sent to the page, would give the extension's id away); and hide text from spotting inside an
 * element named `parallax-*`. The reader, meanwhile, acts with real input (page.mouse/keyboard).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopAllEvents } from './harness/stop-all-events';
import type { Highlight } from '../../lib/core/highlights/types';
import type { ChromiumHarness } from './harness/chromium';
import { lookAtCard, waitForPopoverReady } from './harness/card';
import { inRoot } from './harness/closed-root';
import { askWorker } from './harness/ask';
import { untilNoteTakesKeys } from './harness/note-frame';
import {
  ACTIVE,
  MENTION,
  launchOnSite,
  mentionIndex,
  mentionRect,
  playwrightDriver,
  waitForMentions,
  type PageDriver,
  type TestSite,
} from './harness/pages';

const NOTE = 'Compare with the regional figures';
const TAGS = 'shelters, weekend';

interface Hostile {
  heard(): { type: string; key: string }[];
  forget(): void;
  startedMessages(): number;
  pointAndClick(): number;
  rest(): boolean;
  stepKeys(): void;
  saveSelection(): void;
  roots(): { hosts: number; open: number };
  replayStarted(): number;
  veil(on: boolean): boolean;
  veilUntilPressed(): boolean;
  find(strings: string[]): boolean[];
  field(how: 'take' | 'over' | 'gone'): string;
  fieldValue(): string;
  focusOurs(tag: string): string;
  swapSelection(on: boolean): boolean;
  swapAtRelease(on: boolean): boolean;
  swapAtPress(on: boolean): boolean;
  blockRelease(on: boolean): boolean;
  restyle(): number;
  maskCard(on: boolean): boolean;
  keepFocus(how: 'inert' | 'modal'): string;
  releaseFocus(): void;
}
type HostileWindow = Window & { hostile: Hostile };

let site: TestSite;
let harness: ChromiumHarness;
let extensionPage: Page;
let page: Page;
let d: PageDriver;

/** Calls one of the page's own functions (window.hostile), as the page's script would. */
function hostile<K extends keyof Hostile>(name: K, arg?: unknown): Promise<ReturnType<Hostile[K]>> {
  return page.evaluate(({ n, a }) => ((window as unknown as HostileWindow).hostile[n] as (x: unknown) => unknown)(a), { n: name, a: arg }) as Promise<
    ReturnType<Hostile[K]>
  >;
}

/** The reader's added articles, as the background lists them to an extension page. */
const myArticles = () => askWorker<{ title: string }[]>(extensionPage, 'myArticles');
/** The collection, as the background stores it, asked from an extension page. */
const stored = () => askWorker<Highlight[]>(extensionPage, 'highlights');

const card = () => inRoot(page, 'parallax-popover');
const panel = () => inRoot(page, 'parallax-save');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  ({ site, harness } = await launchOnSite());
  extensionPage = await harness.openExtensionPage('collection.html');
  page = await harness.context.newPage();
  const url = new URL(site.fixture('hostile-page.html'));
  url.hostname = 'hostile.localhost';
  await page.goto(url.href, { waitUntil: 'load' });
  d = playwrightDriver(page);
  await waitForMentions(d, 1);
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

describe('a page script cannot drive Parallax', () => {
  it('made-up clicks, pointer moves and Alt+Shift+M/N open no card', async () => {
    expect(await hostile('pointAndClick'), 'mentions the page clicked').toBeGreaterThan(0);
    for (let i = 0; i < 8; i++) {
      await hostile('rest');
      await sleep(100);
    }
    await hostile('stepKeys');
    await sleep(500);
    expect(await card().visible()).toBe(false);
    expect(await card().count('.px-popover')).toBe(0);
    // The same with the reader's keyboard opens it: the probe sees a card when there is one.
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-popover');
    expect(await card().visible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count('.px-popover')).toBe(0);
  });

  it('listeners of its own that stop every key and click while a card is open do not keep the reader from closing it (Escape, a click elsewhere)', async () => {
    const block = (on: boolean) => page.evaluate(stopAllEvents, on);
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-popover');
    await block(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count('.px-popover')).toBe(0);
    await block(false);
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-popover');
    await block(true);
    await page.mouse.click(3, 3);
    await expect.poll(() => card().count('.px-popover')).toBe(0);
    // And the card's own ×.
    await block(false);
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-popover');
    await block(true);
    const close = (await card().box('.px-close'))!;
    await page.mouse.click(close.x + close.width / 2, close.y + close.height / 2);
    await expect.poll(() => card().count('.px-popover')).toBe(0);
    await block(false);
    // Nor a frame of its own, laid unseen over the window and given the keyboard as the card opens.
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-popover');
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.id = 'veil-frame';
      frame.setAttribute('style', 'position:fixed;inset:0;width:100vw;height:100vh;border:0;opacity:0;z-index:2147483647');
      document.body.append(frame);
      frame.focus();
    });
    await expect.poll(() => card().count('.px-popover')).toBe(0);
    await page.evaluate(() => document.getElementById('veil-frame')?.remove());
  });

  it('cannot reach into the card or the save panel (their shadow roots are closed)', async () => {
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-popover');
    const seen = await hostile('roots');
    expect(seen.hosts, 'Parallax hosts on the page').toBeGreaterThan(0);
    expect(seen.open, 'hosts whose shadowRoot the page can read').toBe(0);
    await page.keyboard.press('Escape');
  });

  it('a made-up Alt+Shift+S over a selection of its choosing saves nothing', async () => {
    const before = (await stored()).length;
    await hostile('saveSelection');
    await sleep(1_000);
    expect(await panel().count('.px-save')).toBe(0);
    expect((await stored()).length).toBe(before);
  });

  it('hears none of the note the reader types, and the note is saved', async () => {
    // The page does hear what is typed on the page itself: its listener works.
    await page.click('#typing');
    await page.keyboard.press('KeyA');
    expect((await hostile('heard')).some((e) => e.type === 'keydown' && e.key === 'a')).toBe(true);

    await page.click('#first', { clickCount: 3 });
    await page.keyboard.press('Alt+Shift+S');
    await expect.poll(() => panel().texts('.px-title'), { timeout: 5_000 }).toEqual(['Saved to your collection']);
    await expect.poll(() => panel().isFocused('iframe'), { timeout: 5_000 }).toBe(true);
    await untilNoteTakesKeys(page);
    // The note's frame sits in the closed root: not in window.frames, so the page cannot message or navigate it.
    expect(await page.evaluate(() => window.length), 'frames the page can reach').toBe(0);
    await hostile('forget');

    await page.keyboard.type(NOTE);
    await page.keyboard.press('Tab');
    await page.keyboard.type(TAGS);
    // Enter held while the note is stored: its keyup must not land on the page once the panel closes.
    await page.keyboard.down('Enter');
    await sleep(500);
    await page.keyboard.up('Enter');
    await expect.poll(() => panel().count('.px-save'), { timeout: 5_000 }).toBe(0);

    expect(await hostile('heard')).toEqual([]);
    const mine = (await stored()).filter((h) => h.quote.exact.includes('shelters would stay open'));
    expect(mine.map((h) => ({ note: h.note, tags: h.tags }))).toEqual([{ note: NOTE, tags: ['shelters', 'weekend'] }]);
  });
});

describe('a page cannot take the note from the reader', () => {
  const warnings = () => panel().texts('.px-covered');
  /** Types `text` once the note has the keyboard; the page's field gets none of it. */
  async function typeInNote(text: string) {
    await untilNoteTakesKeys(page);
    await hostile('forget');
    await page.keyboard.type(text);
    expect(await hostile('fieldValue'), 'typed into the page’s field').toBe('');
    expect((await hostile('heard')).filter((e) => e.type === 'keydown')).toEqual([]);
  }

  it('a field that takes the focus, or lies over the panel where the reader presses, is given none of the note, and the panel says so', async () => {
    await page.click('#typing', { clickCount: 3 });
    await page.keyboard.press('Alt+Shift+S');
    await expect.poll(() => panel().texts('.px-title'), { timeout: 5_000 }).toEqual(['Saved to your collection']);
    await typeInNote('mine ');

    // The reader pressing elsewhere on the page is no theft: nothing is said.
    await page.mouse.click(5, 5);
    await sleep(800);
    expect(await warnings()).toEqual([]);
    const frame = (await panel().box('iframe'))!;
    const inNote = { x: frame.x + frame.width / 2, y: frame.y + 20 };
    await page.mouse.click(inNote.x, inNote.y);
    await typeInNote('again ');

    // The page takes the focus: the note takes it back, and the panel says what happened.
    await hostile('field', 'take');
    await expect
      .poll(warnings, { timeout: 5_000 })
      .toEqual(['This page took the focus from your note; it is back in the note now. Keys pressed just then may have gone to the page.']);
    await typeInNote('still ');

    // A transparent field over the page: the reader's press in the note lands on it.
    await hostile('field', 'over');
    await page.mouse.click(inNote.x, inNote.y);
    await expect
      .poll(warnings, { timeout: 5_000 })
      .toEqual([
        'Something on this page lies over this panel, and your click went to it. The focus is back in your note; if it happens again, close this panel and add the note in your collection.',
      ]);
    await typeInNote('mine');
    await hostile('field', 'gone');

    const form = await untilNoteTakesKeys(page);
    expect(await form.evaluate(() => document.querySelector('textarea')!.value)).toBe('mine again still mine');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel().count('.px-save'), { timeout: 5_000 }).toBe(0);
  });
});

describe('a page cannot take the note by focusing Parallax’s own element', () => {
  it('the note takes the focus back from the save panel’s host, and the panel says so', async () => {
    await page.click('#typing', { clickCount: 3 });
    await page.keyboard.press('Alt+Shift+S');
    await expect.poll(() => panel().texts('.px-title'), { timeout: 5_000 }).toEqual(['Saved to your collection']);
    await untilNoteTakesKeys(page);
    await page.keyboard.type('first ');

    expect(await hostile('focusOurs', 'parallax-save')).toBe('parallax-save');
    await expect
      .poll(() => panel().texts('.px-covered'), { timeout: 5_000 })
      .toEqual(['This page took the focus from your note; it is back in the note now. Keys pressed just then may have gone to the page.']);
    const form = await untilNoteTakesKeys(page);
    await hostile('forget');
    await page.keyboard.type('second');
    expect((await hostile('heard')).filter((e) => e.type === 'keydown')).toEqual([]);
    expect(await form.evaluate(() => document.querySelector('textarea')!.value)).toBe('first second');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel().count('.px-save'), { timeout: 5_000 }).toBe(0);
  });
});

describe('a page that takes the note form down', () => {
  const TAKEN =
    'This page took your note form down. The passage is saved, with what you had typed; your note is open in your collection, in a new tab. Keys pressed here since may have gone to the page.';
  it.each([
    [
      'moves the panel’s host to the end of <html> again (its frame reloads)',
      () => {
        document.documentElement.appendChild(document.querySelector('parallax-save')!);
      },
    ],
    ['removes the panel’s host', () => document.querySelector('parallax-save')!.remove()],
  ] as const)('%s: what was typed is kept, the panel says so (not "Not saved"), and the note opens in the collection', async (_, takeDown) => {
    await page.click('#typing', { clickCount: 3 });
    await page.keyboard.press('Alt+Shift+S');
    await expect.poll(() => panel().texts('.px-title'), { timeout: 5_000 }).toEqual(['Saved to your collection']);
    const form = await untilNoteTakesKeys(page);
    // The panel's frame has just taken the focus (the reader's first key, on a busy machine, can come before it settles).
    await sleep(300);
    await page.keyboard.type('my source is ');
    await expect.poll(() => form.evaluate(() => document.querySelector('textarea')!.value), { timeout: 5_000 }).toBe('my source is ');
    // The form stores what is typed after a short pause in typing.
    await sleep(600);
    const opened = harness.context.waitForEvent('page', { timeout: 10_000 });
    await page.evaluate(takeDown);

    const collection = await opened;
    try {
      const field = collection.locator('article.hl textarea');
      await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe('my source is');
      await expect.poll(() => collection.evaluate(() => document.activeElement?.localName), { timeout: 5_000 }).toBe('textarea');
      await expect.poll(() => panel().texts('.px-covered'), { timeout: 5_000 }).toEqual([TAKEN]);
      expect(await panel().texts('.px-title')).toEqual(['Saved to your collection']);
      // The passage being edited is the one just saved; reloaded, the collection opens as usual (its address says nothing of it).
      const id = await collection.locator('article.hl:has(textarea)').getAttribute('data-highlight');
      const mine = (await stored()).find((h) => h.id === id);
      expect(mine?.quote.exact).toMatch(/^Type here if you like/);
      expect(mine?.note).toBe('my source is');
      expect(mine?.created).toBe(Math.max(...(await stored()).map((h) => h.created)));
      await expect.poll(() => collection.url()).toMatch(/\/collection\.html$/);
    } finally {
      await collection.close();
    }
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.querySelector('parallax-save')?.remove());
  });
});

describe('a page script cannot move what Parallax saves', () => {
  it.each([
    ['as the reader presses Alt+Shift+S', ['swapSelection']],
    ['as the reader releases the pointer, and again at Alt+Shift+S', ['swapAtRelease', 'swapSelection']],
    [
      'as the reader presses the pointer, keeping the release from Parallax, and again at Alt+Shift+S',
      ['swapAtPress', 'blockRelease', 'swapSelection'],
    ],
  ] as const)('a selection it swaps in %s is not saved, and the panel says why', async (_, swaps) => {
    const planted = async () => (await stored()).filter((h) => h.quote.exact.includes('would like them to have saved')).length;
    const before = await planted();
    for (const swap of swaps) await hostile(swap, true);
    try {
      await page.click('#first', { clickCount: 3 });
      await page.keyboard.press('Alt+Shift+S');
      await expect
        .poll(() => panel().texts('.px-error'), { timeout: 5_000 })
        .toEqual([
          'The selection changed as you asked to save it (this page may have changed it), so nothing was saved. Select the text again, then save.',
        ]);
      await sleep(500);
      expect(await planted(), 'the page’s sentence saved').toBe(before);
      await page.keyboard.press('Escape');
      await expect.poll(() => panel().count('.px-save')).toBe(0);
    } finally {
      for (const swap of swaps) await hostile(swap, false);
    }
  });

  it('moving the ranges it reads from CSS.highlights onto its own sentence does not change what is saved', async () => {
    const moved = await page.evaluate(() => {
      const planted = document.getElementById('planted')!.firstChild!;
      let n = 0;
      for (const h of CSS.highlights.values())
        for (const r of h as Iterable<Range>) {
          r.setStart(planted, 0);
          r.setEnd(planted, 20);
          n++;
        }
      return n;
    });
    expect(moved, 'ranges the page moved').toBeGreaterThan(0);
    const before = new Set((await stored()).map((h) => h.id));
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-popover');
    await lookAtCard();
    await card().click('.px-save-button');
    await expect.poll(() => panel().texts('.px-title'), { timeout: 5_000 }).toEqual(['Saved to your collection']);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel().count('.px-save'), { timeout: 5_000 }).toBe(0);
    const added = (await stored()).filter((h) => !before.has(h.id)).map((h) => h.quote.exact);
    const mentionSentences = await page.evaluate(() => ['first', 'wrapped'].map((id) => document.getElementById(id)!.textContent));
    expect(added).toHaveLength(1);
    expect(mentionSentences, 'the sentence of the mention the reader stepped to').toContain(added[0]);
  });
});

describe('a page script cannot read the open card', () => {
  it('window.find() finds none of its words, not even which outlets the reader’s filters hide', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    await popup.getByRole('tab', { name: 'Filters' }).click();
    const proKremlin = popup.locator('input[data-axis="alignment"][data-label="pro-Kremlin"]');
    await proKremlin.uncheck();
    try {
      await page.bringToFront();
      // Dmitry Peskov, whom Pravda.ru covers, is the name in #wrapped (the page may have moved the
      // ranges it reads from CSS.highlights, so the element locates it).
      const at = await page.evaluate(() => {
        const r = document.querySelector('#wrapped parallax-x')!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.mouse.click(at.x, at.y);
      await expect
        .poll(() => card().texts('.px-hidden'), { timeout: 5_000 })
        .toEqual(['1 outlet hidden by your filters: Pravda.ru (alignment: pro-Kremlin) Show them here']);
      const quotes = await card().texts('.px-quote');
      const outlets = await card().texts('.px-outlet-name');
      expect(quotes.length, 'claims in the card').toBeGreaterThan(0);
      const words = [
        'hidden by your filters',
        'Pravda.ru (alignment: pro-Kremlin)',
        ...outlets,
        ...(await card().texts('.px-chip')),
        ...(await card().texts('.px-mode')),
        ...quotes.map((q) => q.slice(0, 40)),
        'Add this article',
      ];
      expect(await hostile('find', words)).toEqual(words.map(() => false));
      // The probe works: it finds the page's own words.
      expect(await hostile('find', ['declined to comment on the reports'])).toEqual([true]);
      // Drawn, the words are still read out: they are in the accessibility tree.
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value?: unknown } }[] };
      await cdp.detach();
      const spoken = nodes.map((n) => String(n.name?.value ?? ''));
      expect(spoken).toContain('1 outlet hidden by your filters: Pravda.ru (alignment: pro-Kremlin)');
      expect(spoken).toEqual(expect.arrayContaining(outlets));
      await page.keyboard.press('Escape');
      await expect.poll(() => card().count('.px-popover')).toBe(0);
    } finally {
      await popup.bringToFront();
      await proKremlin.check();
      await popup.close();
    }
  });
});

describe('a page that keeps the focus from the note', () => {
  const warnings = () => panel().texts('.px-covered');
  const SHUT =
    'This page keeps the focus from your note, so the note was closed: what you typed next would have gone to the page. The passage and what you had typed are saved; finish the note in your collection.';

  it.each(['inert', 'modal'] as const)('(%s) has the note closed, says so, and what the reader had typed is kept', async (how) => {
    await page.click('#first', { clickCount: 3 });
    await page.keyboard.press('Alt+Shift+S');
    await expect.poll(() => panel().texts('.px-title'), { timeout: 5_000 }).toEqual(['Saved to your collection']);
    await untilNoteTakesKeys(page);
    const words = `typed before the page acted ${how}`;
    await page.keyboard.type(words);
    await hostile('keepFocus', how);
    await expect.poll(warnings, { timeout: 5_000 }).toEqual([SHUT]);
    expect(await panel().count('iframe')).toBe(0);
    await expect.poll(async () => (await stored()).map((h) => h.note), { timeout: 5_000 }).toContain(words);
    await hostile('releaseFocus');
    await page.keyboard.press('Escape');
    await page.mouse.click(5, 5);
    await panel()
      .box('.px-close')
      .then((b) => b && page.mouse.click(b.x + b.width / 2, b.y + b.height / 2));
    await expect.poll(() => panel().count('.px-save'), { timeout: 5_000 }).toBe(0);
  });
});

describe('a page cannot make the reader act on a card they cannot see', () => {
  it('cannot make the card’s host focusable, to aim the reader’s Tab and Enter into a card it keeps covered', async () => {
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-add');
    const taken = await page.evaluate(async () => {
      const host = document.querySelector('parallax-popover') as HTMLElement;
      document.body.focus();
      host.tabIndex = -1;
      host.focus();
      const atOnce = document.activeElement === host;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { atOnce, after: document.activeElement === host, tabindex: host.getAttribute('tabindex') };
    });
    expect(taken).toEqual({ atOnce: true, after: false, tabindex: null });
    await page.keyboard.press('Escape');
  });

  it('a card the page moves into a masked wrapper of its own is closed before it is drawn there, and a click where it was adds nothing', async () => {
    const before = (await myArticles()).length;
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-add');
    await sleep(800);
    const box = (await card().box('.px-add'))!;
    await hostile('maskCard', true);
    await expect.poll(() => card().count('.px-popover'), { timeout: 5_000 }).toBe(0);
    expect(await page.evaluate(() => document.querySelector('#mask parallax-popover') === null)).toBe(true);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await sleep(1_000);
    expect((await myArticles()).length, 'articles added through the mask').toBe(before);
    // Opened again, the card is taken back out of the wrapper at once: it never stays where the page put it.
    await page.keyboard.press('Alt+Shift+N');
    await sleep(500);
    expect(await page.evaluate(() => document.querySelector('#mask parallax-popover') === null)).toBe(true);
    await hostile('maskCard', false);
    await page.keyboard.press('Escape');
  });

  it('a click on "Add this article" through a veil the page lays over the card, or lifts as the pointer goes down, adds nothing and says why; once the card is seen, the same click adds', async () => {
    const before = (await myArticles()).length;
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-add');
    const box = (await card().box('.px-add'))!;
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await hostile('veil', true);
    await sleep(300);
    await page.mouse.click(at.x, at.y);
    await expect
      .poll(() => card().texts('.px-covered'), { timeout: 5_000 })
      .toEqual([
        'The card was not in plain view (something on this page covers or alters it), so that click did nothing. Click again once you can see the whole card.',
      ]);
    await sleep(1_000);
    expect((await myArticles()).length, 'articles added through the veil').toBe(before);

    // A veil lifted as the pointer goes down: the button is in view when the click comes, too late.
    await hostile('veil', false);
    await sleep(800);
    await hostile('veilUntilPressed');
    await sleep(300);
    await page.mouse.click(at.x, at.y);
    await sleep(1_000);
    expect((await myArticles()).length, 'articles added by a click that lifted the veil').toBe(before);
    expect(await card().count('.px-covered')).toBe(1);

    // In plain view for a moment, the same click adds.
    await sleep(800);
    await page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await myArticles()).length, { timeout: 10_000 }).toBe(before + 1);
    expect(await card().count('.px-covered')).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count('.px-popover')).toBe(0);
  });
});

describe('a page cannot hide the card around its button', () => {
  it('a click on "Add this article" with the whole card but the button covered by the page adds nothing and says why', async () => {
    const before = (await myArticles()).length;
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-add');
    const box = (await card().box('.px-add'))!;
    // Four opaque panels of the page's, over everything but a gap of 4 px around the button.
    await page.evaluate((b) => {
      const gap = 4;
      const panels = [
        { left: 0, top: 0, width: innerWidth, height: b.y - gap },
        { left: 0, top: b.y + b.height + gap, width: innerWidth, height: innerHeight },
        { left: 0, top: b.y - gap, width: b.x - gap, height: b.height + 2 * gap },
        { left: b.x + b.width + gap, top: b.y - gap, width: innerWidth, height: b.height + 2 * gap },
      ];
      for (const p of panels) {
        const div = document.createElement('div');
        div.className = 'hole-panel';
        div.style.cssText = `position:fixed;z-index:2147483647;background:#fff;left:${p.left}px;top:${p.top}px;width:${p.width}px;height:${p.height}px`;
        document.documentElement.appendChild(div);
      }
    }, box);
    try {
      await sleep(1_200);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect
        .poll(() => card().texts('.px-covered'), { timeout: 5_000 })
        .toEqual([
          'The card was not in plain view (something on this page covers or alters it), so that click did nothing. Click again once you can see the whole card.',
        ]);
      await sleep(1_000);
      expect((await myArticles()).length, 'articles added with the card hidden').toBe(before);
    } finally {
      await page.evaluate(() => {
        for (const p of document.querySelectorAll('.hole-panel')) p.remove();
      });
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count('.px-popover')).toBe(0);
  });
});

describe('a page cannot borrow the card mark', () => {
  it('the mark is hidden while the page lays a copy of the card’s body over the real card, and back once it is gone', async () => {
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-mark');
    await expect.poll(() => card().texts('.px-mark'), { timeout: 5_000 }).toEqual([expect.stringMatching(/^Your mark: [a-z]+ [a-z]+$/)]);
    const frame = (await card().box('.px-popover'))!;
    const head = (await card().box('.px-head'))!;
    // An imitation of the card's body, over everything under the real header, in the top layer, letting the pointer through.
    await page.evaluate(
      ({ f, h }) => {
        const forged = document.createElement('div');
        forged.id = 'forged-body';
        forged.setAttribute('popover', 'manual');
        forged.textContent = 'Agence France-Presse: the plane was shot down by two missiles.';
        forged.style.cssText = `position:fixed;inset:auto;margin:0;border:0;pointer-events:none;background:#fff;left:${f.x}px;top:${h.y + h.height}px;width:${f.width}px;height:${f.y + f.height - h.y - h.height}px`;
        document.body.appendChild(forged);
        forged.showPopover();
      },
      { f: frame, h: head },
    );
    try {
      await expect.poll(() => card().texts('.px-mark'), { timeout: 5_000 }).toEqual(['Mark hidden: the page covers or alters this card']);
    } finally {
      await page.evaluate(() => document.getElementById('forged-body')?.remove());
    }
    await expect.poll(() => card().texts('.px-mark'), { timeout: 5_000 }).toEqual([expect.stringMatching(/^Your mark: [a-z]+ [a-z]+$/)]);
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count('.px-popover')).toBe(0);
  });
});

describe('a page cannot borrow the card mark by clipping', () => {
  it('the mark is hidden while the page clips the document (which the observer does not see), and back once it stops', async () => {
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-mark');
    await expect.poll(() => card().texts('.px-mark'), { timeout: 5_000 }).toEqual([expect.stringMatching(/^Your mark: [a-z]+ [a-z]+$/)]);
    await page.evaluate(() => {
      document.documentElement.style.clipPath = 'inset(0 0 1px 0)';
    });
    try {
      await expect.poll(() => card().texts('.px-mark'), { timeout: 5_000 }).toEqual(['Mark hidden: the page covers or alters this card']);
    } finally {
      await page.evaluate(() => {
        document.documentElement.style.clipPath = '';
      });
    }
    await expect.poll(() => card().texts('.px-mark'), { timeout: 5_000 }).toEqual([expect.stringMatching(/^Your mark: [a-z]+ [a-z]+$/)]);
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count('.px-popover')).toBe(0);
  });
});

describe('a page cannot borrow the card mark with a picker', () => {
  it('the mark is hidden while a picker the page opened over the card is open (a <select>’s list, which the browser draws over everything)', async () => {
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-mark');
    await expect.poll(() => card().texts('.px-mark'), { timeout: 5_000 }).toEqual([expect.stringMatching(/^Your mark: [a-z]+ [a-z]+$/)]);
    const frame = (await card().box('.px-popover'))!;
    // A select of the page's beside the card, opened by the page when the reader's next click reaches it.
    await page.evaluate((f) => {
      const picker = document.createElement('select');
      picker.id = 'forged-rows';
      picker.style.cssText = `position:fixed;left:${Math.max(0, f.x - 4)}px;top:${f.y + 80}px;width:2px;height:20px;opacity:0.01`;
      for (const row of ['Reuters: the plane was shot down by two missiles.', 'Asserted by Reuters, 24 Jan 2024']) picker.add(new Option(row));
      document.body.appendChild(picker);
      document.addEventListener('click', () => picker.showPicker(), { once: true });
    }, frame);
    try {
      await page.mouse.click(frame.x + frame.width / 2, frame.y + frame.height - 20);
      await expect.poll(() => page.evaluate(() => document.querySelector('#forged-rows:open') !== null), { timeout: 5_000 }).toBe(true);
      await expect.poll(() => card().texts('.px-mark'), { timeout: 5_000 }).toEqual(['Mark hidden: the page covers or alters this card']);
    } finally {
      await page.evaluate(() => document.getElementById('forged-rows')?.remove());
    }
    await expect.poll(() => card().texts('.px-mark'), { timeout: 5_000 }).toEqual([expect.stringMatching(/^Your mark: [a-z]+ [a-z]+$/)]);
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count('.px-popover')).toBe(0);
  });
});

describe('a page cannot make the reader open the full comparison unseen', () => {
  it('a click on "Open the full comparison" through a veil opens nothing and says why', async () => {
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-open-event');
    const box = (await card().box('.px-open-event'))!;
    const tabs = harness.context.pages().length;
    await hostile('veil', true);
    await sleep(300);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => card().count('.px-covered'), { timeout: 5_000 }).toBe(1);
    await sleep(1_000);
    expect(harness.context.pages().length, 'tabs opened through the veil').toBe(tabs);
    await hostile('veil', false);
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count('.px-popover')).toBe(0);
  });
});

describe('a page cannot slip the card under the reader’s pointer', () => {
  it('a press on the card’s Save as the page scrolls it under the pointer (the second click of a double-click) does nothing and says why; a press once the card has been seen saves', async () => {
    // Room to scroll: the page grows itself below its text.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div id="room" style="height:3000px"></div>'));
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-save-button');
    await lookAtCard();
    const box = (await card().box('.px-save-button'))!;
    // The pointer rests 40 px above the button; the page scrolls by 40 px, the card follows its
    // mention, and the button arrives under the pointer, where the reader's next click lands.
    await page.mouse.move(box.x + box.width / 2, box.y - 40 + box.height / 2);
    await page.evaluate(() => window.scrollBy(0, 40));
    await expect.poll(async () => (await card().box('.px-save-button'))?.y, { timeout: 5_000, interval: 10 }).toBeCloseTo(box.y - 40, 0);
    const before = (await stored()).length;
    await page.mouse.down();
    await page.mouse.up();
    await expect
      .poll(() => card().texts('.px-covered'), { timeout: 5_000 })
      .toEqual(['That click came as the card appeared or moved under the pointer, so it did nothing. Click again if you meant it.']);
    await sleep(1_000);
    expect(await panel().count('.px-save'), 'a save panel opened by the press').toBe(0);
    expect((await stored()).length, 'passages saved by the press').toBe(before);

    await lookAtCard();
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => panel().texts('.px-title'), { timeout: 5_000 }).toEqual(['Saved to your collection']);
    expect((await stored()).length).toBe(before + 1);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel().count('.px-save')).toBe(0);
    await page.evaluate(() => {
      document.getElementById('room')?.remove();
      window.scrollTo(0, 0);
    });
  });
});

describe('a page script cannot switch Parallax off or hide text from it', () => {
  it('the page overhears nothing that says Parallax is there; a forged start announcement leaves highlights, keys and an open card as they were', async () => {
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-popover');
    expect(await hostile('startedMessages'), 'messages the page overheard').toBe(0);
    expect(await hostile('replayStarted'), 'announcements the page forged').toBeGreaterThan(0);
    await sleep(1_000);
    expect(await card().visible(), 'the open card').toBe(true);
    expect(await page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, MENTION)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count('.px-popover')).toBe(0);
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-popover');
    await page.keyboard.press('Escape');
  });

  it('a <body> put in place of the page’s own is read whole: its mentions are painted, and the card opens at one of them', async () => {
    const other = await harness.context.newPage();
    try {
      const url = new URL(site.fixture('hostile-page.html'));
      url.hostname = 'hostile.localhost';
      await other.goto(url.href, { waitUntil: 'load' });
      await waitForMentions(playwrightDriver(other), 1);
      await other.evaluate(() => {
        const body = document.createElement('body');
        const p = document.createElement('p');
        p.id = 'swapped-in';
        p.textContent = 'A new body, written after load: Dmitry Peskov spoke again on Friday.';
        body.append(p);
        document.body.replaceWith(body);
      });
      const inNewBody = (name: string) =>
        [...(CSS.highlights.get(name) ?? [])]
          .filter((r) => (r as Range).startContainer.isConnected && (r as Range).startContainer.parentElement?.closest('#swapped-in'))
          .map((r) => r.toString());
      await expect.poll(() => other.evaluate(inNewBody, MENTION), { timeout: 5_000 }).toEqual(['Dmitry Peskov']);
      await other.keyboard.press('Alt+Shift+M');
      await inRoot(other, 'parallax-popover').waitFor('.px-popover');
      expect(await other.evaluate(inNewBody, ACTIVE), 'the opened mention').toEqual(['Dmitry Peskov']);
    } finally {
      await other.close();
    }
  });

  it('text wrapped in an element named parallax-* is still spotted', async () => {
    const inWrapped = await page.evaluate(
      (name) =>
        [...(CSS.highlights.get(name) ?? [])].filter((r) => (r as Range).startContainer.parentElement?.closest('#wrapped')).map((r) => r.toString()),
      MENTION,
    );
    expect(inWrapped).toEqual(['Dmitry Peskov']);
  });
});

describe('a page cannot take over the card’s element by its name', () => {
  it('elements it defines as <parallax-popover> and <parallax-save> leave the card opening and a selection saved', async () => {
    const other = await harness.context.newPage();
    try {
      const url = new URL(site.fixture('hostile-elements.html'));
      url.hostname = 'hostile.localhost';
      await other.goto(url.href, { waitUntil: 'load' });
      const od = playwrightDriver(other);
      await waitForMentions(od, 1);
      const otherCard = inRoot(other, 'parallax-popover');
      const at = await other.evaluate((name) => {
        const r = ([...(CSS.highlights.get(name) ?? [])][0] as Range).getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, MENTION);
      await other.mouse.click(at.x, at.y);
      await expect.poll(() => otherCard.count('.px-quote'), { timeout: 5_000 }).toBeGreaterThan(0);
      await other.keyboard.press('Escape');
      await expect.poll(() => otherCard.count('.px-popover')).toBe(0);

      const before = (await stored()).length;
      await other.click('#second', { clickCount: 3 });
      await other.keyboard.press('Alt+Shift+S');
      await expect.poll(() => inRoot(other, 'parallax-save').texts('.px-title'), { timeout: 5_000 }).toEqual(['Saved to your collection']);
      expect((await stored()).length).toBe(before + 1);
      // The page's definitions did run for Parallax's elements: they were put to the test.
      expect(await other.evaluate(() => (window as unknown as { hostileElements: { made(): string[] } }).hostileElements.made())).toContain(
        'parallax-popover',
      );
    } finally {
      await other.close();
    }
  });
});

describe('a page cannot learn what the reader’s corpus or filters hold from the card’s size', () => {
  it('cards are as tall whatever they hold and whatever the filters hide', async () => {
    const other = await harness.context.newPage();
    const popup = await harness.openExtensionPage('popup.html');
    try {
      const url = new URL(site.fixture('card-size.html'));
      url.hostname = 'hostile.localhost';
      await other.goto(url.href, { waitUntil: 'load' });
      await waitForMentions(playwrightDriver(other), 2);
      const otherCard = inRoot(other, 'parallax-popover');
      /** The height of the card opened by a real click on the first mention in `selector`, as a page may measure it. */
      const heightAt = async (selector: string) => {
        await other.bringToFront();
        const at = await other.evaluate(
          ({ sel, name }) => {
            const range = [...(CSS.highlights.get(name) ?? [])].find((r) => (r as Range).startContainer.parentElement?.closest(sel)) as Range;
            const r = range.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          },
          { sel: selector, name: MENTION },
        );
        await other.mouse.click(at.x, at.y);
        await expect.poll(() => otherCard.count('.px-outlets, .px-hidden'), { timeout: 5_000 }).toBeGreaterThan(0);
        const height = (await otherCard.box('.px-popover'))!.height;
        await other.keyboard.press('Escape');
        await expect.poll(() => otherCard.count('.px-popover')).toBe(0);
        return height;
      };
      const azov = await heightAt('#azov');
      const kartapolov = await heightAt('#kartapolov');
      await popup.bringToFront();
      await popup.getByRole('tab', { name: 'Filters' }).click();
      const proKremlin = popup.locator('input[data-axis="alignment"][data-label="pro-Kremlin"]');
      await proKremlin.uncheck();
      const azovFiltered = await heightAt('#azov');
      await popup.bringToFront();
      await proKremlin.check();
      expect({ kartapolov, azovFiltered }, 'Azov’s card (one outlet’s), Kartapolov’s (another’s), Azov’s with its outlet hidden').toEqual({
        kartapolov: azov,
        azovFiltered: azov,
      });
    } finally {
      await popup.close();
      await other.close();
    }
  });
});

// Last: what a page registers for its document cannot be taken back, so nothing runs after it.
describe('a page cannot learn what a card holds from its paint timings', () => {
  it('the largest-contentful-paint entry of a card opened by hover is as large whatever the card holds', async () => {
    /** The largest paint a fresh load of the page records after a card opens at `name` by hover (no input yet). */
    const largest = async (name: string) => {
      const p = await harness.context.newPage();
      const url = new URL(site.fixture('paint-size.html'));
      url.hostname = 'hostile.localhost';
      await p.goto(url.href, { waitUntil: 'load' });
      const pd = playwrightDriver(p);
      await waitForMentions(pd, 2);
      const r = (await mentionRect(pd, await mentionIndex(pd, `^${name}$`)))!;
      await p.mouse.move(r.left + 1, r.top + r.height / 2);
      await p.mouse.move(r.left + 3, r.top + r.height / 2, { steps: 3 });
      await waitForPopoverReady(pd);
      await sleep(1_000);
      const sizes = await p.evaluate(() => (window as unknown as { paints: number[] }).paints);
      await p.close();
      return Math.max(...sizes);
    };
    const peskov = await largest('Dmitry Peskov');
    const gladkov = await largest('Vyacheslav Gladkov');
    // The two cards hold different claims and amounts of text; only where the card sits may change the rounding.
    expect(Math.abs(peskov - gladkov) / peskov).toBeLessThan(0.01);
  });
});

describe('a page cannot restyle the card through what it defines for the whole document', () => {
  it('custom properties it registers under the card’s public names leave the card opaque and its words visible', async () => {
    expect(await hostile('restyle')).toBeGreaterThan(0);
    await page.keyboard.press('Alt+Shift+M');
    await card().waitFor('.px-add');
    const look = await card().evaluate(function (this: ShadowRoot) {
      const style = (selector: string) => getComputedStyle(this.querySelector(selector)!);
      // The drawn words are the ::before of each .px-say (components/shared/say.tsx).
      const word = this.querySelector('.px-say')!;
      return {
        background: style('.px-popover').backgroundColor,
        text: getComputedStyle(word, '::before').color,
        border: style('.px-popover').borderTopColor,
      };
    }, undefined);
    expect(look).toBeDefined();
    for (const [what, colour] of Object.entries(look!)) expect(colour, what).not.toMatch(/^(transparent|rgba\(\d+, \d+, \d+, 0\))$/);
    expect(look!.background).toBe('rgb(255, 255, 255)');
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count('.px-popover')).toBe(0);
  });
});

describe('a page cannot put its own words in the reader’s collection', () => {
  let other: Page;
  const otherCard = () => inRoot(other, 'parallax-popover');
  const otherPanel = () => inRoot(other, 'parallax-save');

  beforeAll(async () => {
    other = await harness.context.newPage();
    const url = new URL(site.fixture('save-tricks.html'));
    url.hostname = 'hostile.localhost';
    await other.goto(url.href, { waitUntil: 'load' });
    await waitForMentions(playwrightDriver(other), 2);
  });
  afterAll(() => other?.close());

  /** Opens the card with a real click on the first mention in `selector`, once its claims are there. */
  async function openAt(selector: string) {
    const at = await other.evaluate(
      ({ sel, name }) => {
        const range = [...(CSS.highlights.get(name) ?? [])].find((r) => (r as Range).startContainer.parentElement?.closest(sel)) as Range;
        const r = range.getBoundingClientRect();
        return { x: r.left + 4, y: r.top + r.height / 2 };
      },
      { sel: selector, name: MENTION },
    );
    await other.mouse.click(at.x, at.y);
    await expect.poll(() => otherCard().count('.px-outlets'), { timeout: 5_000 }).toBeGreaterThan(0);
  }

  it('Save on a sentence holding a word the page hides saves nothing, and says why', async () => {
    const before = (await stored()).length;
    await openAt('#hidden');
    await lookAtCard();
    await otherCard().click('.px-save-button');
    await expect.poll(() => otherPanel().texts('.px-error'), { timeout: 5_000 }).toEqual([expect.stringContaining('words the page does not show')]);
    expect((await stored()).length).toBe(before);
    await other.keyboard.press('Escape');
    await expect.poll(() => otherPanel().count('.px-save'), { timeout: 5_000 }).toBe(0);
  });

  it('Save on a sentence holding a word the page draws with its stylesheet saves nothing, and says why', async () => {
    const before = (await stored()).length;
    await openAt('#drawn');
    await lookAtCard();
    await otherCard().click('.px-save-button');
    await expect
      .poll(() => otherPanel().texts('.px-error'), { timeout: 5_000 })
      .toEqual([expect.stringContaining('words the page draws with its stylesheet')]);
    expect((await stored()).length).toBe(before);
    await other.keyboard.press('Escape');
    await expect.poll(() => otherPanel().count('.px-save'), { timeout: 5_000 }).toBe(0);
  });

  it('Save on a sentence the page rewrites as the reader presses it saves nothing, and says why', async () => {
    const before = (await stored()).length;
    await openAt('#swap');
    await lookAtCard();
    // The header's controls in order: "Open the full comparison", then Save; Enter presses it.
    await other.keyboard.press('Tab');
    await other.keyboard.press('Tab');
    await other.keyboard.press('Enter');
    await expect.poll(() => otherPanel().texts('.px-error'), { timeout: 5_000 }).toEqual([expect.stringContaining('The sentence changed')]);
    expect((await stored()).map((h) => h.quote.exact).filter((q) => q.includes('fraud'))).toEqual([]);
    expect((await stored()).length).toBe(before);
    await other.keyboard.press('Escape');
  });
});
