/**
 * The figures of "Add this article" under load: extraction time against text length in Node (4 MB
 * of text should cost at most 4.5× 1 MB, for extraction linear in length), and how long the worker
 * takes to answer `status` while it adds a page just under the caps (lib/core/extract/limits.ts).
 */
import { claimsOfArticle, extractBase } from '../../core/extract/article-pack';
import { elementsIn, MAX_ARTICLE_TEXT, MAX_PAGE_ELEMENTS, MAX_PAGE_HTML } from '../../core/extract/limits';
import type { ClaimPack } from '../../core/pack/types';
import { readSeeds } from '../cli/seed-files';
import type { Extension } from './extension-figures';
import { percentile } from './stats';
import { articleHtml } from './workloads';

/** An article's text of at least `chars` characters (paragraphs with known names every 20 words). */
function articleText(seed: ClaimPack, chars: number): string {
  const html = articleHtml(seed, Math.ceil(chars / 6), 20, 3).html;
  return [...html.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]).join('\n');
}

/** Extraction of 1 MB and 4 MB of text, in this process (one warm-up run first). */
export function extractionScaling(seed: ClaimPack): { oneMb: number; fourMb: number; claims: [number, number] } {
  const seeds = readSeeds();
  const base = extractBase(seeds.entities, seeds.facets);
  const time = (text: string) => {
    const t0 = performance.now();
    const claims = claimsOfArticle({ id: 'bench', outletId: 'bench', title: 'Bench', published: '2024-01-26', text }, base).length;
    return { ms: performance.now() - t0, claims };
  };
  time(articleText(seed, 100_000));
  const one = time(articleText(seed, 1_000_000));
  const four = time(articleText(seed, 4_000_000));
  return { oneMb: one.ms, fourMb: four.ms, claims: [one.claims, four.claims] };
}

/** A page just under the caps: an article just under the text cap, padded with page furniture to just under the element and HTML caps. */
export function pageUnderCaps(seed: ClaimPack): string {
  const paragraphs = articleText(seed, MAX_ARTICLE_TEXT * 0.95).split('\n');
  const kept: string[] = [];
  let text = 0;
  for (const p of paragraphs) {
    text += p.length + 1;
    if (text < MAX_ARTICLE_TEXT * 0.95) kept.push(p);
  }
  const article = `<article><h1>A long article</h1>${kept.map((p) => `<p>${p}</p>`).join('')}</article>`;
  // Page furniture: links to just under the element cap, their text long enough to reach just under the HTML cap.
  const links = Math.floor((MAX_PAGE_ELEMENTS * 0.97 - elementsIn(article) - 10) / 2);
  const words = 'World news, analysis and more from our correspondents. '.repeat(Math.ceil((MAX_PAGE_HTML * 0.97 - article.length) / links / 50));
  const link = `<li><a href="/section/world">${words.slice(0, Math.floor((MAX_PAGE_HTML * 0.97 - article.length) / links) - 40)}</a></li>`;
  const furniture = `<nav><ul>${link.repeat(links)}</ul></nav>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long article</title></head><body>${furniture}${article}</body></html>`;
}

export interface StatusDuringAdd {
  /** `status` round trips while the add ran, ms. */
  during: number[];
  idleP50: number;
  addMs: number;
  added: string;
}

/**
 * Runs in an extension page: times `status` idle, then asks tab `tabId` to add its article
 * and times `status` every 20 ms until that is done. Plain JavaScript source: tsx would wrap inner
 * functions in a helper the page does not have.
 */
const ASK_DURING_ADD = `async (tabId) => {
  const status = async () => {
    const t0 = performance.now();
    await chrome.runtime.sendMessage({ type: 'status', data: {} });
    return performance.now() - t0;
  };
  const idle = [];
  for (let i = 0; i < 10; i++) idle.push(await status());
  const t0 = performance.now();
  let done = false;
  const adding = chrome.tabs.sendMessage(tabId, { type: 'addThisArticle', data: {} }).finally(() => { done = true; });
  const during = [];
  while (!done) {
    during.push(await status());
    await new Promise((r) => setTimeout(r, 20));
  }
  const r = await adding;
  return { idle, during, addMs: performance.now() - t0, added: r.ok ? 'added' : String(r.error) };
}`;

/** Opens `url`, asks its content script to add it, and meanwhile asks the worker for `status` every 20 ms. */
export async function statusDuringAdd(e: Extension, url: string): Promise<StatusDuringAdd> {
  const { context } = e.browser;
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('parallax:painted').length > 0, null, { timeout: 60_000 });
  const sw = context.serviceWorkers()[0];
  const host = new URL(sw.url()).host;
  type Tabs = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
  // The page was just opened, so it is the active tab.
  const tabId = await sw.evaluate(() =>
    (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({ active: true, currentWindow: true }).then((t) => t[0].id!),
  );
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${host}/popup.html`, { waitUntil: 'domcontentloaded' });
  const figures = (await ext.evaluate(`(${ASK_DURING_ADD})(${tabId})`)) as { idle: number[]; during: number[]; addMs: number; added: string };
  await ext.close();
  await page.close();
  return { during: figures.during, idleP50: percentile(figures.idle, 50), addMs: figures.addMs, added: figures.added };
}
