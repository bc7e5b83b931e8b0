/**
 * The worker against hostile pages, in real Chromium, with pages served from host names of their
 * own (*.localhost resolves to 127.0.0.1): (a) every extension-only message, sent from the real
 * content-script world of such a page (evaluated in its isolated world through the devtools
 * protocol), is refused; (b) a page that forges AFP's og:url, canonical link, JSON-LD url and
 * og:site_name, added by the reader from the card, lands under its own domain as an unrated
 * outlet while AFP's claims stay as they were; (c) a 20 MB page is refused with the cap named by
 * the content script, before the worker reads anything, and another tab's card still opens; (d) on a
 * site the reader turned off, the background refuses to spot the page's text.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookAtCard, openByKeyboard, waitForPopoverReady } from './harness/card';
import type { ChromiumHarness } from './harness/chromium';
import { inRoot } from './harness/closed-root';
import { launchOnSite, playwrightDriver, waitForMentions, type TestSite } from './harness/pages';
import type { MyArticle } from '../../lib/core/corpus/types';
import type { ClaimPack, Outlet } from '../../lib/core/pack/types';

/** What a content script may not send, written out here (the table in lib/core/messages is what is tested). */
const EXTENSION_ONLY: [string, object][] = [
  ['status', {}],
  ['outlets', {}],
  ['eventCoverage', { entityId: 'il76-crash' }],
  ['deleteHighlight', { id: 'x' }],
  ['restoreHighlight', { highlight: {} }],
  ['importHighlights', { highlights: [] }],
  ['clearHighlights', {}],
  ['myArticles', {}],
  ['deleteArticle', { id: 'x' }],
  ['reextractArticles', {}],
  ['candidates', {}],
  ['dismissCandidate', { name: 'X' }],
  ['acceptCandidate', { name: 'X', type: 'person', aliases: [] }],
  ['exportPack', {}],
  ['importPack', { pack: {} }],
  ['clearMyCorpus', {}],
];

let site: TestSite;
let harness: ChromiumHarness;
/** The test site under another host name: http://<host>.localhost:<port>/… */
const at = (host: string, path: string) => site.url(path).replace('//127.0.0.1:', `//${host}.localhost:`);

beforeAll(async () => {
  ({ site, harness } = await launchOnSite());
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

/** Asks the worker from an extension page, as the extension's own pages do. */
async function ask<T>(type: string, data: object = {}): Promise<T> {
  const page = await harness.openExtensionPage('corpus.html');
  try {
    const r = (await page.evaluate(
      ({ type, data }) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type, data }),
      { type, data },
    )) as { ok: boolean; value?: T; error?: string };
    if (!r.ok) throw new Error(`${type}: ${r.error}`);
    return r.value as T;
  } finally {
    await page.close();
  }
}

