/**
 * The content script and popover of the built Chromium extension (.output/chrome-mv3) on real pages
 * served from 127.0.0.1: the five seed articles (mentions painted with the CSS Custom Highlight API,
 * the page's DOM and text untouched, the popover by hover, click and keyboard, its placement, theme,
 * focus handling; a copy's outlet is compared too, as a page's outlet comes from its address), the fixture pages in tests/fixtures/pages
 * (nothing linked on unrelated pages or for other senses, late content, SPA navigation, hostile CSS, a
 * long article), clean-up when the extension is reloaded, and no console errors or outside requests.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openByKeyboard, readPopover, settledPopover, waitForPopoverClosed, waitForPopoverReady, type PopoverView } from './harness/card';
import type { ChromiumHarness } from './harness/chromium';
import { inRoot, type ShownText } from './harness/closed-root';
import {
  ACTIVE,
  MENTION,
  NEAR,
  distinct,
  loadSeedPack,
  luminance,
  mentionCount,
  mentionIndex,
  mentionRect,
  mentionTexts,
  overlaps,
  playwrightDriver,
  launchOnSite,
  waitForMentions,
  type ChromiumDriver,
  type PageDriver,
  type TestSite,
} from './harness/pages';

const pack = loadSeedPack();

let harness: ChromiumHarness;
let site: TestSite;
/** Every URL any page or worker of the browser requested. */
let requested: string[] = [];
/** Console errors and uncaught exceptions seen by the pages we opened. */
const pageErrors: string[] = [];
const pages: Page[] = [];

interface Snapshot {
  head: string;
  body: string;
  text: string;
  htmlAttrs: string;
  rootChildren: string[];
}
type SnapshotWindow = Window & { __pxBefore?: Snapshot; __pxSnapshot?: () => Snapshot };

/**
 * Runs before any script of the page and before the content script (document_idle): records the
 * page as it was at DOMContentLoaded, and leaves the same snapshot function for later comparisons.
 */
function captureAtDomContentLoaded() {
  const w = window as SnapshotWindow;
  w.__pxSnapshot = () => ({
    head: document.head.innerHTML,
    body: document.body.outerHTML,
    text: document.body.innerText,
    htmlAttrs: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
    rootChildren: [...document.documentElement.children].map((e) => e.tagName),
  });
  document.addEventListener('DOMContentLoaded', () => (w.__pxBefore = w.__pxSnapshot!()), { once: true });
}

beforeAll(async () => {
  ({ site, harness, requested } = await launchOnSite());
  await harness.context.addInitScript(captureAtDomContentLoaded);
});

/** Pages a test opened are closed after it, pass or fail (an old tab would see the reload test). */
afterEach(async () => {
  for (const p of pages) if (!p.isClosed()) await p.close();
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

async function open(url: string, options: { width?: number; height?: number } = {}): Promise<{ page: Page; d: ChromiumDriver }> {
  const page = await harness.context.newPage();
  pages.push(page);
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`${page.url()}: console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: uncaught: ${e.stack ?? e.message}`));
  if (options.width) await page.setViewportSize({ width: options.width, height: options.height ?? 720 });
  await page.goto(url, { waitUntil: 'load' });
  return { page, d: playwrightDriver(page) };
}

/** The page now compared with the snapshot taken at DOMContentLoaded. */
async function snapshots(d: PageDriver): Promise<{ before: Snapshot; now: Snapshot }> {
  return d.evaluate(() => {
    const w = window as SnapshotWindow;
    if (!w.__pxBefore || !w.__pxSnapshot) throw new Error('The init script did not record the page at DOMContentLoaded');
    return { before: w.__pxBefore, now: w.__pxSnapshot() };
  }, null);
}

/** The popover is where it should be: inside the viewport, clear of the mention it is about. */
function expectWellPlaced(view: PopoverView, what: string) {
  expect(view.visible, `${what}: popover visible`).toBe(true);
  const p = view.rect!;
  expect(p.width, `${what}: popover width`).toBeGreaterThan(100);
  expect(p.left, `${what}: popover left edge`).toBeGreaterThanOrEqual(0);
  expect(p.top, `${what}: popover top edge`).toBeGreaterThanOrEqual(0);
  expect(p.right, `${what}: popover right edge`).toBeLessThanOrEqual(view.viewport.width);
  expect(p.bottom, `${what}: popover bottom edge`).toBeLessThanOrEqual(view.viewport.height);
  expect(view.activeRects.length, `${what}: active mention painted`).toBeGreaterThan(0);
  for (const m of view.activeRects)
    expect(overlaps(p, m), `${what}: popover ${JSON.stringify(p)} covers the mention ${JSON.stringify(m)}`).toBe(false);
  expect(view.onTop, `${what}: nothing of the page covers the popover`).toBe(true);
}

