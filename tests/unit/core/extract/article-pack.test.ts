/**
 * packFromArticles with the seed corpus's outlets, entities and facet rules: an invented Il-76
 * article from an unknown outlet becomes a valid pack with a new "unrated" outlet and claims whose
 * quotes are the article's own words; a known outlet's domain keeps that outlet and its labels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../../../lib/tools/cli/seed-files';
import { articleFromPage, packFromArticles } from '../../../../lib/core/extract/article-pack';
import { outletFor, slug, UNRATED } from '../../../../lib/core/extract/outlet-for-article';
import { articleFromDocument, type PageArticle } from '../../../../lib/core/extract/page-article';
import { validatePack } from '../../../../lib/core/pack/validate';

const seeds = readSeeds();
const html = readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', 'articles', 'il76-unknown.html'), 'utf8');
const parsed = articleFromDocument(parseHTML(html).document as unknown as Document, undefined);
if (!parsed.ok) throw new Error(parsed.error);
const page = parsed.value;

describe('packFromArticles on an article from an unknown outlet', () => {
  const outlet = outletFor(seeds.outlets, page.url, page.siteName);
  const pack = packFromArticles([{ article: page, outlet }], seeds);

  it('creates a new unrated outlet for the domain', () => {
    expect(pack.outlets).toEqual([
      {
        id: 'user-exampledaily-example',
        name: 'Example Daily',
        domains: ['exampledaily.example'],
        country: 'Unknown',
        labels: { ownership: UNRATED, alignment: UNRATED },
        labelBasis: {
          ownership: { by: 'Parallax', why: 'Not rated yet: an outlet you added. Set its labels in the popup.' },
          alignment: { by: 'Parallax', why: 'Not rated yet: an outlet you added. Set its labels in the popup.' },
        },
      },
    ]);
  });

  it('passes validatePack, with the seed entities and facets (without their cues)', () => {
    expect(validatePack(pack)).toEqual({ ok: true, value: pack });
    expect(pack.entities).toEqual(seeds.entities);
    expect(pack.facets.map((f) => f.id)).toEqual(seeds.facets.map((f) => f.id));
    expect(pack.facets.every((f) => !('cues' in f))).toBe(true);
  });

  it('keeps the article with a deterministic id and its metadata', () => {
    expect(pack.articles).toEqual([
      {
        id: 'user-exampledaily-example-2024-01-25-moscow-and-kyiv-trade-blame-over-il-76-crash',
        outletId: 'user-exampledaily-example',
        title: 'Moscow and Kyiv trade blame over Il-76 crash',
        published: '2024-01-25',
        byline: 'Lena Ostrova',
        url: 'https://www.exampledaily.example/world/il76-blame',
        text: page.text,
      },
    ]);
    expect(packFromArticles([{ article: page, outlet }], seeds)).toEqual(pack);
  });

  it('extracts claims whose quotes are verbatim in the text, with their speakers', () => {
    expect(pack.claims.length).toBeGreaterThanOrEqual(4);
    for (const c of pack.claims) {
      expect(page.text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.outletId).toBe(outlet.id);
    }
    const by = (prefix: string) => pack.claims.find((c) => c.quote.startsWith(prefix))!;
    expect(by('“We have no doubts').speaker).toEqual({ kind: 'entity', entityId: 'dmitry-peskov', name: 'Dmitry Peskov' });
    expect(by('Peskov added').speaker).toMatchObject({ entityId: 'dmitry-peskov' });
    const zelensky = by('In his evening address');
    expect(zelensky.speaker).toEqual({ kind: 'entity', entityId: 'volodymyr-zelensky', name: 'Volodymyr Zelensky' });
    expect(zelensky.entityIds).toEqual(expect.arrayContaining(['volodymyr-zelensky', 'il76-crash']));
    expect(zelensky.facetIds).toContain('il76-crash/investigation');
  });

  it('takes the event its headline names as what every sentence is about', () => {
    // "74 people were on board" names no known entity, but the headline names the Il-76 crash.
    const aboard = pack.claims.find((c) => c.quote.startsWith('Russian officials have said that 74'))!;
    expect(aboard.entityIds).toEqual(['il76-crash']);
    expect(aboard.facetIds).toContain('il76-crash/aboard');
    // The byline line is not a claim, and the page's navigation and footer never reached the text.
    expect(page.text).not.toContain('Vladimir Putin');
    expect(pack.claims.flatMap((c) => c.entityIds)).not.toContain('vladimir-putin');
  });
});

describe('packFromArticles on an article whose headline and lede name no event', () => {
  it('links only the entities each sentence names', () => {
    const article: PageArticle = {
      title: 'Weather in Moscow',
      published: '2024-01-26',
      text: 'Snow fell all day in the capital.\nDmitry Peskov said the Il-76 crash would be investigated.\nTraffic was slow.',
    };
    const pack = packFromArticles([{ article, outlet: outletFor(seeds.outlets, undefined, 'Weather Desk') }], seeds);
    expect(pack.claims.map((c) => [c.quote, c.entityIds])).toEqual([
      ['Dmitry Peskov said the Il-76 crash would be investigated.', ['dmitry-peskov', 'il76-crash']],
    ]);
  });
});

describe('packFromArticles with known outlets and repeats', () => {
  const afpPage: PageArticle = {
    title: 'Kremlin spokesman comments on the crash',
    published: '2024-01-24',
    url: 'https://www.afp.com/en/news/invented-story',
    text: 'Kremlin spokesman Dmitry Peskov said on Wednesday that the Il-76 crash would be investigated.',
  };

  it('keeps a known outlet, with its labels, when the domain is known', () => {
    const afp = seeds.outlets.find((o) => o.id === 'afp')!;
    const outlet = outletFor(seeds.outlets, afpPage.url, 'Some Other Name');
    expect(outlet).toBe(afp);
    const pack = packFromArticles([{ article: afpPage, outlet }], seeds);
    expect(pack.outlets).toEqual([afp]);
    expect(pack.outlets[0].labels).toEqual({ ownership: 'wire', alignment: 'neutral', type: 'wire agency' });
    expect(pack.articles[0].id).toBe('user-afp-2024-01-24-kremlin-spokesman-comments-on-the-crash');
    expect(validatePack(pack).ok).toBe(true);
  });

  it('finds an outlet by its address, or a forced name or id; a site name alone is never a known outlet', () => {
    expect(outletFor(seeds.outlets, 'https://www.afp.com/en/a', 'Some Other Name').id).toBe('afp');
    expect(outletFor(seeds.outlets, undefined, 'Agence France-Presse')).toMatchObject({
      id: 'user-agence-france-presse-unverified',
      name: 'Agence France-Presse (unverified)',
      labels: { ownership: UNRATED },
    });
    expect(outletFor(seeds.outlets, 'https://news.localhost/a', 'Agence France-Presse')).toMatchObject({
      id: 'user-news-localhost',
      name: 'news.localhost',
      domains: ['news.localhost'],
    });
    expect(outletFor(seeds.outlets, 'https://afp.com.evil.example/a')).toMatchObject({ id: 'user-evil-example', domains: ['evil.example'] });
    expect(outletFor(seeds.outlets, page.url, page.siteName, 'wsws').id).toBe('wsws');
    expect(outletFor(seeds.outlets, page.url, page.siteName, 'world socialist web site').id).toBe('wsws');
    const forced = outletFor(seeds.outlets, page.url, page.siteName, 'My Clippings');
    expect(forced).toMatchObject({
      id: 'user-my-clippings',
      name: 'My Clippings',
      domains: ['exampledaily.example'],
      labels: { ownership: UNRATED },
    });
    expect(outletFor(seeds.outlets, undefined, undefined)).toMatchObject({ id: 'user-unknown-outlet', domains: [] });
    // A name no outlet has, too long or reordering its text, is not kept even as an unverified one.
    expect(outletFor(seeds.outlets, undefined, `Notice: ${'read this '.repeat(20)}`).name).toBe('Unknown outlet');
    expect(outletFor(seeds.outlets, undefined, '\u202Eswen yliad').name).toBe('Unknown outlet');
    // Nor one that hides a mark in it (a pack holding it would be refused, so the corpus could not be exported).
    expect(outletFor(seeds.outlets, 'https://daily.example/a', 'Daily\u200B News').name).toBe('daily.example');
    expect(slug('Ça va, Kyiv—Київ 2024!')).toBe('ca-va-kyiv-київ-2024');
  });

  it('never takes a site name that dresses up as a known outlet: with a blank letter in it, or holding its name or domain', () => {
    for (const name of [
      'Agence\u3164France-Presse',
      'Agence France-Presse (AFP)',
      'Agence France-Presse English',
      'afp.com',
      'News from rferl.org',
    ]) {
      expect(outletFor(seeds.outlets, 'https://lookalike.example/a', name).name, name).toBe('lookalike.example');
    }
    expect(outletFor(seeds.outlets, 'https://lookalike.example/a', 'Harbour Herald').name).toBe('Harbour Herald');
  });

  it('de-duplicates article ids, dates an undated page as asked, and gathers a new outlet once', () => {
    const undated: PageArticle = { ...page, published: undefined };
    const outlet = outletFor(seeds.outlets, page.url, page.siteName);
    const pack = packFromArticles(
      [
        { article: page, outlet },
        { article: page, outlet: { ...outlet } },
        { article: undated, outlet },
      ],
      seeds,
      { undatedAs: '2024-02-01' },
    );
    expect(pack.articles.map((a) => a.id)).toEqual([
      'user-exampledaily-example-2024-01-25-moscow-and-kyiv-trade-blame-over-il-76-crash',
      'user-exampledaily-example-2024-01-25-moscow-and-kyiv-trade-blame-over-il-76-crash-2',
      'user-exampledaily-example-2024-02-01-moscow-and-kyiv-trade-blame-over-il-76-crash',
    ]);
    expect(pack.outlets).toHaveLength(1);
    expect(validatePack(pack).ok).toBe(true);
  });
});

describe('articleFromPage', () => {
  it('keeps a page’s address a pack may hold, and drops one it may not, so the reader’s corpus exports whole', () => {
    const page: PageArticle = { title: 'Il-76 crash', text: 'The Il-76 came down near Belgorod.', url: 'https://news.example/a?id=1' };
    expect(articleFromPage(page, 'x', 'a', '2024-01-26').url).toBe('https://news.example/a?id=1');
    expect(articleFromPage({ ...page, url: `https://news.example/a?q=${'x'.repeat(3_000)}` }, 'x', 'a', '2024-01-26').url).toBeUndefined();
    expect(articleFromPage({ ...page, url: 'https://www.afp.com@news.example/a' }, 'x', 'a', '2024-01-26').url).toBeUndefined();
  });
});
