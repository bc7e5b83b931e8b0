/**
 * Where an added article's outlet comes from (finding 2 of the hostile-page issue): the worker
 * decides from the page's real address. A page that declares AFP's og:url, canonical link,
 * JSON-LD url and og:site_name while served elsewhere lands under its own site as a new unrated
 * outlet, and AFP's claims stay as they were; metadata on the page's own site is used.
 */
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../../lib/core/extract/read-html';
import { sameHost } from '../../../lib/core/coverage/outlet-for-url';
import { databases, fixture, parseWithLinkedom, seededWorker } from './corpus/helpers';

const { fresh } = databases('provenance');
const FORGED = fixture('pages/forged-afp.html');
const AFP_URL = 'https://www.afp.com/en/news/il76-forged-account';

const setUp = () => seededWorker(fresh());

describe('an added article belongs to the site it was read at', () => {
  it('a page at another domain forging AFP everywhere becomes a new unrated outlet of its own domain', async () => {
    const { db, send, ready } = setUp();
    await ready;
    const afpClaims = await db.claims.where('outletId').equals('afp').toArray();
    const r = await send('addArticle', { html: FORGED }, { kind: 'page', url: 'http://news.localhost:8123/forged-afp.html' });
    expect(r).toMatchObject({ ok: true, value: { outlet: { id: 'user-news-localhost', name: 'news.localhost' }, newOutlet: true, updated: false } });
    const outlet = await db.outlets.get('user-news-localhost');
    expect(outlet).toMatchObject({ domains: ['news.localhost'], labels: { ownership: 'unrated', alignment: 'unrated' } });
    const added = await db.articles.get((r as { value: { articleId: string } }).value.articleId);
    expect(added?.url).toBe('http://news.localhost:8123/forged-afp.html');
    expect(await db.articles.where('url').equals(AFP_URL).count()).toBe(0);
    expect(await db.claims.where('outletId').equals('afp').toArray()).toEqual(afpClaims);
    // Asked about the forged address, the corpus answers for the page's own address only.
    expect(await send('articleAt', { urls: [AFP_URL] }, { kind: 'page', url: 'http://evil.localhost:8123/x' })).toEqual({ ok: true, value: null });
  });

  it('cannot overwrite an article another site added, by declaring its URL', async () => {
    const { db, send, ready } = setUp();
    await ready;
    const own = await send(
      'addArticle',
      { html: FORGED.replaceAll('www.afp.com', 'harbour.localhost') },
      { kind: 'page', url: 'http://harbour.localhost/en/news/il76-forged-account' },
    );
    expect(own).toMatchObject({ ok: true, value: { updated: false } });
    const again = await send(
      'addArticle',
      { html: FORGED.replaceAll('www.afp.com', 'harbour.localhost') },
      { kind: 'page', url: 'http://other.localhost/copy' },
    );
    expect(again).toMatchObject({ ok: true, value: { updated: false, outlet: { id: 'user-other-localhost' } } });
    expect(await db.articles.where('outletId').equals('user-harbour-localhost').count()).toBe(1);
  });

  it('uses the declared URL when it is on the same site (a tracking query dropped by the canonical link)', () => {
    const html = FORGED.replaceAll('https://www.afp.com/en/news/il76-forged-account', 'https://news.example.co.uk/world/il76');
    const page = articleFromHtml(html, 'https://www.news.example.co.uk/world/il76?utm_source=feed', parseWithLinkedom);
    expect(page.ok && page.value.url).toBe('https://news.example.co.uk/world/il76');
    // Beside an address on another site under the same public suffix (co.uk), it is not used.
    const other = articleFromHtml(html, 'https://evil.co.uk/il76', parseWithLinkedom);
    expect(other.ok && other.value.url).toBe('https://evil.co.uk/il76');
  });

  it('does not use a URL declared for another page of the same host, which may be another author’s', async () => {
    // A host shared by path: Alice's article, added by the reader, and Mallory's page declaring Alice's URL.
    const alice = 'https://blog.shared.example/~alice/il76-verified';
    const page = (path: string) => FORGED.replaceAll('https://www.afp.com/en/news/il76-forged-account', path);
    expect(((r) => r.ok && r.value.url)(articleFromHtml(page(alice), 'https://blog.shared.example/~mallory/post', parseWithLinkedom))).toBe(
      'https://blog.shared.example/~mallory/post',
    );
    // Nor on a host whose pages differ by their query.
    const forum = 'https://forum.shared.example/view?post=alice';
    expect(
      ((r) => r.ok && r.value.url)(articleFromHtml(page(forum), 'https://forum.shared.example/view?post=mallory&utm_source=x', parseWithLinkedom)),
    ).toBe('https://forum.shared.example/view?post=mallory&utm_source=x');
    expect(((r) => r.ok && r.value.url)(articleFromHtml(page(forum), `${forum}&utm_source=x`, parseWithLinkedom))).toBe(forum);
    // Nor one whose address repeats the parameter ("?id=alice&id=mallory" is served as Mallory's), nor
    // on another port or scheme, nor with a user in it.
    for (const [declared, at] of [
      ['https://forum.shared.example/view?id=alice', 'https://forum.shared.example/view?id=alice&id=mallory'],
      ['https://forum.shared.example/view?id=alice', 'https://forum.shared.example/view?id=mallory&id=alice'],
      ['https://forum.shared.example/p', 'https://forum.shared.example:8443/p'],
      ['http://forum.shared.example/p', 'https://forum.shared.example/p'],
      ['https://eve@forum.shared.example/p', 'https://forum.shared.example/p'],
    ])
      expect(((r) => r.ok && r.value.url)(articleFromHtml(page(declared), at, parseWithLinkedom)), `${declared} at ${at}`).toBe(at);
    // An https canonical for a page read over http is its upgrade, not another page.
    expect(
      ((r) => r.ok && r.value.url)(articleFromHtml(page('https://forum.shared.example/p'), 'http://forum.shared.example/p', parseWithLinkedom)),
    ).toBe('https://forum.shared.example/p');
    // Nor one that drops a query parameter that is no tracking: "news.php?id=…" is a page of its own.
    expect(
      ((r) => r.ok && r.value.url)(
        articleFromHtml(page('https://forum.shared.example/news.php'), 'https://forum.shared.example/news.php?id=999', parseWithLinkedom),
      ),
    ).toBe('https://forum.shared.example/news.php?id=999');
    // Nor an "/amp/" at a path's start: that may be an author's own ("/amp/alice/post" is not "/alice/post").
    expect(
      ((r) => r.ok && r.value.url)(articleFromHtml(page(alice), 'https://blog.shared.example/amp/~alice/il76-verified', parseWithLinkedom)),
    ).toBe('https://blog.shared.example/amp/~alice/il76-verified');
    // The same page still sheds its tracking query, its trailing slash and its AMP copy's marker.
    expect(((r) => r.ok && r.value.url)(articleFromHtml(page(alice), `${alice}/amp?utm_source=x`, parseWithLinkedom))).toBe(alice);
    expect(((r) => r.ok && r.value.url)(articleFromHtml(page(`${alice}/`), `${alice}?ref=feed`, parseWithLinkedom))).toBe(`${alice}/`);

    const { db, send, ready } = setUp();
    await ready;
    const added = await send('addArticle', { html: page(alice) }, { kind: 'page', url: alice });
    expect(added).toMatchObject({ ok: true, value: { updated: false } });
    const aliceClaims = await db.claims.toArray();
    const mallory = await send('addArticle', { html: page(alice) }, { kind: 'page', url: 'https://blog.shared.example/~mallory/post' });
    expect(mallory).toMatchObject({ ok: true, value: { updated: false } });
    expect(await db.articles.where('url').equals(alice).count()).toBe(1);
    expect((await db.claims.toArray()).filter((c) => aliceClaims.some((a) => a.id === c.id))).toEqual(aliceClaims);
    // Nor may another of Mallory's pages ask whether the reader added Alice's.
    expect(await send('articleAt', { urls: [alice] }, { kind: 'page', url: 'https://blog.shared.example/~mallory/other' })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('does not use a URL declared on another host of the same site, which may be another outlet’s', async () => {
    const html = FORGED.replaceAll('https://www.afp.com/en/news/il76-forged-account', 'https://news.shared.example/world/il76');
    const page = articleFromHtml(html, 'https://forum.shared.example/t/il76', parseWithLinkedom);
    expect(page.ok && page.value.url).toBe('https://forum.shared.example/t/il76');
    // A host that is a public suffix's own is no mobile copy of it ("m.github.io" is not "github.io").
    expect(sameHost('https://m.github.io/a', 'https://github.io/a')).toBe(false);
    expect(sameHost('https://m.example.github.io/a', 'https://example.github.io/b')).toBe(true);
    // Its mobile copy is the same publisher's.
    const mobile = articleFromHtml(html, 'https://m.news.shared.example/world/il76?ref=app', parseWithLinkedom);
    expect(mobile.ok && mobile.value.url).toBe('https://news.shared.example/world/il76');

    const { db, send, ready } = setUp();
    await ready;
    await db.outlets.put({ ...(await db.outlets.get('afp'))!, id: 'shared-news', name: 'Shared News', domains: ['news.shared.example'] });
    const r = await send('addArticle', { html }, { kind: 'page', url: 'https://forum.shared.example/t/il76' });
    expect(r).toMatchObject({ ok: true, value: { newOutlet: true } });
    expect(r).not.toMatchObject({ value: { outlet: { id: 'shared-news' } } });
    expect(await db.articles.where('outletId').equals('shared-news').count()).toBe(0);
    // Nor may it ask whether the reader added that outlet's article.
    const news = await send('addArticle', { html }, { kind: 'page', url: 'https://news.shared.example/world/il76' });
    expect(news).toMatchObject({ ok: true, value: { outlet: { id: 'shared-news' } } });
    const asked = (url: string) => send('articleAt', { urls: ['https://news.shared.example/world/il76'] }, { kind: 'page', url });
    expect(await asked('https://forum.shared.example/t/other')).toEqual({ ok: true, value: null });
    expect(await asked('https://news.shared.example/world/il76?ref=x')).toMatchObject({ ok: true, value: { title: expect.any(String) } });
  });

  it("a page on AFP's own domain is AFP's", async () => {
    const { send, ready } = setUp();
    await ready;
    const r = await send('addArticle', { html: FORGED }, { kind: 'page', url: AFP_URL });
    expect(r).toMatchObject({ ok: true, value: { outlet: { id: 'afp', name: 'Agence France-Presse' }, newOutlet: false } });
  });
});