describe('seed pages', () => {
  for (const article of pack.articles) {
    const own = article.outletId;
    it(`${article.id}: paints mentions, leaves the page as it was, opens by hover and keyboard with every outlet (a copy is not the outlet's page)`, async () => {
      const { page, d } = await open(site.seed(article.id));
      const count = await waitForMentions(d, 11);
      expect(count).toBeGreaterThan(10);
      const texts = await mentionTexts(d);
      expect(texts.every((t) => t.trim().length > 1)).toBe(true);

      // Painting changed nothing in the page: body markup and text, head, <html> attributes and children.
      let { before, now } = await snapshots(d);
      expect(now.body).toBe(before.body);
      expect(now.text).toBe(before.text);
      expect(now.head).toBe(before.head);
      expect(now.htmlAttrs).toBe(before.htmlAttrs);
      expect(now.rootChildren).toEqual(before.rootChildren);
      expect(await d.evaluate(() => document.activeElement === document.body, null)).toBe(true);

      // Keyboard: step with Alt+Shift+M to the first mention of the Il-76 or its crash.
      const keyIndex = await mentionIndex(d, 'il-?76|ilyushin');
      expect(keyIndex, 'an Il-76 mention is painted').toBeGreaterThanOrEqual(0);
      let view = await openByKeyboard(d, keyIndex + 1);
      expect(view.active).toBe(texts[keyIndex]);
      expect(view.title).toMatch(/Il-76|Ilyushin/);
      expect(view.role).toBe('dialog');
      expect(view.labelledBy).toBe('px-title');
      expect(view.error).toBeNull();
      expect(view.claims).toBeGreaterThan(0);
      expect(view.focusInside, 'keyboard moves focus into the popover').toBe(true);
      expect(view.hostParent).toBe('HTML');
      expect(distinct(view.outlets).length, `outlets shown: ${distinct(view.outlets)}`).toBeGreaterThanOrEqual(2);
      // A copy served at 127.0.0.1 is not the outlet's page, whatever its og:site_name says: its outlet is compared too.
      expect(view.outlets, `a copy is not ${own}'s own page`).toContain(own);
      expect(luminance(view.background!), 'light theme: light background').toBeGreaterThan(0.8);
      expectWellPlaced(await settledPopover(d), 'keyboard');

      await d.press('Escape');
      view = await waitForPopoverClosed(d);
      expect(view.visible).toBe(false);
      expect(view.active).toBeNull();
      expect(await d.evaluate(() => document.activeElement === document.body, null), 'focus is back where it was').toBe(true);

      // Hover: rest the pointer on a mention of Belgorod (which every other outlet covers).
      const hoverIndex = await mentionIndex(d, '^Belgorod( region| Oblast)?$');
      expect(hoverIndex, 'a Belgorod mention is painted').toBeGreaterThanOrEqual(0);
      const r = (await mentionRect(d, hoverIndex))!;
      const movedAt = Date.now();
      await page.mouse.move(r.left + r.width / 2, r.top + r.height / 2);
      const early = await readPopover(d);
      // Hover intent: nothing opens the moment the pointer arrives (checked only if we looked in time).
      if (Date.now() - movedAt < 250) expect(early.open, 'popover open at once on hover').toBe(false);
      view = await waitForPopoverReady(d);
      expect(view.title).toBe('Belgorod');
      expect(view.active).toBe(texts[hoverIndex]);
      expect(view.claims).toBeGreaterThan(0);
      expect(distinct(view.outlets).length, `outlets shown: ${distinct(view.outlets)}`).toBeGreaterThanOrEqual(2);
      // A copy served at 127.0.0.1 is not the outlet's page, whatever its og:site_name says: its outlet is compared too.
      expect(view.outlets, `a copy is not ${own}'s own page`).toContain(own);
      expect(view.focusInside, 'hover does not take focus').toBe(false);
      expectWellPlaced(await settledPopover(d), 'hover');

      await d.press('Escape');
      view = await waitForPopoverClosed(d);
      expect(view.visible).toBe(false);
      expect(await d.evaluate(() => document.activeElement === document.body, null)).toBe(true);
      await page.mouse.move(1, 1);

      // Still nothing changed in the page; the popover's host went into <html>, after <body>.
      ({ before, now } = await snapshots(d));
      expect(now.body).toBe(before.body);
      expect(now.text).toBe(before.text);
      expect(now.head).toBe(before.head);
      expect(now.htmlAttrs).toBe(before.htmlAttrs);
      expect(now.rootChildren).toEqual([...before.rootChildren, 'PARALLAX-POPOVER']);
    });
  }

  it('AFP page: the popover of Belgorod region, where the plane came down, says where accounts differ', async () => {
    const { d } = await open(site.seed('afp-2024-01-24-russia-says-plane-crashes'));
    await waitForMentions(d, 11);
    const index = await mentionIndex(d, '^Belgorod( region)?$');
    const view = await openByKeyboard(d, index + 1);
    expect(view.title).toBe('Belgorod');
    expect(view.disagree).toBeGreaterThan(0);
    expect(view.outlets, "a copy at 127.0.0.1 is not AFP's page").toContain('afp');
  });

  it('AFP page: the Il-76 popover says where accounts differ', async () => {
    const { d } = await open(site.seed('afp-2024-01-24-russia-says-plane-crashes'));
    await waitForMentions(d, 11);
    const index = await mentionIndex(d, 'il-?76|ilyushin');
    const view = await openByKeyboard(d, index + 1);
    expect(view.title).toMatch(/Il-76/);
    expect(distinct(view.outlets).length).toBeGreaterThanOrEqual(2);
    expect(view.disagree, `"${view.title}" popover on the AFP page: .px-disagree`).toBeGreaterThan(0);
  });

  it("AFP page: a card's questions follow the sentence of the mention opened, also when the page already holds the entity's answer", async () => {
    const { page, d } = await open(site.seed('afp-2024-01-24-russia-says-plane-crashes'));
    await waitForMentions(d, 11);
    /** The Belgorod mention in the paragraph that says `words`. */
    const belgorodIn = (words: string) =>
      d.evaluate(
        ([name, words]) =>
          ([...(CSS.highlights.get(name) ?? [])] as Range[]).findIndex(
            (r) => r.toString().startsWith('Belgorod') && (r.startContainer.parentElement?.textContent ?? '').includes(words),
          ),
        [MENTION, words] as const,
      );
    /** Clicks mention `index` and answers its card's first question, then closes the card. */
    const firstQuestion = async (index: number) => {
      const r = (await mentionRect(d, index, 'bottom'))!;
      await page.mouse.click(r.left + r.width / 2, r.top + r.height / 2);
      await waitForPopoverReady(d);
      const question = await inRoot(page, 'parallax-popover').evaluate(function (this: ShadowRoot, _: null, shown: ShownText) {
        const question = this.querySelector('.px-question');
        return question ? shown(question) : null;
      }, null);
      await d.press('Escape');
      await waitForPopoverClosed(d);
      return question;
    };
    const aboard = await belgorodIn('On board were 65 captured');
    const falling = await belgorodIn('Unverified videos on social media showed a large plane');
    expect(aboard).toBeGreaterThanOrEqual(0);
    expect(falling).toBeGreaterThanOrEqual(0);
    expect(await firstQuestion(aboard)).toBe('Who was on board, and how many?');
    // The same entity's card again, from a sentence about the plane falling from the sky: the answer
    // the page keeps is ordered for this sentence, not the last one.
    expect(await firstQuestion(falling)).toBe('What brought the plane down, and who is blamed?');
    expect(await firstQuestion(aboard)).toBe('Who was on board, and how many?');
  });

  it('near the bottom-right corner, a clicked mention gets a popover above it, inside the viewport', async () => {
    const { page, d } = await open(site.seed('wsws-2024-01-26-ukraine-shoots-down'), { width: 700, height: 500 });
    await waitForMentions(d, 11);
    // The mention on one line that reaches furthest right.
    const index = await d.evaluate((name) => {
      let best = -1;
      let right = -1;
      ([...(CSS.highlights.get(name) ?? [])] as Range[]).forEach((range, i) => {
        const rects = range.getClientRects();
        if (rects.length === 1 && rects[0].right > right) [best, right] = [i, rects[0].right];
      });
      return best;
    }, MENTION);
    const r = (await mentionRect(d, index, 'bottom'))!;
    expect(r.bottom).toBeGreaterThan(500 - 40);
    expect(r.right).toBeGreaterThan(700 - 200);
    await page.mouse.click(r.left + r.width / 2, r.top + r.height / 2);
    let view = await waitForPopoverReady(d);
    expect(view.focusInside, 'click moves focus into the popover').toBe(true);
    view = await settledPopover(d);
    expectWellPlaced(view, 'bottom-right');
    expect(view.rect!.bottom, 'flipped above the mention').toBeLessThanOrEqual(r.top);
    // A click elsewhere in the page closes it.
    await page.mouse.click(5, 5);
    await waitForPopoverClosed(d);
  });

  it('dark colour scheme: the popover is dark', async () => {
    const { page, d } = await open(site.seed('rferl-2024-01-24-moscow-accuses-kyiv'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await waitForMentions(d, 11);
    const view = await openByKeyboard(d);
    expect(view.visible).toBe(true);
    expect(luminance(view.background!), `background ${view.background}`).toBeLessThan(0.05);
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('every card shows the reader’s card mark, the one the popup names, which the page cannot read', async () => {
    const { page, d } = await open(site.seed('rferl-2024-01-24-moscow-accuses-kyiv'));
    await waitForMentions(d, 11);
    await openByKeyboard(d);
    // Shown once the browser has said nothing covers the card (components/shared/plain-view.ts).
    await expect.poll(() => inRoot(page, 'parallax-popover').texts('.px-mark')).toEqual([expect.stringMatching(/^Your mark: /)]);
    const inCard = await inRoot(page, 'parallax-popover').texts('.px-mark');
    const popup = await harness.openExtensionPage('popup.html');
    try {
      const named = await popup.getByTestId('card-mark').locator('strong').textContent();
      expect(named).toMatch(/^[a-z]+ [a-z]+$/);
      expect(inCard).toEqual([`Your mark: ${named}`]);
      // Drawn in the closed root: nothing of it is in the page's text, nor found by searching it.
      expect(await page.evaluate((words) => document.documentElement.innerText.includes(words), named!)).toBe(false);
    } finally {
      await popup.close();
    }
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('forced colours (high contrast): mentions are underlined in the system’s link colour, the open one twice over, and the card draws nothing across its words', async () => {
    const { page, d } = await open(site.seed('rferl-2024-01-24-moscow-accuses-kyiv'));
    await page.emulateMedia({ forcedColors: 'active' });
    try {
      await waitForMentions(d, 11);
      const decoration = (name: string) =>
        page.evaluate((n) => {
          const style = getComputedStyle(document.body, `::highlight(${n})`);
          return `${style.textDecorationLine} ${style.textDecorationStyle}`;
        }, name);
      expect(await decoration('parallax-mention')).toBe('underline solid');
      expect(await decoration('parallax-mention-active')).toBe('underline double');
      const view = await openByKeyboard(d);
      expect(view.visible).toBe(true);
      // The card's fixed paint (a large glyph behind its words) is drawn in the card's own ground, never in the text's colour.
      const paint = await inRoot(page, 'parallax-popover').evaluate(function (this: ShadowRoot) {
        const mark = this.querySelector('.px-paint-mark')!;
        return { glyph: getComputedStyle(mark, '::before').color, ground: getComputedStyle(this.querySelector('.px-popover')!).backgroundColor };
      }, null);
      expect(paint?.glyph).toBeTruthy();
      expect(paint?.glyph).toBe(paint?.ground);
      await d.press('Escape');
      await waitForPopoverClosed(d);
    } finally {
      await page.emulateMedia({ forcedColors: 'none' });
    }
  });
});

describe('fixture pages', () => {
  it('unrelated.html: a page naming nothing known gets no mentions', async () => {
    const { page, d } = await open(site.fixture('unrelated.html'));
    // The highlight is registered (empty) once the scan has run.
    await waitForMentions(d, 0);
    expect(await mentionCount(d)).toBe(0);
    await d.press('KeyM', ['Alt', 'Shift']);
    expect((await readPopover(d)).open).toBe(false);
  });

  it('other-senses.html: words in other senses are not linked; the true name later on is', async () => {
    const { page, d } = await open(site.fixture('other-senses.html'));
    await waitForMentions(d, 1);
    const texts = await mentionTexts(d);
    expect(texts).toContain('Dmitry Peskov');
    const wrong = texts.filter((t) => /pace|azov|kirby|kiev|petersburg|duma/i.test(t));
    expect(wrong, 'other senses linked').toEqual([]);
  });

  it('other-senses.html: a change of the address’s fragment alone (#…) is no move to another page: nothing is read again', async () => {
    const { d } = await open(site.fixture('other-senses.html'));
    await waitForMentions(d, 1);
    await d.evaluate((name) => {
      (window as Window & { __pxFirst?: Range }).__pxFirst = [...(CSS.highlights.get(name) ?? [])][0] as Range;
    }, MENTION);
    await d.evaluate(() => {
      for (let i = 0; i < 5; i++) history.replaceState(null, '', `#part-${i}`);
      location.hash = '#end';
    }, null);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    // Read again, the page's mentions would be new Ranges.
    const kept = () => d.evaluate((name) => CSS.highlights.get(name)!.has((window as Window & { __pxFirst?: Range }).__pxFirst!), MENTION);
    expect(await kept()).toBe(true);
    // A route in the fragment ("#/…", a hash-routed site's next story) is a move: the page is read again.
    await d.evaluate(() => {
      location.hash = '#/story/2';
    }, null);
    await expect.poll(kept, { timeout: 5_000 }).toBe(false);
    await waitForMentions(d, 1);
  });

  it('live-rerender.html: a card open at a name keeps pointing at it when the page renders its list anew, and closes when the name is gone', async () => {
    const { d } = await open(site.fixture('live-rerender.html'));
    await waitForMentions(d, 1);
    const view = await openByKeyboard(d);
    expect(view.active).toBe('Dmitry Peskov');
    await d.evaluate(() => {
      const list = document.getElementById('entries')!;
      list.replaceChildren(...[...list.children].map((li) => li.cloneNode(true)));
    }, null);
    await expect.poll(async () => (await readPopover(d)).activeRects.length, { timeout: 5_000 }).toBeGreaterThan(0);
    const after = await readPopover(d);
    expect(after.open).toBe(true);
    expect(after.active).toBe('Dmitry Peskov');
    await d.evaluate(() => {
      document.getElementById('entries')!.replaceChildren();
    }, null);
    await waitForPopoverClosed(d);
  });

  it('live-rerender.html: a card open as the page renders its list anew stays where it is: it does not jump to the corner and back (a layout shift the page would be charged for)', async () => {
    const { d } = await open(site.fixture('live-rerender.html'));
    await waitForMentions(d, 1);
    await openByKeyboard(d);
    await d.evaluate(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.shifts.push((e as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift' });
    }, null);
    for (let i = 0; i < 3; i++) {
      await d.evaluate(() => {
        const list = document.getElementById('entries')!;
        list.replaceChildren(...[...list.children].map((li) => li.cloneNode(true)));
      }, null);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect((await readPopover(d)).open).toBe(true);
    expect(await d.evaluate(() => (window as unknown as { shifts: number[] }).shifts, null)).toEqual([]);
  });

  it('live-prepend.html: a card clicked open at a name stays on its side of the name while posts arrive above it (the pointer left on the name)', async () => {
    const { page, d } = await open(site.fixture('live-prepend.html'), { width: 900, height: 720 });
    await waitForMentions(d, 1);
    const index = await mentionIndex(d, 'Dmitry Peskov');
    // The name exactly in the middle of the window: as much room above it as below, neither enough for the
    // whole card, which is sized to the side it is on.
    await page.evaluate(() => {
      const text = [...document.querySelectorAll('li p')].find((p) => p.textContent!.includes('Peskov'))!.firstChild!;
      const name = document.createRange();
      name.setStart(text, text.textContent!.indexOf('Dmitry'));
      name.setEnd(text, text.textContent!.indexOf('Peskov') + 'Peskov'.length);
      const box = name.getBoundingClientRect();
      scrollBy(0, box.top - (innerHeight - box.height) / 2);
    });
    const r = (await mentionRect(d, index))!;
    await page.mouse.click(r.left + r.width / 2, r.top + r.height / 2);
    await waitForPopoverReady(d);
    // Its claims drawn, the card has settled on the side with more room.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const first = await readPopover(d);
    const sides: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.evaluate((n) => {
        const post = document.createElement('li');
        post.innerHTML = `<p>12:${10 + n} — Sergei Lavrov is due to speak on the inquiry this afternoon.</p>`;
        // A height in fractions of a pixel, as lines of 1.6 times the font are: scroll anchoring, in whole
        // pixels, leaves the name a fraction of a pixel higher or lower after each post.
        post.style.height = '110.4px';
        document.getElementById('posts')!.prepend(post);
      }, i);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const view = await readPopover(d);
      expect(view.open).toBe(true);
      const name = view.activeRects[0];
      sides.push(view.rect!.top >= name.bottom ? 'below' : view.rect!.bottom <= name.top ? 'above' : 'over');
    }
    const side = first.rect!.top >= first.activeRects[0].bottom ? 'below' : 'above';
    expect(sides).toEqual(Array(6).fill(side));
  });

  it('live-prepend.html: a card opened above a name low in the window goes below it once the reader scrolls the name up and there is clearly more room below', async () => {
    const { page, d } = await open(site.fixture('live-prepend.html'), { width: 900, height: 720 });
    await waitForMentions(d, 1);
    const nameAt = (y: number) =>
      page.evaluate((y) => {
        const text = [...document.querySelectorAll('li p')].find((p) => p.textContent!.includes('Peskov'))!.firstChild!;
        const name = document.createRange();
        name.setStart(text, text.textContent!.indexOf('Dmitry'));
        name.setEnd(text, text.textContent!.indexOf('Peskov') + 'Peskov'.length);
        scrollBy(0, name.getBoundingClientRect().top - y);
        const box = name.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }, y);
    // The name clicked where it stands (mentionRect would scroll it to the middle of the window).
    const at = await nameAt(640);
    await page.mouse.click(at.x, at.y);
    await waitForPopoverReady(d);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const before = await readPopover(d);
    expect(before.rect!.bottom, 'above the name').toBeLessThanOrEqual(before.activeRects[0].top);
    await page.mouse.move(5, 5);
    await nameAt(230);
    await expect
      .poll(
        async () => {
          const view = await readPopover(d);
          return view.open && view.rect!.top >= view.activeRects[0].bottom;
        },
        { timeout: 3_000 },
      )
      .toBe(true);
  });

  it('clamped.html: stepping to names in boxes that hide their overflow (a clamped teaser, a cut-off preview) scrolls none of them; a box the reader can scroll is scrolled to the name', async () => {
    const { d } = await open(site.fixture('clamped.html'));
    await waitForMentions(d, 4);
    const scrolled = () =>
      d.evaluate(() => [...document.querySelectorAll('[data-box]')].map((b) => `${b.getAttribute('data-box')} ${b.scrollTop}`), null);
    const visited: string[] = [];
    for (let i = 0; i < 4; i++) {
      visited.push((await openByKeyboard(d)).active ?? '');
      await d.press('Escape');
      await waitForPopoverClosed(d);
    }
    const after = await scrolled();
    expect(visited).toEqual(['Kremlin', 'Dmitry Peskov', 'Vyacheslav Gladkov', 'Vyacheslav Gladkov']);
    expect(after.filter((b) => !b.startsWith('scroller'))).toEqual(['teaser 0', 'preview 0']);
    expect(Number(after.find((b) => b.startsWith('scroller'))!.split(' ')[1])).toBeGreaterThan(0);
  });

  it('rtl.html: on a right-to-left page the card is still laid out left to right', async () => {
    const { page, d } = await open(site.fixture('rtl.html'));
    await waitForMentions(d, 1);
    const view = await openByKeyboard(d);
    expect(view.title).toBe('Dmitry Peskov');
    const direction = await inRoot(page, 'parallax-popover').evaluate(function (this: ShadowRoot) {
      return getComputedStyle(this.querySelector('.px-popover')!).direction;
    }, undefined);
    expect(direction).toBe('ltr');
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('hit-areas.html: hovering opens a card only where the page shows the name: not for a slide a carousel clips, but under a teaser’s stretched link and at any letter of a headline split letter by letter', async () => {
    const { page, d } = await open(site.fixture('hit-areas.html'));
    await waitForMentions(d, 3);
    /** Where a name's text is laid out (clipped or not), from its painted range. */
    const centre = (pattern: string) =>
      page.evaluate(
        ({ name, pattern }) => {
          const range = [...(CSS.highlights.get(name) ?? [])].find((r) => new RegExp(pattern).test(r.toString())) as Range;
          const rects = [...range.getClientRects()];
          return rects.map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 }));
        },
        { name: MENTION, pattern },
      );
    const hover = async (at: { x: number; y: number }) => {
      await page.mouse.move(1, 1);
      await page.mouse.move(at.x, at.y);
    };

    const [kremlin] = await centre('^Kremlin$');
    const rail = (await page.locator('#rail').boundingBox())!;
    expect(kremlin.x, 'the clipped name lies right of the carousel').toBeGreaterThan(rail.x + rail.width);
    await hover(kremlin);
    await page.waitForTimeout(1_000);
    expect((await readPopover(d)).open, 'a card for a name the carousel clips').toBe(false);

    const [peskov] = await centre('Peskov$');
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, peskov), 'the link lies over the summary').toBe('a');
    await hover(peskov);
    expect((await waitForPopoverReady(d)).title).toBe('Dmitry Peskov');
    await d.press('Escape');
    await waitForPopoverClosed(d);

    // The middle letters of "Lavrov": neither its first text node nor its last.
    const letter = (await page.locator('#split span').nth(8).boundingBox())!;
    await hover({ x: letter.x + letter.width / 2, y: letter.y + letter.height / 2 });
    expect((await waitForPopoverReady(d)).title).toBe('Sergei Lavrov');
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('vertical-name.html: a card for a tall name in vertical text, in a short window, keeps its header on screen', async () => {
    const { page, d } = await open(site.fixture('vertical-name.html'));
    await page.setViewportSize({ width: 800, height: 340 });
    await waitForMentions(d, 1);
    const peskov = (await mentionRect(d, await mentionIndex(d, 'Peskov')))!;
    await page.mouse.click(peskov.left + peskov.width / 2, peskov.top + 5);
    await waitForPopoverReady(d);
    await settledPopover(d);
    const card = (await inRoot(page, 'parallax-popover').box('.px-popover'))!;
    expect(card.y, 'the card’s top on screen').toBeGreaterThanOrEqual(0);
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('zoomed.html: on a page zoomed by its stylesheet the card opens next to its name at the reader’s scale; a card whose name a box scrolls away closes', async () => {
    const { page, d } = await open(site.fixture('zoomed.html'));
    await waitForMentions(d, 2);
    const lavrov = (await mentionRect(d, await mentionIndex(d, 'Lavrov')))!;
    await page.mouse.click(lavrov.left + 5, lavrov.top + lavrov.height / 2);
    await waitForPopoverReady(d);
    const card = (await inRoot(page, 'parallax-popover').box('.px-popover'))!;
    const viewport = page.viewportSize()!;
    expect(card.y - lavrov.bottom, 'the card’s top below the name').toBeGreaterThanOrEqual(0);
    expect(card.y - lavrov.bottom, 'the card’s top below the name').toBeLessThan(20);
    expect(Math.abs(card.x - lavrov.left), 'the card’s left at the name’s').toBeLessThan(20);
    expect(card.y + card.height, 'the card’s foot on screen').toBeLessThanOrEqual(viewport.height);
    expect(card.height, 'the card at the reader’s scale (it takes at most 560 px)').toBeLessThanOrEqual(561);
    await d.press('Escape');
    await waitForPopoverClosed(d);

    const peskov = (await mentionRect(d, await mentionIndex(d, 'Peskov')))!;
    await page.mouse.click(peskov.left + 5, peskov.top + peskov.height / 2);
    await waitForPopoverReady(d);
    // The reader scrolls the box with the wheel until the name is out of it (the pointer on the name's
    // line, right of it: the card lies below).
    const box = (await page.locator('#box').boundingBox())!;
    await page.mouse.move(box.x + box.width - 15, peskov.top + peskov.height / 2);
    await page.mouse.wheel(0, 400);
    await waitForPopoverClosed(d);
    expect((await readPopover(d)).open).toBe(false);
  });

  it('smooth-scroll.html: a card opened by Alt+Shift+M at a name far down a smoothly scrolling page stays open; scrolled away, it closes without taking the reader back', async () => {
    const { page, d } = await open(site.fixture('smooth-scroll.html'));
    await waitForMentions(d, 1);
    const view = await openByKeyboard(d);
    expect(view.title).toBe('Dmitry Peskov');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await readPopover(d)).open, 'the card after the page has scrolled to its name').toBe(true);
    await d.press('Escape');
    await waitForPopoverClosed(d);

    // With the focus on a link at the top, the keyboard opens the card far down; the reader then scrolls
    // on past the name: the card closes, and the page stays where the reader took it.
    await d.evaluate(() => document.getElementById('top-link')!.focus({ preventScroll: true }), null);
    await openByKeyboard(d);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await page.mouse.move(5, 5);
    await page.mouse.wheel(0, 1200);
    await waitForPopoverClosed(d, 5_000);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await d.evaluate(() => scrollY, null), 'where the page is after the card closed').toBeGreaterThan(2000);
  });

  it('front-page.html: on a page of teasers, each its own article, one story’s names are no context for the next story’s short words', async () => {
    const { d } = await open(site.fixture('front-page.html'));
    await waitForMentions(d, 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await mentionTexts(d)).toEqual(['John Kirby', 'Kirby', 'Il-76 crash']);
  });

  it('short-name-first.html: a headline’s surname is linked once the first lines name the person in full; a sentence’s before the full name, and the next article’s game called Kirby, are not', async () => {
    const { d } = await open(site.fixture('short-name-first.html'));
    await waitForMentions(d, 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await mentionTexts(d)).toEqual(['Kirby', 'John Kirby', 'John Kirby']);
  });

  it('names-across-blocks.html: no name runs from one block into the next (a heading into a paragraph, list items, table cells); one wrapped in the source, set on two lines with <br> or split into inline <div>s is still a name', async () => {
    const { d } = await open(site.fixture('names-across-blocks.html'));
    await waitForMentions(d, 5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await mentionTexts(d)).toEqual(['Il-76', 'Kremlin', 'Dmitry\n      Peskov', 'VolodymyrZelensky', 'Vyacheslav Gladkov']);
  });

  it('snap-sections.html, column-split.html, locked-scroll.html: stepping to a name leaves it and its card on screen on a page that snaps its scrolling, for a name running from one column into the next, and never scrolls a page that locks its scrolling', async () => {
    /** Where the open name is on screen (its first part), and whether its card is inside the window. */
    const onScreen = async (d: ChromiumDriver, view: PopoverView) => {
      const name = await d.evaluate((active) => {
        const range = [...(CSS.highlights.get(active) ?? [])][0] as Range | undefined;
        const first = range?.getClientRects()[0];
        return first ? first.top >= 0 && first.bottom <= innerHeight : false;
      }, ACTIVE);
      const height = await d.evaluate(() => innerHeight, null);
      const card = !!view.rect && view.rect.top >= 0 && view.rect.top < height;
      return { name, card };
    };

    const snapped = await open(site.fixture('snap-sections.html'));
    await waitForMentions(snapped.d, 4);
    const steps: string[] = [];
    for (let i = 0; i < 4; i++) {
      const view = await openByKeyboard(snapped.d);
      const seen = await onScreen(snapped.d, view);
      steps.push(`${view.active} ${seen.name && seen.card}`);
      await snapped.d.press('Escape');
      await waitForPopoverClosed(snapped.d);
    }
    expect(steps).toEqual(['Il-76 true', 'Vyacheslav Gladkov true', 'Belgorod true', 'Dmitry Peskov true']);

    const columns = await open(site.fixture('column-split.html'));
    await waitForMentions(columns.d, 1);
    const rects = await columns.d.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).getClientRects().length), MENTION);
    expect(rects, 'the name is drawn in two parts').toEqual([2]);
    const view = await openByKeyboard(columns.d);
    expect(await onScreen(columns.d, view)).toEqual({ name: true, card: true });
    await columns.d.press('Escape');
    await waitForPopoverClosed(columns.d);

    const locked = await open(site.fixture('locked-scroll.html'));
    await waitForMentions(locked.d, 2);
    for (let i = 0; i < 3; i++) {
      await openByKeyboard(locked.d);
      expect(await locked.d.evaluate(() => [scrollY, document.documentElement.scrollTop, document.body.scrollTop].join(), null)).toBe('0,0,0');
      await locked.d.press('Escape');
      await waitForPopoverClosed(locked.d);
    }
  });

  it('printing: mentions are not marked on paper', async () => {
    const { page, d } = await open(site.fixture('styled-blocks.html'));
    await waitForMentions(d, 6);
    const mark = () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('h1')!, '::highlight(parallax-mention)');
        return style.backgroundColor;
      });
    expect(await mark(), 'on screen').not.toBe('rgba(0, 0, 0, 0)');
    await page.emulateMedia({ media: 'print' });
    expect(await mark(), 'in print').toBe('rgba(0, 0, 0, 0)');
    await page.emulateMedia({ media: 'screen' });
  });

  it('styled-blocks.html: words in inline tags the page lays out apart do not run together (a kicker, topic chips, a name on two lines, a footnote mark, an icon); a drop cap and a headline set letter by letter stay words', async () => {
    const { d } = await open(site.fixture('styled-blocks.html'));
    await waitForMentions(d, 8);
    // The name set on two lines is one mention over both spans (no space between them in the page's text);
    // "Lav" + "rovsky" is one word laid out inline: no Lavrov there.
    expect(await mentionTexts(d)).toEqual(['Putin', 'Kremlin', 'Lavrov', 'VladimirPutin', 'Sergei Lavrov', 'Kyiv', 'Dmitry Peskov', 'Kremlin']);
  });

  it('hidden-menu.html: Alt+Shift+M passes over names the page does not show (a closed menu, a hidden drawer), in both directions', async () => {
    const { d } = await open(site.fixture('hidden-menu.html'));
    await waitForMentions(d, 4);
    const forward = await openByKeyboard(d);
    expect(forward.title).toBe('Dmitry Peskov');
    expect(forward.active).toBe('Dmitry Peskov');
    await d.press('Escape');
    await waitForPopoverClosed(d);
    // Onwards from the last mention shown, round to the first again: the hidden ones are passed over.
    const again = await openByKeyboard(d);
    expect(again.active).toBe('Dmitry Peskov');
    await d.press('Escape');
    await waitForPopoverClosed(d);
    const back = await openByKeyboard(d, 1, true);
    expect(back.active).toBe('Dmitry Peskov');
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('endless-stories.html: Alt+Shift+M steps on into the story appended below, as the page moves its address to it, each step opening its card', async () => {
    const { d } = await open(site.fixture('endless-stories.html'));
    await waitForMentions(d, 8);
    // Each step opens its card (openByKeyboard waits for it), in the order the names stand.
    const reached: string[] = [];
    for (let i = 0; i < 10; i++) reached.push((await openByKeyboard(d)).active ?? '');
    expect(reached).toEqual([
      'Kremlin',
      'Kyiv',
      'Kremlin',
      'Dmitry Peskov',
      'Kyiv',
      'Andriy Yusov',
      'Kyiv',
      'Lavrov',
      'Sergei Lavrov',
      'Vyacheslav Gladkov',
    ]);
    expect(await d.evaluate(() => location.search, null), 'the page moved its address to the second story').toBe('?story=2');
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('endless-stories.html: the first Alt+Shift+M of a reader who has scrolled into the second story opens a name where they are reading, not back in the first story', async () => {
    const { page, d } = await open(site.fixture('endless-stories.html'));
    await waitForMentions(d, 8);
    await page.evaluate(() => document.querySelector('#s2 h1')!.scrollIntoView({ block: 'start' }));
    await expect.poll(() => d.evaluate(() => location.search, null)).toBe('?story=2');
    const card = await openByKeyboard(d);
    expect(card.active).toBe('Lavrov');
    expect(await d.evaluate(() => location.search, null), 'the page stays on the second story').toBe('?story=2');
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('app-shell.html: names scrolled above the box the article scrolls in are still stepped back to', async () => {
    const { page, d } = await open(site.fixture('app-shell.html'));
    await waitForMentions(d, 3);
    await page.evaluate(() => {
      const scroller = document.getElementById('scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
    });
    // From the end back: Gladkov, Kyiv, Andriy Yusov, Kyiv, then the first paragraph's Peskov, far above the box's view.
    const reached: string[] = [];
    for (let i = 0; i < 6 && !reached.includes('Dmitry Peskov'); i++) {
      reached.push((await openByKeyboard(d, 1, true)).active ?? '');
      await d.press('Escape');
      await waitForPopoverClosed(d);
    }
    expect(reached).toContain('Dmitry Peskov');
  });

  it('consent-dialog.html: while a modal dialog is open neither Alt+Shift+M nor a click on a name in the dialog opens a card under its backdrop; once answered it does, passing over an inert menu', async () => {
    const { page, d } = await open(site.fixture('consent-dialog.html'));
    await waitForMentions(d, 4);
    await d.press('KeyM', ['Alt', 'Shift']);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await readPopover(d)).open, 'no card while the dialog is open').toBe(false);
    await page.click('#in-dialog');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await readPopover(d)).open, 'no card for a click in the dialog').toBe(false);
    await page.click('#accept');
    const card = await openByKeyboard(d);
    expect(card.active, 'the inert menu’s Kremlin passed over').toBe('Kremlin');
    expect(card.onTop).toBe(true);
    // A dialog the page opens while the card is open (a newsletter's, as the reader scrolls) closes the
    // card: left open, it would sit under the backdrop, its buttons out of reach.
    await page.evaluate(() => (document.getElementById('consent') as HTMLDialogElement).showModal());
    await waitForPopoverClosed(d);
    expect(await d.evaluate(() => document.activeElement?.closest('dialog')?.id ?? null, null), 'the focus is in the dialog').toBe('consent');
    await page.click('#accept');
    await openByKeyboard(d);
    // So does an element of the page's gone fullscreen (a gallery): the card would be drawn behind it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Runtime.evaluate', { expression: 'document.querySelector("main").requestFullscreen()', userGesture: true, awaitPromise: true });
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await waitForPopoverClosed(d);
    await page.evaluate(() => document.exitFullscreen());
    await cdp.detach();
    await openByKeyboard(d);
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('consent-wall.html: a consent wall built as a fixed box marked modal (role="dialog" aria-modal="true") holds the page as a modal dialog does', async () => {
    const { page, d } = await open(site.fixture('consent-wall.html'));
    await waitForMentions(d, 2);
    await d.press('KeyM', ['Alt', 'Shift']);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await readPopover(d)).open, 'no card under the wall').toBe(false);
    await page.click('#accept');
    const card = await openByKeyboard(d);
    expect(card.onTop).toBe(true);
    // The wall shown again (its attribute taken off) while the card is open closes the card.
    await page.evaluate(() => document.getElementById('wall')!.removeAttribute('hidden'));
    await waitForPopoverClosed(d);
    // A box marked modal that covers nothing (a pixel, a drawer slid off screen, a bar at the foot) holds nothing.
    await page.click('#accept');
    await page.evaluate(() => {
      for (const style of [
        'position:fixed;top:0;left:0;width:1px;height:1px',
        'position:fixed;top:0;left:-100vw;width:80vw;height:100vh',
        'position:fixed;bottom:0;left:0;right:0;height:60px',
      ]) {
        const box = document.createElement('div');
        box.setAttribute('role', 'dialog');
        box.setAttribute('aria-modal', 'true');
        box.setAttribute('style', `${style};background:#eee`);
        box.textContent = 'We use cookies.';
        document.body.append(box);
      }
    });
    await openByKeyboard(d);
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('typing.html: Alt+Shift+M types into a search field or an editor, and with Ctrl held (AltGr) is no shortcut; it passes over a name only screen readers hear, and names a box cuts off', async () => {
    const { page, d } = await open(site.fixture('typing.html'));
    await waitForMentions(d, 3);
    const noCard = async (why: string) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect((await readPopover(d)).open, why).toBe(false);
    };
    await page.focus('#q');
    await d.press('KeyM', ['Alt', 'Shift']);
    await noCard('no card while typing in the field');
    expect(await d.evaluate(() => document.activeElement?.id ?? null, null), 'focus stays in the field').toBe('q');
    await page.focus('#editor');
    await d.press('KeyM', ['Alt', 'Shift']);
    await noCard('no card while typing in the editor');
    await page.evaluate(() => (window as Window & { closedField?: HTMLInputElement }).closedField!.focus());
    await d.press('KeyM', ['Alt', 'Shift']);
    await noCard('no card while typing in a field inside a closed shadow root');
    await page.focus('#go');
    await d.press('KeyM', ['Control', 'Alt', 'Shift']);
    await noCard('no card with Ctrl held');
    const card = await openByKeyboard(d);
    expect(card.active, 'the clipped names, those set in no size and those a box cuts off, are passed over').toBe('Dmitry Peskov');
    // Names in boxes that hide their overflow without cutting them off are stepped to.
    const next: string[] = [];
    for (let i = 0; i < 2; i++) next.push((await openByKeyboard(d)).active ?? '');
    expect(next.sort(), 'a fixed banner, a dropdown placed beyond the hiding box').toEqual(['Andrei Kartapolov', 'Vyacheslav Gladkov']);
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('related-rail.html: names in the site menu and a Related rail are painted, but are not the article’s context', async () => {
    const { d } = await open(site.fixture('related-rail.html'));
    await waitForMentions(d, 3);
    expect(await mentionTexts(d)).toEqual(['Il-76 crash', 'Il-76 crash', 'John Kirby']);
    // The article's own "prisoner swap" (another swap) and "Kirby" (a toy) are left alone.
    const inArticle = await d.evaluate(
      (name) => [...(CSS.highlights.get(name) ?? [])].filter((r) => (r as Range).startContainer.parentElement?.closest('article')).length,
      MENTION,
    );
    expect(inArticle).toBe(0);
  });

  it('other-senses.html: lowercase "kremlin" (a citadel, in "a kremlin-style fortress") is not linked to the Kremlin', async () => {
    const { page, d } = await open(site.fixture('other-senses.html'));
    await waitForMentions(d, 1);
    expect(await mentionTexts(d)).toEqual(['Dmitry Peskov']);
  });

  it('other-senses.html: Escape gives focus back to the button focused before Alt+Shift+M', async () => {
    const { page, d } = await open(site.fixture('other-senses.html'));
    await waitForMentions(d, 1);
    await page.focus('#before');
    const index = await mentionIndex(d, '^Dmitry Peskov$');
    const view = await openByKeyboard(d, index + 1);
    expect(view.title).toBe('Dmitry Peskov');
    expect(view.focusInside).toBe(true);
    await d.press('Escape');
    await waitForPopoverClosed(d);
    expect(await d.evaluate(() => document.activeElement?.id ?? null, null)).toBe('before');
  });

  it('late-content.html: paragraphs added after load are painted, without rescanning the rest; a canonical link elsewhere does not choose the outlet left out', async () => {
    const { page, d } = await open(site.fixture('late-content.html'));
    await waitForMentions(d, 1);
    const first = await d.evaluate((name) => {
      const ranges = [...(CSS.highlights.get(name) ?? [])] as Range[];
      (window as Window & { __pxFirst?: Range }).__pxFirst = ranges[0];
      return { count: ranges.length, text: ranges[0]?.toString() };
    }, MENTION);
    expect(first.text).toBe('Dmitry Peskov');
    expect(first.count).toBeLessThan(3);
    await waitForMentions(d, first.count + 1, 4_000);
    await waitForMentions(d, 3, 4_000);
    expect(await mentionTexts(d)).toEqual(['Dmitry Peskov', 'Sergei Lavrov', 'Sergei Lavrov']);
    // The first paragraph's mention is still the same Range: only the added content was scanned.
    expect(await d.evaluate((name) => CSS.highlights.get(name)!.has((window as Window & { __pxFirst?: Range }).__pxFirst!), MENTION)).toBe(true);

    // The canonical link says rferl.org, but the page is not there: RFE/RL is compared like any outlet.
    const view = await openByKeyboard(d, 2);
    expect(view.title).toBe('Sergei Lavrov');
    expect(view.outlets).toContain('rferl');
    expect(view.outlets.length).toBeGreaterThan(0);
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('shadow-article.html: an article drawn inside open shadow roots (attached by script or declared) is painted, in the order drawn, with what it slots in and not what it leaves out; its names open cards by pointer and keyboard, and a paragraph added inside a root later is painted', async () => {
    const { page, d } = await open(site.fixture('shadow-article.html'));
    await waitForMentions(d, 4);
    expect(await mentionTexts(d)).toEqual(['Vyacheslav Gladkov', 'Sergei Lavrov', 'Dmitry Peskov', 'John Kirby']);
    const view = await openByKeyboard(d);
    expect(view.active).toBe('Vyacheslav Gladkov');
    await d.press('Escape');
    await waitForPopoverClosed(d);
    const at = await page.evaluate(() => {
      const root = document.getElementById('story')!.shadowRoot!;
      const p = [...root.querySelectorAll('p')].find((x) => x.textContent!.includes('Peskov'))!;
      const text = p.firstChild!;
      const r = document.createRange();
      r.setStart(text, text.textContent!.indexOf('Peskov'));
      r.setEnd(text, text.textContent!.indexOf('Peskov') + 3);
      const box = r.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouse.click(at.x, at.y);
    expect((await waitForPopoverReady(d)).title).toBe('Dmitry Peskov');
    await d.press('Escape');
    await waitForPopoverClosed(d);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Vladimir Putin called for calm.';
      document.getElementById('story')!.shadowRoot!.append(p);
    });
    await waitForMentions(d, 5, 4_000);
    expect((await mentionTexts(d)).slice(-2)).toEqual(['Vladimir Putin', 'John Kirby']);
  });

  it('ticking.html: counters the page changes ten times a second leave the highlights as they are; a paragraph naming someone, added later, is painted', async () => {
    const { d } = await open(site.fixture('ticking.html'));
    await waitForMentions(d, 2);
    await d.evaluate((name) => {
      (window as Window & { __pxHighlight?: unknown }).__pxHighlight = CSS.highlights.get(name);
    }, MENTION);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await d.evaluate((name) => CSS.highlights.get(name) === (window as Window & { __pxHighlight?: unknown }).__pxHighlight, MENTION)).toBe(
      true,
    );
    await d.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, Sergei Lavrov said talks would go on.';
      document.getElementById('story')!.append(p);
    }, null);
    await waitForMentions(d, 3, 4_000);
    expect(await mentionTexts(d)).toEqual(['Vyacheslav Gladkov', 'Dmitry Peskov', 'Sergei Lavrov']);
  });

  it('late-content.html: thousands of paragraphs added at once are all painted, and the earlier mentions kept', async () => {
    const { d } = await open(site.fixture('late-content.html'));
    await waitForMentions(d, 3, 4_000);
    // As an endless page adds a batch: 4,000 separate paragraphs in one go, every other one naming someone.
    await d.evaluate(() => {
      const batch = document.createDocumentFragment();
      for (let i = 0; i < 4_000; i++) {
        const p = document.createElement('p');
        p.textContent = i % 2 === 0 ? `Item ${i}: Sergei Lavrov was asked again.` : `Item ${i}: nothing new.`;
        batch.appendChild(p);
      }
      document.getElementById('updates')!.appendChild(batch);
    }, null);
    await waitForMentions(d, 3 + 2_000);
    const texts = await mentionTexts(d);
    expect(texts.length).toBe(3 + 2_000);
    expect(texts.slice(0, 3)).toEqual(['Dmitry Peskov', 'Sergei Lavrov', 'Sergei Lavrov']);
    expect(new Set(texts.slice(3))).toEqual(new Set(['Sergei Lavrov']));
  });

  it('spa.html: after pushState and new content, the highlights follow and the open popover closes', async () => {
    const { d } = await open(site.fixture('spa.html'));
    await waitForMentions(d, 2);
    expect(await mentionTexts(d)).toEqual(['Vyacheslav Gladkov', 'Gladkov']);
    let view = await openByKeyboard(d);
    expect(view.title).toBe('Vyacheslav Gladkov');

    // Navigate without a click (a click anywhere closes the popover by itself).
    await d.evaluate(() => (window as Window & { goNext?: () => void }).goNext!(), null);
    expect(await d.evaluate(() => location.search, null)).toBe('?story=2');
    await d.waitFor((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString()).join('|') === 'John Kirby|Kirby', MENTION, 3_000);
    view = await waitForPopoverClosed(d);
    expect(view.open).toBe(false);

    view = await openByKeyboard(d);
    expect(view.title).toBe('John Kirby');
    expect(view.outlets.length).toBeGreaterThan(0);
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('spa.html: after SPA navigation, Alt+Shift+M starts again at the first mention of the new content', async () => {
    const { d } = await open(site.fixture('spa.html'));
    await waitForMentions(d, 2);
    await openByKeyboard(d);
    await d.press('Escape');
    await waitForPopoverClosed(d);
    await d.evaluate(() => (window as Window & { goNext?: () => void }).goNext!(), null);
    await d.waitFor((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString()).join('|') === 'John Kirby|Kirby', MENTION, 3_000);
    const view = await openByKeyboard(d);
    expect(view.active, 'the mention Alt+Shift+M opened').toBe('John Kirby');
  });

  it('hostile.html: page CSS neither hides nor restyles the popover; a name split across elements is one mention', async () => {
    const { d } = await open(site.fixture('hostile.html'));
    await waitForMentions(d, 2);
    const split = await d.evaluate((name) => {
      const ranges = [...(CSS.highlights.get(name) ?? [])].filter((r) => /glad/i.test(r.toString()));
      return ranges.map((r) => ({ text: r.toString(), crossesNodes: r.startContainer !== r.endContainer }));
    }, MENTION);
    expect(split).toEqual([{ text: 'Vyacheslav Gladkov', crossesNodes: true }]);
    expect(await mentionTexts(d)).toEqual(['Vyacheslav Gladkov', 'Dmitry Peskov']);

    const view = await openByKeyboard(d);
    expect(view.title).toBe('Vyacheslav Gladkov');
    expect(view.display).not.toBe('none');
    expect(view.rect!.width).toBeGreaterThan(0);
    expect(view.rect!.height).toBeGreaterThan(0);
    expectWellPlaced(await settledPopover(d), 'hostile page');
    const styles = {
      host: await d.evaluate(() => getComputedStyle(document.querySelector('parallax-popover')!).display, null),
      ...(await inRoot(d.page, 'parallax-popover').evaluate(function (this: ShadowRoot) {
        const mark = this.querySelector('mark');
        return { title: getComputedStyle(this.querySelector('#px-title')!).fontSize, mark: mark ? getComputedStyle(mark).color : null };
      }, null))!,
    };
    expect(styles.host).not.toBe('none');
    expect(styles.title, 'px sizes, whatever the html font-size').toBe('16px');
    if (styles.mark) expect(styles.mark).not.toMatch(/^rgba\(.*,\s*0\)$|transparent/);
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('hostile.html: Alt+Shift+N before any other step opens the last mention', async () => {
    const { d } = await open(site.fixture('hostile.html'));
    await waitForMentions(d, 2);
    const texts = await mentionTexts(d);
    const view = await openByKeyboard(d, 1, true);
    expect(view.active, `mentions: ${JSON.stringify(texts)}`).toBe(texts[texts.length - 1]);
  });

  it('long.html: the bold mark is on the mentions around the viewport, and follows a scroll of the wheel', async () => {
    const { page, d } = await open(site.fixture('long.html'));
    await waitForMentions(d, 50, 30_000);
    /**
     * Resolves once every mention within a screen above or below the viewport is in bold, and none
     * more than three screens away (every mention's box looked at); how many are.
     */
    const boldNear = async () => {
      await d.waitFor(
        ({ mention, near }) => {
          // No highlight yet is none in bold.
          const bold = CSS.highlights.get(near) ?? new Set();
          const within = (r: Range, screens: number) => {
            const b = r.getBoundingClientRect();
            return b.bottom >= -screens * innerHeight && b.top <= (1 + screens) * innerHeight;
          };
          const all = [...(CSS.highlights.get(mention) ?? [])] as Range[];
          return all.every((r) => (within(r, 1) ? bold.has(r) : !bold.has(r) || within(r, 3)));
        },
        { mention: MENTION, near: NEAR },
        10_000,
      );
      return d.evaluate((near) => CSS.highlights.get(near)?.size ?? 0, NEAR);
    };
    /** Scrolls with the wheel until the `index`-th mention is in the viewport's upper half. */
    const wheelTo = async (index: number) => {
      const top = await d.evaluate(({ name, index }) => ([...(CSS.highlights.get(name) ?? [])][index] as Range).getBoundingClientRect().top, {
        name: MENTION,
        index,
      });
      await page.mouse.move(400, 300);
      await page.mouse.wheel(0, top - 200);
      await d.waitFor(
        ({ name, index }) => {
          const b = ([...(CSS.highlights.get(name) ?? [])][index] as Range).getBoundingClientRect();
          return b.top >= 0 && b.bottom <= innerHeight / 2;
        },
        { name: MENTION, index },
        10_000,
      );
    };
    /** Which mentions (their place among all, in document order) are in bold. */
    const boldIndexes = () =>
      d.evaluate(
        ({ mention, near }) => {
          const bold = CSS.highlights.get(near);
          return ([...(CSS.highlights.get(mention) ?? [])] as Range[]).flatMap((r, i) => (bold?.has(r) ? [i] : []));
        },
        { mention: MENTION, near: NEAR },
      );
    // The names are 60 paragraphs apart: none is within three screens of the top of the page.
    expect(await boldNear()).toBe(0);
    await wheelTo(3);
    expect(await boldNear()).toBeGreaterThan(0);
    expect(await boldIndexes()).toContain(3);
    await wheelTo(40);
    expect(await boldNear()).toBeGreaterThan(0);
    const at40 = await boldIndexes();
    expect(at40).toContain(40);
    expect(at40).not.toContain(3);
  });

  // How fast is for `npm run bench` to measure, side by side; a test only checks what happens.
  it('long.html: every name sprinkled in 3,000 paragraphs is painted; the popover still works', async () => {
    const { d } = await open(site.fixture('long.html'));
    const sprinkled = await d.evaluate(() => (window as Window & { __sprinkled?: string[] }).__sprinkled ?? [], null);
    expect(sprinkled.length).toBe(50);
    await waitForMentions(d, sprinkled.length, 30_000);
    expect(await mentionTexts(d)).toEqual(sprinkled);
    // Alt+Shift+N steps back from the start: to a mention far down the page.
    const view = await openByKeyboard(d, 1, true);
    expect(sprinkled.slice(-2)).toContain(view.active);
    expect(view.title).toBe(view.active);
    expect(view.focusInside).toBe(true);
    expectWellPlaced(await settledPopover(d), 'long page');
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('many-names.html (3,200 mentions in 400 paragraphs): only the names around the reader are painted, and every one is found', async () => {
    const { d } = await open(site.fixture('many-names.html'));
    await waitForMentions(d, 1, 30_000);
    const painted = await d.evaluate((name) => {
      const ranges = [...(CSS.highlights.get(name) ?? [])] as Range[];
      const far = ranges.filter((r) => r.getBoundingClientRect().top > 4 * innerHeight);
      return { count: ranges.length, far: far.length };
    }, MENTION);
    expect(painted.count, 'names painted').toBeGreaterThan(8);
    expect(painted.count, 'names painted').toBeLessThan(1_000);
    expect(painted.far, 'names painted more than three screens below').toBe(0);
    // All were found: Alt+Shift+N steps back to the last, at the end of the page.
    const view = await openByKeyboard(d, 1, true);
    expect(view.active).toBe('Dmitry Peskov');
    expect(await d.evaluate(() => scrollY > 10 * innerHeight, null), 'the last mention is far down').toBe(true);
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });

  it('huge.html (over 15,000 elements): the mentions around the reader are painted, the others as the reader reaches them', async () => {
    const { page, d } = await open(site.fixture('huge.html'));
    const sprinkled = await d.evaluate(() => (window as Window & { __sprinkled?: string[] }).__sprinkled ?? [], null);
    expect(sprinkled.length).toBe(50);
    expect(await d.evaluate(() => document.getElementsByTagName('*').length, null)).toBeGreaterThan(15_000);
    /**
     * Resolves once the named paragraphs within a screen of the viewport have their name painted (in
     * both highlights) and none more than three screens away has; the names painted, in order.
     */
    const paintedAroundViewport = async () => {
      await d.waitFor(
        ({ mention, near }) => {
          const painted = [...(CSS.highlights.get(mention) ?? [])] as Range[];
          const bold = CSS.highlights.get(near);
          const within = (el: Element, screens: number) => {
            const b = el.getBoundingClientRect();
            return b.bottom >= -screens * innerHeight && b.top <= (1 + screens) * innerHeight;
          };
          return [...document.querySelectorAll('p.named')].every((p) => {
            const inside = painted.filter((r) => p.contains(r.commonAncestorContainer));
            if (within(p, 1)) return inside.length === 1 && bold?.has(inside[0]) === true;
            return inside.length === 0 || within(p, 3);
          });
        },
        { mention: MENTION, near: NEAR },
        30_000,
      );
      const texts = await mentionTexts(d);
      const where = await d.evaluate((mention) => {
        const painted = [...(CSS.highlights.get(mention) ?? [])] as Range[];
        return [...document.querySelectorAll('p.named')].flatMap((p, i) => (painted.some((r) => p.contains(r.commonAncestorContainer)) ? [i] : []));
      }, MENTION);
      // Each painted mention is the name of the paragraph it is in.
      expect(texts).toEqual(where.map((i) => sprinkled[i]));
      return where;
    };
    await waitForMentions(d, 1, 30_000);
    const atTop = await paintedAroundViewport();
    expect(atTop[0]).toBe(0);
    expect(atTop.length).toBeLessThan(10);

    // The wheel takes the reader to the 25th name: the names around it are painted, the first ones no more.
    const top = await d.evaluate(() => document.querySelectorAll('p.named')[24].getBoundingClientRect().top, null);
    await page.mouse.move(400, 300);
    await page.mouse.wheel(0, top - 200);
    await d.waitFor(() => Math.abs(document.querySelectorAll('p.named')[24].getBoundingClientRect().top - 200) < 50, null, 10_000);
    const middle = await paintedAroundViewport();
    expect(middle).toContain(24);
    expect(middle).not.toContain(0);

    // Every mention was found, painted or not: Alt+Shift+N steps back to the last one, at the end of the page.
    const view = await openByKeyboard(d, 1, true);
    expect(view.active).toBe(sprinkled[49]);
    expect(view.title).toBe(view.active);
    expectWellPlaced(await settledPopover(d), 'huge page');
    expect((await paintedAroundViewport()).at(-1)).toBe(49);
    await d.press('Escape');
    await waitForPopoverClosed(d);
  });
});

describe('hygiene', () => {
  it('no console errors or uncaught exceptions, and no request beyond the test server', async () => {
    const issues = [...(await harness.consoleErrors()).map((i) => `${i.source}: ${i.text}`), ...pageErrors];
    expect(issues).toEqual([]);
    const outside = requested.filter((u) => /^https?:/i.test(u) && new URL(u).origin !== site.origin);
    expect(outside).toEqual([]);
    expect(
      requested.some((u) => u.startsWith(`${site.origin}/seed/`)),
      'the requests were recorded',
    ).toBe(true);
  });
});

describe('extension reload (last: it replaces the extension under the other tests)', () => {
  it('the old tab loses its highlights, styles and popover at the reader’s next move, without errors', async () => {
    const { page, d } = await open(site.seed('pravda-2024-01-25-international-investigation'));
    await waitForMentions(d, 11);
    // The highlight rules come with the manifest: nothing is added to the page's own style sheets.
    const sheetsBefore = await d.evaluate(() => document.adoptedStyleSheets.length, null);
    expect(sheetsBefore, 'style sheets adopted by the document').toBe(0);
    const view = await openByKeyboard(d);
    expect(view.visible).toBe(true);
    expect(await d.evaluate(() => CSS.highlights.has('parallax-mention-active'), null)).toBe(true);
    const errorsBefore = pageErrors.length;

    const worker = harness.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${harness.extensionId}/`));
    expect(worker, 'the extension service worker').toBeDefined();
    await worker!
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => undefined); // the worker goes away while answering

    // Nothing tells an old content script that its extension is gone: it notices at the reader's next
    // pointer move, key or scroll, or when its tab is shown again (no timer polls on every tab).
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.mouse.move(20, 20);
    await d
      .waitFor(
        () => CSS.highlights.size === 0 && !document.querySelector('parallax-popover') && document.adoptedStyleSheets.length === 0,
        null,
        3_000,
      )
      .catch(() => undefined);
    const after = await readPopover(d);
    const state = await d.evaluate(() => ({ highlights: [...CSS.highlights.keys()], sheets: document.adoptedStyleSheets.length }), null);
    // Soft: each part of the clean-up is reported on its own.
    expect.soft(after.visible, 'popover visible').toBe(false);
    expect.soft(after.host, 'the popover host is removed').toBe(false);
    expect.soft(state.highlights, 'highlights still registered').toEqual([]);
    expect.soft(state.sheets, 'adopted highlight style sheets left').toBe(0);
    // The old script no longer answers the keyboard.
    await d.press('KeyM', ['Alt', 'Shift']);
    expect.soft((await readPopover(d)).host, 'a popover host after Alt+Shift+M').toBe(false);
    expect.soft(pageErrors.slice(errorsBefore), 'errors in the page while the old script cleaned up').toEqual([]);
  });
});
