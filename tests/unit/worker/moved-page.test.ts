/**
 * A single-page site that moved on (history.pushState) to its next story: "Add this article" files
 * that story under the address the page is at now, with its own headline even when the site left
 * the first story's head in place; and it never replaces an article already added at an address the
 * page moved onto (another page of the site could have moved there).
 */
import { describe, expect, it } from 'vitest';
import type { From } from '../../../lib/core/messages/dispatch';
import { MOVED_ONTO_ADDED } from '../../../lib/worker/corpus/articles';
import { databases, seededWorker } from './corpus/helpers';

const { fresh } = databases('moved-page');
const SITE = 'https://ferry.localhost';
const A = `${SITE}/stories/harbour-cranes`;
const B = `${SITE}/stories/ferry-timetable`;

/** The page's head, as the site wrote it for the story it first showed. */
const headOf = (url: string, headline: string) =>
  `<title>${headline} | Ferry Gazette</title><meta property="og:site_name" content="Ferry Gazette"><meta property="og:url" content="${url}"><link rel="canonical" href="${url}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}","url":"${url}","datePublished":"2031-04-02","author":{"@type":"Person","name":"Ines Mardle"}}</script>`;
const page = (head: string, headline: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body><main><article><h1>${headline}</h1>${body}</article></main></body></html>`;

const HEADLINE_A = 'Harbour cranes stand idle as the dock strike enters its third week';
const HEADLINE_B = 'Ferry timetable cut by a third over the winter, operator says';
const BODY_A =
  '<p>The cranes at the north harbour have not moved since the first of the month, and the queue of ships outside the breakwater has grown to eleven.</p><p>The dockers’ union said talks would resume on Monday.</p>';
const BODY_B =
  '<p>By <a rel="author" href="/odile">Odile Brandt</a>, <time datetime="2031-06-01">1 June</time></p><p>The island ferry will sail four times a day instead of six from November, the operator said on Tuesday, blaming the price of fuel.</p><p>Islanders said the cut would leave the last boat home before the evening shift ends.</p>';

const setUp = () => seededWorker(fresh());

describe('adding from a page that moved on without reloading', () => {
  it('files the story under where the page is now, with its own headline, and leaves the first story as it was', async () => {
    const { db, send, ready } = setUp();
    await ready;
    const first = await send('addArticle', { html: page(headOf(A, HEADLINE_A), HEADLINE_A, BODY_A) }, { kind: 'page', url: A });
    expect(first).toMatchObject({ ok: true, value: { updated: false } });

    // The site moved to story B with pushState and rendered it, its head still story A's.
    const moved: From = { kind: 'page', url: A, current: B };
    expect(await send('articleAt', { urls: [A] }, moved), 'nothing is added at B yet').toEqual({ ok: true, value: null });
    const second = await send('addArticle', { html: page(headOf(A, HEADLINE_A), HEADLINE_B, BODY_B) }, moved);
    expect(second).toMatchObject({ ok: true, value: { updated: false, title: HEADLINE_B } });
    const stored = await db.articles.where('url').equals(B).toArray();
    expect(
      stored.map((a) => [a.title, a.byline, a.published]),
      'the date and author B shows, not A’s',
    ).toEqual([[HEADLINE_B, 'Odile Brandt', '2031-06-01']]);
    const a = await db.articles.where('url').equals(A).toArray();
    expect(a.map((x) => x.title)).toEqual([HEADLINE_A]);
    expect(await send('articleAt', { urls: [] }, moved)).toMatchObject({ ok: true, value: { title: HEADLINE_B } });
  });

  it('does not replace the article added at an address the page moved onto, and says to reload', async () => {
    const { db, send, ready } = setUp();
    await ready;
    await send('addArticle', { html: page(headOf(A, HEADLINE_A), HEADLINE_A, BODY_A) }, { kind: 'page', url: A });
    const onto = await send('addArticle', { html: page(headOf(A, HEADLINE_A), HEADLINE_A, BODY_B) }, { kind: 'page', url: B, current: A });
    expect(onto).toEqual({ ok: false, error: MOVED_ONTO_ADDED });
    const claims = await db.claims
      .where('articleId')
      .equals((await db.articles.where('url').equals(A).first())!.id)
      .toArray();
    expect(claims.map((c) => c.quote).join(' ')).not.toMatch(/ferry/i);
    // Nor under another spelling of that address, nor with a route of its own after it: a page cannot file its text beside the article added there.
    for (const spelling of [
      `${A}/`,
      `${A}?utm_source=x`,
      `${A}/amp`,
      A.replace('harbour', 'Harbour'),
      A.replace('harbour', 'h%61rbour'),
      `${A}#/x`,
      `${A}#!/x/`,
      `${A}?amp=1`,
      `${A}/index.html`,
    ]) {
      const beside = await send(
        'addArticle',
        { html: page(headOf(spelling, HEADLINE_A), HEADLINE_A, BODY_B) },
        { kind: 'page', url: B, current: spelling },
      );
      expect(beside, spelling).toEqual({ ok: false, error: MOVED_ONTO_ADDED });
    }
    expect(await db.articles.count()).toBe(1);
    // Loaded at its own address, the page updates it; so it does at another #part of itself (no move).
    const reloaded = await send('addArticle', { html: page(headOf(A, HEADLINE_A), HEADLINE_A, BODY_A) }, { kind: 'page', url: A });
    expect(reloaded).toMatchObject({ ok: true, value: { updated: true } });
    const atComments = await send(
      'addArticle',
      { html: page(headOf(A, HEADLINE_A), HEADLINE_A, BODY_A) },
      { kind: 'page', url: A, current: `${A}#comments` },
    );
    expect(atComments).toMatchObject({ ok: true, value: { updated: true } });
    expect(await db.articles.count()).toBe(1);
  });

  it('on a page routed by its hash, the next story is another page: added beside the first, not over it', async () => {
    const { db, send, ready } = setUp();
    await ready;
    const app = `${SITE}/app`;
    await send('addArticle', { html: page(headOf(app, HEADLINE_A), HEADLINE_A, BODY_A) }, { kind: 'page', url: `${app}#/a` });
    const moved: From = { kind: 'page', url: `${app}#/a`, current: `${app}#/b` };
    expect(await send('articleAt', { urls: [app] }, moved), 'story A is not this page').toEqual({ ok: true, value: null });
    const b = await send('addArticle', { html: page(headOf(app, HEADLINE_B), HEADLINE_B, BODY_B) }, moved);
    expect(b).toMatchObject({ ok: true, value: { updated: false, title: HEADLINE_B } });
    expect((await db.articles.toArray()).map((x) => [x.title, x.url])).toEqual(
      expect.arrayContaining([
        [HEADLINE_A, `${app}#/a`],
        [HEADLINE_B, `${app}#/b`],
      ]),
    );
  });

  it('a page that moved to another path, its head left naming the first story by its canonical link alone, adds the new story beside it', async () => {
    const { db, send, ready } = setUp();
    await ready;
    await send('addArticle', { html: page(headOf(A, HEADLINE_A), HEADLINE_A, BODY_A) }, { kind: 'page', url: A });
    const canonicalOnly = `<title>${HEADLINE_B}</title><link rel="canonical" href="${A}">`;
    const b = await send('addArticle', { html: page(canonicalOnly, HEADLINE_B, BODY_B) }, { kind: 'page', url: A, current: B });
    expect(b).toMatchObject({ ok: true, value: { updated: false, title: HEADLINE_B } });
    expect((await db.articles.where('url').equals(A).first())?.title).toBe(HEADLINE_A);
  });

  it('a page that only decorated its address ("?sh=…"), its head still declaring the page, updates its article', async () => {
    const { db, send, ready } = setUp();
    await ready;
    await send('addArticle', { html: page(headOf(A, HEADLINE_A), HEADLINE_A, BODY_A) }, { kind: 'page', url: A });
    const decorated: From = { kind: 'page', url: A, current: `${A}?sh=4f2a9c` };
    expect(await send('articleAt', { urls: [A] }, decorated)).toMatchObject({ ok: true, value: { title: HEADLINE_A } });
    const again = await send('addArticle', { html: page(headOf(A, HEADLINE_A), HEADLINE_A, BODY_A) }, decorated);
    expect(again).toMatchObject({ ok: true, value: { updated: true } });
    expect(await db.articles.count()).toBe(1);
  });

  it('on a site that picks its story by a parameter, each story is its own article', async () => {
    const { db, send, ready } = setUp();
    await ready;
    const home = `${SITE}/read`;
    const first = await send('addArticle', { html: page('', HEADLINE_A, BODY_A) }, { kind: 'page', url: home, current: `${home}?p=41` });
    const second = await send('addArticle', { html: page('', HEADLINE_B, BODY_B) }, { kind: 'page', url: home, current: `${home}?p=42` });
    expect([first, second]).toMatchObject([
      { ok: true, value: { updated: false } },
      { ok: true, value: { updated: false } },
    ]);
    expect((await db.articles.toArray()).map((a) => a.url).sort()).toEqual([`${home}?p=41`, `${home}?p=42`]);
  });

  it('a route spelt another way is the same route: no page slips beside the article added at it', async () => {
    const { send, ready } = setUp();
    await ready;
    const app = `${SITE}/app`;
    await send('addArticle', { html: page('', HEADLINE_A, BODY_A) }, { kind: 'page', url: `${app}#/a` });
    for (const spelling of [`${app}#/a/`, `${app}#!/a`, `${app}#/A`, `${app}#/a?utm_source=x`])
      expect(
        await send('addArticle', { html: page('', HEADLINE_B, BODY_B) }, { kind: 'page', url: `${app}#/b`, current: spelling }),
        spelling,
      ).toEqual({
        ok: false,
        error: MOVED_ONTO_ADDED,
      });
  });
});
