/**
 * Growing the corpus in real Chromium, as a reader does it: add an article from an outlet the
 * corpus does not know (popup and card), label that outlet, and find its claim in the card on a
 * seed page; accept a name the article repeats and see it spotted; export the corpus, wipe it,
 * import it back and get the same card; import a malformed pack and see the corpus unchanged.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe';
import { lookAtCard, readPopover, waitForPopoverReady } from './harness/card';
import type { ChromiumHarness } from './harness/chromium';
import { inRoot, type ShownText } from './harness/closed-root';
import { launchOnSite, mentionTexts, playwrightDriver, waitForMentions, type ChromiumDriver, type TestSite } from './harness/pages';
import type { MyArticle } from '../../lib/core/corpus/types';
import type { ClaimPack } from '../../lib/core/pack/types';
import { askWorker } from './harness/ask';

const AFP = 'afp-2024-01-24-russia-says-plane-crashes';
const HERALD_PAGE = 'harbour-herald-il76.html';
/** The Herald's page is served at its own host name: a page's outlet comes from its address. */
const heraldUrl = () => site.fixture(HERALD_PAGE).replace('//127.0.0.1:', '//harbourherald.localhost:');
const HERALD = 'user-harbourherald-localhost';
const TITLE = 'Il-76 crash: what we can and cannot confirm';
const HERALD_CLAIM = 'Two days after the Il-76 crash near Belgorod, nobody outside Russia has confirmed how many people were on board the aircraft.';

let site: TestSite;
let harness: ChromiumHarness;
let requested: string[] = [];
let news: Page;
let d: ChromiumDriver;
let tabId: number;
let downloads: string;

beforeAll(async () => {
  ({ site, harness, requested } = await launchOnSite());
  downloads = await mkdtemp(path.join(tmpdir(), 'parallax-e2e-corpus-'));
  news = await harness.context.newPage();
  d = playwrightDriver(news);
  await news.goto(heraldUrl());
  await waitForMentions(d, 3);
  const worker = harness.context.serviceWorkers()[0];
  type Tabs = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
  // The news tab was just opened, so it is the active one; it keeps its id as it navigates.
  tabId = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({ active: true, currentWindow: true }).then((t) => t[0].id!),
  );
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Helpers

async function openPopup(): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
  await page.getByRole('tab', { name: 'This page' }).waitFor();
  return page;
}

async function openCorpusPage(): Promise<Page> {
  const page = await harness.openExtensionPage('corpus.html');
  await page.getByRole('heading', { name: 'My corpus', level: 1 }).waitFor();
  return page;
}

const ask = askWorker;

/** Opens the card of the first mention of `entityId` on the news page, through the popup's list. */
async function openCard(entityId: string): Promise<void> {
  const popup = await openPopup();
  await popup.locator(`[data-entity="${entityId}"]`).click();
  await waitForPopoverReady(d);
  await popup.close();
}

/** The card's outlets, each with its label chips, the quotes of its claims, and whether a drag can start on each article link. */
async function cardOutlets(): Promise<{ id: string; chips: string[]; quotes: string[]; draggable: boolean[] }[]> {
  const outlets = await inRoot(news, 'parallax-popover').evaluate(function (this: ShadowRoot, _: null, shown: ShownText) {
    return [...this.querySelectorAll<HTMLElement>('li.px-outlet')].map((li) => ({
      id: li.dataset.outlet ?? '',
      chips: [...li.querySelectorAll('.px-chip')].map((c) => shown(c).trim()),
      quotes: [...li.querySelectorAll('.px-quote')].map((q) => shown(q).trim()),
      draggable: [...li.querySelectorAll<HTMLAnchorElement>('.px-source a')].map((a) => a.draggable),
    }));
  }, null);
  return outlets ?? [];
}

/** The Il-76's card on AFP's seed page: the aircraft is shown with the reporting on its crash. */
async function showSeedCard(entityId = 'il-76') {
  await news.goto(site.seed(AFP));
  await waitForMentions(d, 10);
  await openCard(entityId);
  return cardOutlets();
}

const notice = (page: Page) => page.locator('.cv-notice-info .cv-notice-text');
const alertText = (page: Page) => page.locator('.cv-notice-error .cv-notice-text');

