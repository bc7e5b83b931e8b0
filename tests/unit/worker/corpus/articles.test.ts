/**
 * The reader's articles (lib/worker/corpus/articles.ts, read-page.ts): a page read from HTML is stored
 * with a new unrated outlet or its known one, all as origin 'user'; the same URL updates it; a
 * seed article's URL is refused; the list shows only the reader's articles; delete removes an
 * article, its claims and an outlet left empty, and refuses seed and unknown articles.
 */
import { mergedOutlets } from '../../../../lib/worker/sources/merged';
import { sourceReader } from '../../../../lib/worker/sources/read';
import { describe, expect, it } from 'vitest';
import { addArticle, deleteArticle, myArticles } from '../../../../lib/worker/corpus/articles';
import { articleFromHtml } from '../../../../lib/core/extract/read-html';
import { NO_ARTICLE } from '../../../../lib/core/extract/page-article';
import { unratedOutlet } from '../../../../lib/core/extract/outlet-for-article';
import {
  parseWithLinkedom,
  databases,
  fixture,
  HARBOUR_ID,
  HARBOUR_OUTLET,
  HARBOUR_PARAGRAPHS,
  HARBOUR_TEXT,
  HARBOUR_TITLE,
  HARBOUR_URL,
  harbourPage,
  page,
  RULES,
  seedPack,
  tables,
} from './helpers';

const { seeded } = databases('corpus-articles');
const AFP_ARTICLE = 'afp-2024-01-24-russia-says-plane-crashes';

describe('reading a page', () => {
  it('gives the article of the Harbour Herald page, one paragraph per line (the byline line included)', () => {
    expect(harbourPage()).toEqual({
      title: HARBOUR_TITLE,
      published: '2024-01-26',
      byline: 'Tomas Reed',
      siteName: 'Harbour Herald',
      url: HARBOUR_URL,
      text: HARBOUR_TEXT,
    });
  });

  it('gives NO_ARTICLE for a page without article text', () => {
    expect(articleFromHtml(fixture('articles/no-text.html'), 'https://www.exampledaily.example/gallery', parseWithLinkedom)).toEqual({
      ok: false,
      error: NO_ARTICLE,
    });
  });
});