/** The content script's isolated world in a page (the one Chromium names after the extension). */
async function contentWorld(page: Page): Promise<{ cdp: CDPSession; run(expression: string): Promise<unknown> }> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; name: string; type?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ id: context.id, name: context.name, type: context.auxData?.type }));
  await cdp.send('Runtime.enable'); // reports every context that exists already
  await expect.poll(() => worlds.some((w) => w.type === 'isolated' && w.name === 'Parallax')).toBe(true);
  const contextId = worlds.find((w) => w.type === 'isolated' && w.name === 'Parallax')!.id;
  return {
    cdp,
    run: async (expression) => {
      const r = await cdp.send('Runtime.evaluate', { contextId, expression, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value;
    },
  };
}

describe('a page on another host', () => {
  it("(a) is refused every extension-only message sent from its content script's own world", async () => {
    const page = await harness.context.newPage();
    await page.goto(at('news', '/fixtures/forged-afp.html'));
    await waitForMentions(playwrightDriver(page), 1);
    const world = await contentWorld(page);
    const send = (type: string, data: object) => world.run(`chrome.runtime.sendMessage(${JSON.stringify({ type, data })})`);
    // The channel works: what a page may send is answered.
    expect(await send('warmCoverage', { entityIds: [] })).toMatchObject({ ok: true });
    for (const [type, data] of EXTENSION_ONLY) {
      expect(await send(type, data), type).toEqual({
        ok: false,
        error: `${type}: refused, only Parallax's own pages may send it, not a web page's content script`,
      });
    }
    // The whole collection is not a page's to list: only its own page's highlights, never another's.
    expect(await send('highlights', { url: 'https://www.afp.com/en/x' })).toEqual({
      ok: false,
      error: 'highlights: refused, a web page may act only on its own address',
    });
    // Saving for another address, and naming the page for coverage, are refused too.
    const save = await send('saveHighlight', {
      highlight: {
        url: 'https://www.afp.com/en/x',
        title: 'x',
        quote: { exact: 'x', prefix: '', suffix: '' },
        position: { start: 0, end: 1 },
        note: '',
        tags: [],
        snapshot: { entities: [], claims: [], takenAt: 1 },
      },
    });
    expect(save).toEqual({ ok: false, error: 'saveHighlight: refused, a web page may act only on its own address' });
    expect(await send('coverage', { entityId: 'il76-crash', pageUrl: 'https://www.afp.com/en/x' })).toMatchObject({ ok: false });
    await world.cdp.detach();
    await page.close();
  });

  it("(d) on a site the reader turned off, has its page's text refused by the background, whatever its content script sends", async () => {
    const sites = async (off: string[]) => {
      const ext = await harness.openExtensionPage('corpus.html');
      await ext.evaluate(
        (value) =>
          (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ sites: value }),
        { off },
      );
      await ext.close();
    };
    await sites(['quiet.localhost']);
    const page = await harness.context.newPage();
    await page.goto(at('quiet', '/fixtures/forged-afp.html'));
    const world = await contentWorld(page);
    const spot = () =>
      world.run(
        `chrome.runtime.sendMessage(${JSON.stringify({ type: 'spot', data: { text: 'Dmitry Peskov said so.', until: 22, state: { seen: [], reached: 0, carry: [] } } })})`,
      );
    expect(await spot()).toEqual({ ok: false, error: 'Parallax is off on this site.' });
    expect(await page.evaluate(() => CSS.highlights.has('parallax-mention'))).toBe(false);
    // On again: the same request is answered.
    await sites([]);
    expect(await spot()).toMatchObject({ ok: true, value: { mentions: [{ alias: 'Dmitry Peskov', start: 0, end: 13 }] } });
    await world.cdp.detach();
    await page.close();
  });

  it("(b) forging AFP everywhere, is added by the reader under its own domain, unrated; AFP's claims are unchanged", async () => {
    const afpBefore = (await ask<ClaimPack>('exportPack')).claims.filter((c) => c.outletId === 'afp');
    const page = await harness.context.newPage();
    const d = playwrightDriver(page);
    await page.goto(at('news', '/fixtures/forged-afp.html'));
    await waitForMentions(d, 3);
    await openByKeyboard(d);
    const card = inRoot(page, 'parallax-popover');
    await lookAtCard();
    await card.click('.px-add');
    await expect
      .poll(async () => (await card.texts('.px-add-status'))[0] ?? '', { timeout: 20_000, interval: 100 })
      .toMatch(/^Added “Il-76 crash: the account nobody checked” \(news\.localhost\)/);
    const mine = await ask<MyArticle[]>('myArticles');
    expect(mine.map((m) => [m.article.outletId, m.outletName, m.article.url])).toEqual([
      ['user-news-localhost', 'news.localhost', at('news', '/fixtures/forged-afp.html')],
    ]);
    const outlet = (await ask<Outlet[]>('outlets')).find((o) => o.id === 'user-news-localhost');
    expect(outlet).toMatchObject({ domains: ['news.localhost'], labels: { ownership: 'unrated', alignment: 'unrated' } });
    const after = await ask<ClaimPack>('exportPack');
    expect(after.claims.filter((c) => c.outletId === 'afp')).toEqual(afpBefore);
    expect(after.articles.filter((a) => a.url === 'https://www.afp.com/en/news/il76-forged-account')).toEqual([]);
    await page.close();
  });

  it("(c) of 20 MB is refused with the cap named before anything is sent; another tab's card still opens", async () => {
    const big = await harness.context.newPage();
    const d = playwrightDriver(big);
    await big.goto(at('big', '/fixtures/forged-afp.html'));
    await waitForMentions(d, 3);
    // The page grows itself to 20 MB (hidden, so nothing is painted from it).
    await big.evaluate(() => {
      const filler = document.createElement('div');
      filler.hidden = true;
      filler.textContent = 'x'.repeat(20_000_000);
      document.body.append(filler);
    });
    await openByKeyboard(d);
    const card = inRoot(big, 'parallax-popover');
    await lookAtCard();
    await card.click('.px-add');
    await expect
      .poll(async () => (await card.texts('.px-add-status'))[0] ?? '', { timeout: 20_000, interval: 100 })
      // The content script's words (the worker's refusal reads "addArticle.html is over the cap …").
      .toMatch(/^This page is too large to add: 20,00\d,\d{3} characters of HTML, over the cap of 5,000,000 \(about 5 MB\)\.$/);
    expect(await ask<MyArticle[]>('myArticles')).not.toContainEqual(
      expect.objectContaining({ article: expect.objectContaining({ url: at('big', '/fixtures/forged-afp.html') }) }),
    );

    const other = await harness.context.newPage();
    const o = playwrightDriver(other);
    await other.goto(at('reader', `/seed/${site.pack.articles[0].id}.html`));
    await waitForMentions(o, 3);
    await openByKeyboard(o);
    expect((await waitForPopoverReady(o)).claims).toBeGreaterThan(0);
    await other.close();
    await big.close();
  });
});
