/**
 * "Add this article" in Chromium, where the background reads the page in an offscreen document (its
 * service worker has no DOM): two tabs adding at once share the one document Chrome allows, both
 * articles land, the document is closed once neither waits on it, and the next add opens it again.
 * A page whose icons and scripts alone are over the element cap is added: what is sent, and counted,
 * is the part of the page reading uses.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyArticle } from '../../lib/core/corpus/types';
import { askWorker } from './harness/ask';
import type { ChromiumHarness } from './harness/chromium';
import { launchOnSite, playwrightDriver, waitForMentions, type TestSite } from './harness/pages';

const PAGE = 'harbour-herald-il76.html';
/** The same article at two outlets' addresses: a page's outlet comes from its host name. */
const HOSTS = ['harbourherald.localhost', 'tidewatertimes.localhost'];
const ICON_HEAVY_HOST = 'spritesheet.localhost';

let site: TestSite;
let harness: ChromiumHarness;
let extensionPage: Page;

beforeAll(async () => {
  ({ site, harness } = await launchOnSite());
  extensionPage = await harness.openExtensionPage('corpus.html');
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

/** Opens the article at `host` in a tab of its own, spotted; its tab id. */
async function openAt(host: string): Promise<number> {
  const url = site.fixture(PAGE).replace('//127.0.0.1:', `//${host}:`);
  const page = await harness.context.newPage();
  await page.goto(url);
  await waitForMentions(playwrightDriver(page), 3);
  // The tab just opened is the active one (an extension without the tabs permission sees no URLs).
  return harness.context.serviceWorkers()[0].evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs;
    return (await tabs.query({ active: true, currentWindow: true }))[0].id!;
  });
}

/** Asks the tabs' content scripts to add their articles, all at once (as the card's button does); their answers. */
function addAll(tabIds: number[]): Promise<{ ok: boolean; error?: string; value?: { updated: boolean } }[]> {
  return extensionPage.evaluate(
    (ids) =>
      Promise.all(
        ids.map((id) =>
          (
            globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<{ ok: boolean; error?: string }> } } }
          ).chrome.tabs.sendMessage(id, { type: 'addThisArticle', data: {} }),
        ),
      ),
    tabIds,
  );
}

/** The offscreen documents open now, as Chrome lists them. */
function offscreenDocuments(): Promise<number> {
  return harness.context.serviceWorkers()[0].evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } } }).chrome.runtime;
    return (await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
  });
}

describe('Add this article, read in an offscreen document', () => {
  it('adds two tabs’ articles asked at once, then closes the document; a later add opens it again', async () => {
    const tabs = [await openAt(HOSTS[0]), await openAt(HOSTS[1])];
    // Both pages carry 20,000 more elements, so that each read takes long enough for the other to start meanwhile.
    for (const page of harness.context.pages().filter((p) => HOSTS.some((h) => p.url().includes(h)))) {
      await page.evaluate(() => {
        const links = document.createElement('nav');
        for (let i = 0; i < 20_000; i++) links.append(document.createElement('span'));
        document.body.prepend(links);
      });
    }
    expect(await offscreenDocuments(), 'none before anything is added').toBe(0);

    const answers = await addAll(tabs);
    expect(answers.map((a) => a.error)).toEqual([undefined, undefined]);
    expect(answers.every((a) => a.ok)).toBe(true);
    const mine = await askWorker<MyArticle[]>(extensionPage, 'myArticles');
    expect(mine.map((a) => new URL(a.article.url ?? '').hostname).sort()).toEqual([...HOSTS].sort());
    expect(mine.every((a) => a.article.title === 'Il-76 crash: what we can and cannot confirm' && a.claims.length > 0)).toBe(true);
    await expect.poll(offscreenDocuments, { timeout: 5_000 }).toBe(0);

    // The same page again: read anew (the document reopened) and updated in place, not added twice.
    const [again] = await addAll([tabs[0]]);
    expect(again.error).toBeUndefined();
    expect(again.ok).toBe(true);
    expect(again.value?.updated).toBe(true);
    expect(await askWorker<MyArticle[]>(extensionPage, 'myArticles')).toHaveLength(2);
    await expect.poll(offscreenDocuments, { timeout: 5_000 }).toBe(0);
  });

  it('adds a page whose inline icons and scripts hold more elements than the cap', async () => {
    const tab = await openAt(ICON_HEAVY_HOST);
    const page = harness.context.pages().find((p) => p.url().includes(ICON_HEAVY_HOST))!;
    // 40,000 elements in an icon sprite and a framework's markup in a script: none of it text to read.
    const all = await page.evaluate(() => {
      const svgNs = 'http://www.w3.org/2000/svg';
      const sprite = document.createElementNS(svgNs, 'svg');
      sprite.style.display = 'none';
      for (let i = 0; i < 20_000; i++) {
        const symbol = document.createElementNS(svgNs, 'symbol');
        symbol.append(document.createElementNS(svgNs, 'path'));
        sprite.append(symbol);
      }
      const state = document.createElement('script');
      state.type = 'application/json';
      state.textContent = JSON.stringify({ html: '<div><span>cached</span></div>'.repeat(2_000) });
      document.body.append(sprite, state);
      return document.getElementsByTagName('*').length;
    });
    expect(all).toBeGreaterThan(40_000);
    const [answer] = await addAll([tab]);
    expect(answer.error).toBeUndefined();
    expect(answer.ok).toBe(true);
    const mine = await askWorker<MyArticle[]>(extensionPage, 'myArticles');
    const added = mine.find((a) => new URL(a.article.url ?? '').hostname === ICON_HEAVY_HOST);
    expect(added?.claims.length).toBeGreaterThan(0);
  });
});