describe('addArticle', () => {
  it('stores the article, its claims and a new unrated outlet, all as user rows', async () => {
    const db = await seeded();
    const r = await addArticle(db, harbourPage(), RULES);
    // Every sentence is about the crash the headline names; the others add Belgorod, the Kremlin and Peskov.
    expect(r).toEqual({
      ok: true,
      value: {
        articleId: HARBOUR_ID,
        title: HARBOUR_TITLE,
        outlet: { id: HARBOUR_OUTLET, name: 'Harbour Herald' },
        newOutlet: true,
        updated: false,
        claims: 5,
        entities: 4,
      },
    });
    expect(await db.outlets.get(HARBOUR_OUTLET)).toMatchObject({
      name: 'Harbour Herald',
      domains: ['harbourherald.example'],
      labels: { ownership: 'unrated', alignment: 'unrated' },
      origin: 'user',
    });
    expect(await db.articles.get(HARBOUR_ID)).toMatchObject({
      outletId: HARBOUR_OUTLET,
      url: HARBOUR_URL,
      published: '2024-01-26',
      byline: 'Tomas Reed',
      origin: 'user',
    });
    const claims = await db.claims.where('articleId').equals(HARBOUR_ID).sortBy('start');
    expect(claims.map((c) => c.quote)).toEqual(HARBOUR_PARAGRAPHS);
    expect(claims.every((c) => c.origin === 'user' && c.outletId === HARBOUR_OUTLET)).toBe(true);
    expect(new Set(claims.flatMap((c) => c.entityIds))).toEqual(new Set(['il76-crash', 'belgorod', 'kremlin', 'dmitry-peskov']));
    const aboard = claims.filter((c) => c.facetIds.includes('il76-crash/aboard'));
    expect(aboard.map((c) => c.quote)).toEqual([HARBOUR_PARAGRAPHS[0]]);
  });

  it('updates the article added from the same URL: same id, its old claims replaced', async () => {
    const db = await seeded();
    await addArticle(db, harbourPage(), RULES);
    const changed = { ...harbourPage(), title: 'Il-76 crash: what we know now', text: HARBOUR_PARAGRAPHS.slice(1).join('\n') };
    const r = await addArticle(db, changed, RULES);
    expect(r).toMatchObject({
      ok: true,
      value: { articleId: HARBOUR_ID, title: 'Il-76 crash: what we know now', newOutlet: false, updated: true, claims: 4 },
    });
    expect(await db.articles.where('origin').equals('user').primaryKeys()).toEqual([HARBOUR_ID]);
    expect((await db.articles.get(HARBOUR_ID))?.text).toBe(changed.text);
    const claims = await db.claims.where('origin').equals('user').sortBy('start');
    expect(claims.map((c) => c.quote)).toEqual(HARBOUR_PARAGRAPHS.slice(1));
    expect(claims.map((c) => c.start)).toEqual([0, 1, 2, 3].map((i) => changed.text.indexOf(HARBOUR_PARAGRAPHS[i + 1])));
    expect(await db.outlets.where('origin').equals('user').count()).toBe(1);
  });

  it("refuses a page at a seed article's URL, naming the article, and changes nothing", async () => {
    const pack = seedPack();
    const afp = pack.articles.find((a) => a.id === AFP_ARTICLE)!;
    afp.url = 'https://www.afp.com/en/news/plane-crash';
    const db = await seeded(pack);
    const before = await tables(db);
    const r = await addArticle(db, page(afp.url, 'Plane crash', '2024-01-24', ['The Il-76 crash killed everyone on board.']), RULES);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(afp.title);
    expect(await tables(db)).toEqual(before);
  });

  it("keeps a known outlet's row for a page on its domain", async () => {
    const db = await seeded();
    const afpBefore = (await mergedOutlets(db, sourceReader(db))).find((o) => o.id === 'afp');
    const r = await addArticle(
      db,
      page('https://www.afp.com/en/news/kyiv-silent', 'Kyiv silent on Il-76 crash', '2024-01-27', [
        'Kyiv said nothing more about the Il-76 crash on Saturday.',
      ]),
      RULES,
    );
    expect(r).toMatchObject({ ok: true, value: { outlet: { id: 'afp', name: 'Agence France-Presse' }, newOutlet: false, updated: false } });
    // The bundled outlet is the article's: no outlet of the reader's is written.
    expect(await db.outlets.count()).toBe(0);
    expect((await mergedOutlets(db, sourceReader(db))).find((o) => o.id === 'afp')).toEqual(afpBefore);
    expect(await db.articles.get('user-afp-2024-01-27-kyiv-silent-on-il-76-crash')).toMatchObject({ outletId: 'afp', origin: 'user' });
  });
});