// ---------------------------------------------------------------------------------------------

describe('adding the article being read', () => {
  it('adds an article from an unknown outlet from the popup, with what it found', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Add this article' }).click();
    const status = popup.getByTestId('add-status');
    await expect
      .poll(() => status.textContent())
      .toMatch(new RegExp(`^Added “${TITLE}” \\(Harbour Herald\\): 5 claims about \\d+ known entities\\.`));
    expect(await status.textContent()).toContain('Harbour Herald is new to Parallax and unrated');
    // The new outlet is there to be labelled at once.
    await popup.getByRole('tab', { name: 'Outlets' }).click();
    await expect.poll(() => popup.locator(`[data-outlet="${HERALD}"] select[data-axis="ownership"]`).inputValue()).toBe('unrated');
    await popup.close();
    // Opened again on the page, the popup knows the article is in the corpus.
    const again = await openPopup();
    await expect
      .poll(() => again.getByTestId('add-status').textContent())
      .toBe(`In your corpus: “${TITLE}”, 5 claims. Updating reads the page again.`);
    expect(await again.getByRole('button', { name: 'Update this article' }).count()).toBe(1);
    await again.close();
  });

  it('updates the same URL from the card instead of adding it twice', async () => {
    await openCard('il76-crash');
    const card = inRoot(news, 'parallax-popover');
    await lookAtCard();
    await card.click('.px-add');
    await expect.poll(async () => (await card.texts('.px-add-status'))[0] ?? '', { timeout: 10_000, interval: 50 }).toMatch(/^Updated “/);
    const corpus = await openCorpusPage();
    const mine = await ask<MyArticle[]>(corpus, 'myArticles');
    expect(mine.map((m) => [m.article.title, m.outletName, m.claims.length])).toEqual([[TITLE, 'Harbour Herald', 5]]);
    await expect.poll(() => corpus.locator('li[data-article]').count()).toBe(1);
    await corpus.close();
  });

  it('shows the new outlet’s claim, with the label the reader gave it, in the card on a seed page', async () => {
    const popup = await openPopup();
    await popup.getByRole('tab', { name: 'Outlets' }).click();
    await popup.locator(`[data-outlet="${HERALD}"] select[data-axis="ownership"]`).selectOption('independent');
    await popup.close();
    const outlets = await showSeedCard();
    const herald = outlets.filter((o) => o.id === HERALD);
    expect(herald.length).toBeGreaterThan(0);
    expect(herald.flatMap((o) => o.quotes)).toContain(HERALD_CLAIM);
    expect(herald[0].chips).toContain('independent');
    // Its article's link starts no drag: the page would hear one, with the address, before anything could stop it.
    expect(herald.flatMap((o) => o.draggable)).toEqual(expect.arrayContaining([false]));
    expect(herald.flatMap((o) => o.draggable)).not.toContain(true);
    // The seed outlets are still there beside it.
    // AFP's seed page is a copy served at 127.0.0.1, not AFP's own page: AFP is shown too.
    expect(new Set(outlets.map((o) => o.id))).toEqual(new Set(['afp', 'euromaidan-press', 'pravda-ru', 'rferl', 'wsws', HERALD]));
  });

  it('explains a page with no article text, and adds nothing', async () => {
    const corpus = await openCorpusPage();
    const before = await ask<MyArticle[]>(corpus, 'myArticles');
    for (const [url, message] of [[site.fixture('no-article.html'), /^No article text found on this page\.$/]] as const) {
      await news.goto(url);
      const popup = await openPopup();
      await popup.getByRole('button', { name: 'Add this article' }).click();
      await expect.poll(() => popup.getByTestId('add-status').textContent()).toMatch(message);
      await popup.close();
    }
    expect(await ask<MyArticle[]>(corpus, 'myArticles')).toEqual(before);
    await corpus.close();
  });
});

