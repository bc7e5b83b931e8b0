/**
 * The corpus messages of the background (lib/background/handlers.ts), dispatched as the popup and
 * pages send them: each change announces itself through `changed()` once when it succeeded and
 * never when it failed; clearing puts the bundled pack back; export uses the reader's labels.
 */
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { loadSeedPack } from '../../../lib/db/load-pack';
import type { ParallaxDb } from '../../../lib/db/schema';
import { NO_ARTICLE } from '../../../lib/extract/page-article';
import { dispatch } from '../../../lib/messaging';
import { err, type ClaimPack } from '../../../lib/pack/types';
import { databases, fixture, HARBOUR_ID, HARBOUR_OUTLET, HARBOUR_URL, RULES, seedPack, tables } from './helpers';

const { fresh } = databases('corpus-handlers');
const HARBOUR_HTML = fixture('pages/harbour-herald-il76.html');

function setUp(reloadFails = false) {
  const db: ParallaxDb = fresh();
  const changed = vi.fn(async () => {});
  const reloadSeed = vi.fn(async () => (reloadFails ? err('disk on fire') : loadSeedPack(db, seedPack())));
  const overrides = vi.fn(async () => ({ [HARBOUR_OUTLET]: { alignment: 'independent' } }));
  const ready = loadSeedPack(db, seedPack()).then((r) => (r.ok ? null : r.error));
  const handlers = createHandlers(db, ready, { facets: RULES, overrides, reloadSeed, changed });
  const send = (type: string, data: unknown = {}) => dispatch(handlers, { type, data });
  return { db, changed, reloadSeed, send, ready };
}

describe('the corpus handlers', () => {
  it('addArticle: a page with no article is an error value and announces nothing', async () => {
    const { db, changed, send, ready } = setUp();
    await ready;
    const before = await tables(db);
    expect(await send('addArticle', { html: fixture('articles/no-text.html'), url: 'https://www.exampledaily.example/gallery' })).toEqual({ ok: false, error: NO_ARTICLE });
    expect(changed).not.toHaveBeenCalled();
    expect(await tables(db)).toEqual(before);
  });

  it('addArticle: a readable page is stored and announced once', async () => {
    const { db, changed, send } = setUp();
    const r = await send('addArticle', { html: HARBOUR_HTML, url: HARBOUR_URL });
    expect(r).toMatchObject({ ok: true, value: { articleId: HARBOUR_ID, newOutlet: true, claims: 5 } });
    expect(changed).toHaveBeenCalledTimes(1);
    expect((await db.articles.get(HARBOUR_ID))?.origin).toBe('user');
    const mine = await send('myArticles');
    expect(mine.ok && (mine.value as { article: { id: string } }[]).map((m) => m.article.id)).toEqual([HARBOUR_ID]);
  });

  it('importPack: a pack that is no object is an error value and announces nothing', async () => {
    const { changed, send } = setUp();
    const r = await send('importPack', { pack: 42 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('must be an object');
    expect(changed).not.toHaveBeenCalled();
  });

  it('deleteArticle: announces a deletion, and not a refused one', async () => {
    const { changed, send } = setUp();
    await send('addArticle', { html: HARBOUR_HTML, url: HARBOUR_URL });
    changed.mockClear();
    expect((await send('deleteArticle', { id: 'afp-2024-01-24-russia-says-plane-crashes' })).ok).toBe(false);
    expect(changed).not.toHaveBeenCalled();
    expect(await send('deleteArticle', { id: HARBOUR_ID })).toEqual({ ok: true, value: null });
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('acceptCandidate: announces the new name; a refused one announces nothing', async () => {
    const { changed, send } = setUp();
    await send('addArticle', { html: HARBOUR_HTML, url: HARBOUR_URL });
    changed.mockClear();
    expect(await send('candidates')).toMatchObject({ ok: true, value: [{ name: 'Marta Kovalenko', count: 2 }] });
    expect(await send('acceptCandidate', { name: 'Marta Kovalenko', type: 'person', aliases: [] })).toMatchObject({ ok: true, value: { claims: 2 } });
    expect(changed).toHaveBeenCalledTimes(1);
    expect((await send('acceptCandidate', { name: 'Marta Kovalenko', type: 'person', aliases: [] })).ok).toBe(false);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it("exportPack writes in the reader's labels; clearMyCorpus removes their rows and puts the seed back", async () => {
    const { db, changed, reloadSeed, send } = setUp();
    await send('addArticle', { html: HARBOUR_HTML, url: HARBOUR_URL });
    const exported = await send('exportPack');
    expect(exported.ok && (exported.value as ClaimPack).outlets.find((o) => o.id === HARBOUR_OUTLET)?.labels.alignment).toBe('independent');
    changed.mockClear();
    expect(await send('clearMyCorpus')).toEqual({ ok: true, value: 7 });
    expect(reloadSeed).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(await db.articles.count()).toBe(seedPack().articles.length);
  });

  it('clearMyCorpus: a failed seed reload is an error value and announces nothing', async () => {
    const { changed, send } = setUp(true);
    await send('addArticle', { html: HARBOUR_HTML, url: HARBOUR_URL });
    changed.mockClear();
    const r = await send('clearMyCorpus');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('disk on fire');
    expect(changed).not.toHaveBeenCalled();
  });
});