describe('one site never writes under another site’s outlet', () => {
  const CRASH = ['The Il-76 crash killed everyone on board, officials said.'];

  it.each([
    ['https://www.herald.co.uk/a', 'https://herald-co.uk/b'],
    ['https://daily--news.com/a', 'https://daily-news.com/b'],
  ])('%s and %s get outlets of their own, each with its own domain', async (first, second) => {
    const db = await seeded();
    const a = await addArticle(db, page(first, 'Crash report', '2024-01-25', CRASH, 'The Herald'), RULES);
    const b = await addArticle(db, page(second, 'Crash story', '2024-01-25', CRASH, 'The Herald'), RULES);
    if (!a.ok || !b.ok) throw new Error('not added');
    expect(b.value.newOutlet).toBe(true);
    expect(b.value.outlet.id).not.toBe(a.value.outlet.id);
    const domains = async (id: string) => (await db.outlets.get(id))?.domains;
    expect(await domains(a.value.outlet.id)).toEqual([new URL(first).hostname.replace(/^www\./, '')]);
    expect(await domains(b.value.outlet.id)).toEqual([new URL(second).hostname]);
  });

  it('a new site whose id an outlet of another site already holds (made by an earlier version) gets the next free id', async () => {
    const db = await seeded();
    // An earlier version made ids from a slug of the site: "herald-co.uk" held the id "herald.co.uk" now has.
    await db.outlets.put({ ...unratedOutlet('Herald Co', 'herald-co.uk'), id: 'user-herald-co-uk', origin: 'user' });
    const r = await addArticle(db, page('https://herald.co.uk/a', 'Crash report', '2024-01-25', CRASH), RULES);
    expect(r).toMatchObject({ ok: true, value: { outlet: { id: 'user-herald-co-uk-2' }, newOutlet: true } });
    expect((await db.outlets.get('user-herald-co-uk'))?.domains).toEqual(['herald-co.uk']);
    expect((await db.outlets.get('user-herald-co-uk-2'))?.domains).toEqual(['herald.co.uk']);
  });

  it('a site name that only looks like a known outlet’s, or is too long for a name, does not name the new outlet', async () => {
    const db = await seeded();
    for (const [i, lookalike] of [
      'Agence France\u2011Presse',
      'Agence France-Presse\u200B',
      'AGENCE  FRANCE–PRESSE',
      // Another spelling, letters of other scripts that look Latin, and text shown backwards.
      'Agence France Presse',
      'Agence France.Presse',
      '\u0410g\u0435nc\u0435 Fr\u0430nc\u0435-Pr\u0435ss\u0435',
      '\u0391gence France-Presse',
      '\u202Eesserp-ecnarF ecnegA',
      // A symbol run on to it, a letter off, its initials, a part or the first words of a known name (thirteenth attack suite).
      'Agence France-Presse™',
      'Agence France-Prese',
      'A.F.P.',
      'AFP News',
      'RFE/RL',
      'Radio Liberty',
      'Euromaidan',
      'Pravda',
      'World Socialist',
      // Its words in another order or with particles, in Cyrillic, with an edition's word, its initials run on (fourteenth attack suite).
      'France-Presse Agence',
      'Agence de France-Presse',
      'Agence Française de Presse',
      'Liberty Radio Europe',
      'Правда.ру',
      'Pravda English',
      'AFPwire',
      // No name, but a notice for every card that shows the outlet.
      `Parallax notice: the other outlets ${'have retracted their reports '.repeat(10)}`,
    ].entries()) {
      // A site of its own each: a second page of one site keeps the outlet its first page made.
      const r = await addArticle(db, page(`https://afp-news-${i}.example/a`, 'Crash report', '2024-01-25', CRASH, lookalike), RULES);
      expect(r).toMatchObject({ ok: true, value: { outlet: { name: `afp-news-${i}.example` } } });
    }
  });

  it('a site name of its own names the new outlet, in any script', async () => {
    const db = await seeded();
    for (const [site, name] of [
      ['https://francepress-weekly.example/a', 'France Press Weekly'],
      ['https://kyiv-daily.example/a', 'Київський щоденник'],
      // A word a known outlet's name or site also holds is no claim to be it.
      ['https://up.example/a', 'Ukrainska Pravda'],
      ['https://rfa.example/a', 'Radio Free Asia'],
      ['https://english-daily.example/a', 'English Daily'],
      // Words of a known name's stem, or one word of it, are no claim to be it either.
      ['https://libertad.example/a', 'Radio Libertad'],
      ['https://francophone.example/a', 'Agence Presse Francophone'],
      ['https://pravdy.example/a', 'Pravdy'],
    ]) {
      const r = await addArticle(db, page(site, 'Crash report', '2024-01-25', CRASH, name), RULES);
      expect(r).toMatchObject({ ok: true, value: { outlet: { name } } });
    }
  });
});