describe('teaching Parallax a name the reader’s articles repeat', () => {
  it('offers the name with its contexts, and once accepted it is spotted, even on a page already open', async () => {
    // A second tab already showing the article: it learns the name without a reload.
    const open = await harness.context.newPage();
    const od = playwrightDriver(open);
    await open.goto(heraldUrl());
    await waitForMentions(od, 3);
    expect(await mentionTexts(od)).not.toContain('Marta Kovalenko');

    const corpus = await openCorpusPage();
    const item = corpus.locator('li[data-candidate="Marta Kovalenko"]');
    await expect.poll(() => item.textContent()).toContain('seen 2 times');
    expect(await item.locator('mark').allTextContents()).toEqual(['Marta Kovalenko', 'Marta Kovalenko']);
    await item.getByRole('button', { name: 'Accept “Marta Kovalenko”' }).click();
    await item.getByLabel('Type').selectOption('person');
    await item.getByRole('button', { name: 'Add to known names' }).click();
    await expect.poll(() => notice(corpus).textContent()).toContain('“Marta Kovalenko” is now known: 2 claims link it.');
    await expect.poll(() => corpus.locator('li[data-candidate="Marta Kovalenko"]').count()).toBe(0);

    await od.waitFor(
      () => [...(CSS.highlights.get('parallax-mention') ?? [])].some((r) => (r as Range).toString() === 'Marta Kovalenko'),
      null,
      10_000,
    );
    expect((await mentionTexts(od)).filter((t) => t === 'Marta Kovalenko')).toHaveLength(2);
    // Her card shows the Harbour Herald's claims about her, with her as the speaker.
    await news.goto(heraldUrl());
    await waitForMentions(d, 3);
    await openCard('user-marta-kovalenko');
    const view = await readPopover(d);
    expect(view.title).toBe('Marta Kovalenko');
    // Only the Harbour Herald reports her, and this is its page, so the card says so.
    expect(view.empty).toBe(true);
    expect((await inRoot(news, 'parallax-popover').texts('.px-empty'))[0] ?? '').toBe(
      'No other outlet in your corpus reports on Marta Kovalenko yet. This page’s outlet is left out of the comparison.',
    );
    // Her claims are linked to her, with her as the speaker of her own words.
    const mine = await ask<MyArticle[]>(corpus, 'myArticles');
    const hers = mine[0].claims.filter((c) => c.entityIds.includes('user-marta-kovalenko'));
    expect(hers.map((c) => [c.quote.slice(0, 40), c.speaker])).toEqual([
      ['Aviation analyst Marta Kovalenko said th', { kind: 'entity', entityId: 'user-marta-kovalenko', name: 'Marta Kovalenko' }],
      ['“Until the wreckage is examined by someo', { kind: 'entity', entityId: 'user-marta-kovalenko', name: 'Marta Kovalenko' }],
    ]);
    await open.close();
    await corpus.close();
  });
});

