/**
 * Re-extraction and linking (lib/worker/corpus/articles.ts, names.ts): only articles read from a page are
 * extracted again, imported ones keep their pack's claims; two pages added at once are both kept;
 * an accepted name is linked in the bundled claims too, and again after the bundled pack reloads.
 */
import { describe, expect, it } from 'vitest';
import { addArticle, reextractArticles } from '../../../../lib/worker/corpus/articles';
import { acceptCandidate, linkUserNames } from '../../../../lib/worker/corpus/names';
import { importPack } from '../../../../lib/worker/corpus/pack-files';
import { ensureBundled } from '../../../../lib/worker/sources/bundled';
import { parseWith } from '../../../../lib/core/messages/protocol';
import { WORKER_MESSAGES } from '../../../../lib/core/messages/worker-protocol';

const parseRequest = (message: unknown) => parseWith(WORKER_MESSAGES, message);
import type { ClaimPack } from '../../../../lib/core/pack/types';
import { databases, HARBOUR_ID, harbourPage, page, RULES, seedPack, bundledOf, seedClaims } from './helpers';

const { seeded } = databases('corpus-reextract');

/** A colleague's pack: one article from a new outlet with a claim on a facet this copy has no cues for. */
function colleaguePack(): ClaimPack {
  const seed = seedPack();
  const text = 'The committee said the recorders were sent abroad.';
  return {
    ...seed,
    outlets: [
      ...seed.outlets,
      { id: 'user-col', name: 'Colleague Weekly', domains: ['col.example'], country: 'Unknown', labels: {}, labelBasis: {} },
    ],
    facets: [...seed.facets, { id: 'il76-crash/recorders', eventId: 'il76-crash', question: 'Where are the flight recorders?' }],
    articles: [...seed.articles, { id: 'user-col-1', outletId: 'user-col', title: 'Recorders', published: '2024-02-01', text }],
    claims: [
      ...seed.claims,
      {
        id: 'user-col-1@0',
        articleId: 'user-col-1',
        outletId: 'user-col',
        quote: text,
        start: 0,
        end: text.length,
        entityIds: ['il76-crash'],
        facetIds: ['il76-crash/recorders'],
        speaker: { kind: 'source', name: 'The committee' },
        mode: 'attributed',
        numbers: [],
      },
    ],
  };
}

describe('reextractArticles', () => {
  it('extracts the articles read from pages again, and leaves imported ones with their pack’s claims', async () => {
    const db = await seeded();
    expect((await addArticle(db, harbourPage(), RULES)).ok).toBe(true);
    expect(await importPack(db, colleaguePack(), seedPack())).toMatchObject({ ok: true, value: { added: 4 } });
    // A claim of the page's article lost on the way is back after re-extraction.
    await db.claims.delete(`${HARBOUR_ID}@${(await db.claims.where('articleId').equals(HARBOUR_ID).first())!.start}`);
    expect(await reextractArticles(db, RULES)).toEqual({ ok: true, value: { articles: 1, claims: 5 } });
    expect(await db.claims.where('articleId').equals(HARBOUR_ID).count()).toBe(5);
    expect(await db.claims.get('user-col-1@0')).toMatchObject({ facetIds: ['il76-crash/recorders'], origin: 'user' });
  });
});

describe('addArticle, twice at once', () => {
  it('keeps both of two pages with the same outlet, date and headline but different URLs', async () => {
    const db = await seeded();
    const one = page(
      'https://harbourherald.example/a',
      'Same headline',
      '2024-02-02',
      ['Kremlin spokesman Dmitry Peskov said the Il-76 crash was investigated.'],
      'Harbour Herald',
    );
    const two = { ...one, url: 'https://harbourherald.example/b', text: 'Dmitry Peskov said nothing more about the Il-76 crash.' };
    const [a, b] = await Promise.all([addArticle(db, one, RULES), addArticle(db, two, RULES)]);
    if (!a.ok || !b.ok) throw new Error('an add failed');
    expect(a.value.articleId).not.toBe(b.value.articleId);
    expect((await db.articles.where('origin').equals('user').toArray()).map((x) => x.url).sort()).toEqual([
      'https://harbourherald.example/a',
      'https://harbourherald.example/b',
    ]);
  });
});

describe('linking the reader’s names', () => {
  it('links an accepted name in the bundled claims that name it, and again after the bundled pack reloads', async () => {
    const db = await seeded();
    const quoted = seedPack()
      .claims.filter((c) => c.quote.includes('Telegram'))
      .map((c) => c.id)
      .sort();
    expect(quoted.length).toBeGreaterThan(0);
    expect(await acceptCandidate(db, { name: 'Telegram', type: 'organization', aliases: [] }, RULES, seedClaims)).toMatchObject({
      ok: true,
      value: { claims: quoted.length },
    });
    const linked = async () => (await db.claims.where('entityIds').equals('user-telegram').primaryKeys()).sort();
    expect(await linked()).toEqual(quoted);
    // A new bundled pack is stored as shipped; linking again restores the links.
    const corrected = seedPack();
    corrected.articles[0].title += ' (corrected)';
    expect((await ensureBundled(db, bundledOf(corrected))).ok).toBe(true);
    expect(await linked()).toEqual([]);
    expect(await linkUserNames(db, seedClaims)).toEqual({ ok: true, value: quoted.length });
    expect(await linked()).toEqual(quoted);
    expect(await linkUserNames(db, seedClaims)).toEqual({ ok: true, value: 0 });
  });
});

describe('the corpus messages refuse malformed requests', () => {
  it.each([
    [{ type: 'addArticle', data: { url: 'https://a.example/' } }, 'addArticle.html is missing'],
    [{ type: 'addArticle', data: { html: 42 } }, 'addArticle.html must be a string'],
    [{ type: 'addArticle', data: { html: 'x'.repeat(5_000_001) } }, 'addArticle.html is over the cap of 5,000,000 characters of HTML'],
    [{ type: 'acceptCandidate', data: { name: 'X', type: 'city', aliases: [] } }, 'acceptCandidate.type must be one of'],
    [{ type: 'acceptCandidate', data: { name: ' ', type: 'person', aliases: [] } }, 'acceptCandidate.name must be a non-empty string'],
    [{ type: 'acceptCandidate', data: { name: 'X', type: 'person', aliases: 'X' } }, 'acceptCandidate.aliases must be a list of strings'],
    [{ type: 'deleteArticle', data: {} }, 'deleteArticle.id is missing'],
    [{ type: 'deleteArticle', data: { id: '' } }, 'deleteArticle.id must be a non-empty string'],
    [{ type: 'importPack', data: {} }, 'importPack.pack is missing'],
    [{ type: 'dismissCandidate', data: { name: '  ' } }, 'dismissCandidate.name must be a non-empty string'],
    [{ type: 'articleAt', data: { urls: 'https://a.example/' } }, 'articleAt.urls must be a list of at most 10 strings'],
  ])('%j', (message, error) => {
    const r = parseRequest(message);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(error);
  });
});