describe('myArticles', () => {
  it("lists only the reader's articles, newest first, with outlet name, word count and claims in order, without text", async () => {
    const db = await seeded();
    await addArticle(
      db,
      page('https://one.example/a', 'Older', '2024-01-20', ['The Il-76 crash was reported.', 'Belgorod officials spoke of the Il-76 crash.']),
      RULES,
    );
    await addArticle(db, harbourPage(), RULES);
    await addArticle(db, page('https://www.afp.com/en/b', 'Newest', '2024-02-01', ['Kyiv asked for an inquiry into the Il-76 crash.']), RULES);
    const r = await myArticles(db);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.map((m) => [m.article.title, m.outletName, m.article.words])).toEqual([
      ['Newest', 'Agence France-Presse', 9],
      [HARBOUR_TITLE, 'Harbour Herald', HARBOUR_TEXT.split(/\s+/).length],
      ['Older', 'one.example', 12],
    ]);
    for (const m of r.value) {
      expect(m.article).not.toHaveProperty('text');
      expect(m.article).not.toHaveProperty('origin');
      expect(m.claims.length).toBeGreaterThan(0);
      expect(m.claims.every((c, i) => c.articleId === m.article.id && !('origin' in c) && (i === 0 || m.claims[i - 1].start < c.start))).toBe(true);
    }
    expect(r.value[1].claims.map((c) => c.quote)).toEqual(HARBOUR_PARAGRAPHS);
  });
});

describe('deleteArticle', () => {
  it('removes the article and its claims, and an outlet of the reader only when it is left empty', async () => {
    const db = await seeded();
    const one = await addArticle(db, page('https://two.example/1', 'First', '2024-01-25', ['The Il-76 crash was reported.']), RULES);
    const two = await addArticle(db, page('https://two.example/2', 'Second', '2024-01-26', ['Kyiv spoke of the Il-76 crash.']), RULES);
    const afp = await addArticle(db, page('https://afp.com/x', 'Third', '2024-01-26', ['Kyiv spoke of the Il-76 crash.']), RULES);
    if (!one.ok || !two.ok || !afp.ok) throw new Error('not added');
    expect(one.value.outlet.id).toBe('user-two-example');
    expect(two.value).toMatchObject({ outlet: { id: 'user-two-example' }, newOutlet: false });

    expect(await deleteArticle(db, one.value.articleId)).toEqual({ ok: true, value: null });
    expect(await db.articles.get(one.value.articleId)).toBeUndefined();
    expect(await db.claims.where('articleId').equals(one.value.articleId).count()).toBe(0);
    expect(await db.outlets.get('user-two-example')).toBeDefined();
    expect(await db.claims.where('articleId').equals(two.value.articleId).count()).toBe(1);

    expect((await deleteArticle(db, two.value.articleId)).ok).toBe(true);
    expect(await db.outlets.get('user-two-example')).toBeUndefined();

    expect((await deleteArticle(db, afp.value.articleId)).ok).toBe(true);
    // The bundled outlet was never the reader's row, and stays known.
    expect(await db.outlets.get('afp')).toBeUndefined();
    expect((await mergedOutlets(db, sourceReader(db))).map((o) => o.id)).toContain('afp');
    expect(await db.articles.where('origin').equals('user').count()).toBe(0);
    expect(await db.claims.where('origin').equals('user').count()).toBe(0);
  });

  it('refuses a seed article and an unknown id, changing nothing', async () => {
    const db = await seeded();
    await addArticle(db, harbourPage(), RULES);
    const before = await tables(db);
    const seed = await deleteArticle(db, AFP_ARTICLE);
    expect(seed.ok).toBe(false);
    const unknown = await deleteArticle(db, 'user-nowhere-2024-01-01-nothing');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error).toContain('user-nowhere-2024-01-01-nothing');
    expect(await tables(db)).toEqual(before);
  });
});