describe('the corpus as a claim pack file', () => {
  let exportedFile = '';
  let exported: ClaimPack;
  let cardBefore: Awaited<ReturnType<typeof cardOutlets>>;

  it('exports the whole corpus, seed and the reader’s, as one valid pack', async () => {
    cardBefore = await showSeedCard();
    const corpus = await openCorpusPage();
    const [download] = await Promise.all([
      corpus.waitForEvent('download', { timeout: 10_000 }),
      corpus.getByRole('button', { name: 'Export claim pack' }).click(),
    ]);
    expect(await download.failure()).toBeNull();
    expect(download.suggestedFilename()).toMatch(/^parallax-claims-\d{4}-\d{2}-\d{2}\.json$/);
    exportedFile = path.join(downloads, download.suggestedFilename());
    await download.saveAs(exportedFile);
    exported = JSON.parse(await readFile(exportedFile, 'utf8')) as ClaimPack;
    expect(exported.format).toBe('parallax-claims/1');
    expect(exported.articles.map((a) => a.id)).toEqual(
      expect.arrayContaining([...site.pack.articles.map((a) => a.id), expect.stringMatching(/^user-harbourherald-localhost-/)]),
    );
    expect(exported.entities.map((e) => e.id)).toContain('user-marta-kovalenko');
    // The label the reader gave the new outlet travels with it.
    expect(exported.outlets.find((o) => o.id === HERALD)).toMatchObject({
      labels: { ownership: 'independent' },
      labelBasis: { ownership: { by: 'You' } },
    });
    await expect.poll(() => notice(corpus).textContent()).toMatch(/^Exported \d+ articles and \d+ claims\.$/);
    await corpus.close();
  });

  it('wipes the reader’s corpus, then an import brings back the same card', async () => {
    const corpus = await openCorpusPage();
    await corpus.getByRole('button', { name: 'Remove my articles…' }).click();
    await corpus.getByRole('button', { name: 'Remove all' }).click();
    await expect.poll(() => notice(corpus).textContent()).toMatch(/^Removed \d+ rows; the bundled corpus stays\.$/);
    expect(await ask<MyArticle[]>(corpus, 'myArticles')).toEqual([]);
    expect((await showSeedCard()).map((o) => o.id)).not.toContain(HERALD);
    // A colleague would have no override of their own: the label must come with the file.
    await corpus.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove(
        'labelOverrides',
      ),
    );

    await corpus.locator('input[type="file"]').setInputFiles(exportedFile);
    await expect.poll(() => notice(corpus).textContent()).toMatch(/^Imported: [1-9]\d* added, 0 updated, [1-9]\d* unchanged\.$/);
    await expect.poll(() => corpus.locator('li[data-article]').count()).toBe(1);
    expect(await showSeedCard()).toEqual(cardBefore);
    await corpus.close();
  });

  it('refuses a malformed pack by its first bad field, and changes nothing', async () => {
    const corpus = await openCorpusPage();
    const before = await ask<ClaimPack>(corpus, 'exportPack');
    const broken = structuredClone(exported);
    broken.claims[3].articleId = 'no-such-article';
    const brokenFile = path.join(downloads, 'broken.json');
    await writeFile(brokenFile, JSON.stringify(broken));
    await corpus.locator('input[type="file"]').setInputFiles(brokenFile);
    await expect
      .poll(() => alertText(corpus).textContent())
      .toBe('Not imported: Not a valid claim pack: claims[3].articleId: unknown id "no-such-article". Nothing was changed.');

    const notJson = path.join(downloads, 'not-json.json');
    await writeFile(notJson, '{"format": "parallax-claims/1", ');
    await corpus.locator('input[type="file"]').setInputFiles(notJson);
    await expect.poll(() => alertText(corpus).textContent()).toMatch(/^This file is not JSON: .+\. Nothing was changed\.$/);

    expect(await ask<ClaimPack>(corpus, 'exportPack')).toEqual(before);
    await corpus.close();
  });

  it('has no serious or critical accessibility problems on the My corpus page, light or dark', async () => {
    const corpus = await openCorpusPage();
    await expect.poll(() => corpus.locator('li[data-article]').count()).toBe(1);
    await corpus.getByRole('button', { name: 'Show claims' }).click();
    await corpus.getByRole('button', { name: /^Delete “/ }).click();
    for (const scheme of ['light', 'dark'] as const) {
      await corpus.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(corpus, null), scheme).toEqual([]);
    }
    await corpus.getByRole('button', { name: 'Keep' }).click();
    await corpus.close();
  });

  it("made no request beyond the local test site (at 127.0.0.1 or the Herald's *.localhost name for it)", () => {
    const local = [site.url('/'), new URL('/', heraldUrl()).href];
    const foreign = requested.filter((u) => !/^(chrome-extension:|data:|blob:)/.test(u) && !local.some((l) => u.startsWith(l)));
    expect(foreign).toEqual([]);
  });
});

describe('a page the browser shows translated', () => {
  it('is not added: its words are the browser’s, not the outlet’s, and the popup says so', async () => {
    const extension = await harness.openExtensionPage('popup.html');
    const articles = async () => (await ask<MyArticle[]>(extension, 'myArticles')).length;
    const before = await articles();
    await news.goto(site.fixture('translated.html').replace('//127.0.0.1:', '//vistiskhodu.localhost:'));
    await waitForMentions(d, 1);
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Add this article' }).click();
    await expect
      .poll(() => popup.getByTestId('add-status').textContent())
      .toBe('This page is shown translated by your browser, so its words are not the outlet’s: show the original page, then add it.');
    await popup.close();
    expect(await articles()).toBe(before);
    await extension.close();
  });
});
