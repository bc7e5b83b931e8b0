/**
 * The corpus messages of the background (lib/worker/handlers.ts), dispatched as the popup and
 * pages send them: each change announces itself through `changed(names)` once, whatever its result
 * (a half-done change may have written), saying whether names may have changed; clearing puts the
 * bundled pack back, and so does deleting an article that stood in for a bundled one; an import
 * links the reader's names in the claims; export uses the reader's labels.
 */
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../../lib/worker/handlers';
import { ensureBundled } from '../../../../lib/worker/sources/bundled';
import type { ParallaxDb } from '../../../../lib/worker/db/schema';
import { NO_ARTICLE } from '../../../../lib/core/extract/page-article';
import { dispatch, type From } from '../../../../lib/core/messages/dispatch';
import { WORKER_MESSAGES } from '../../../../lib/core/messages/worker-protocol';
import type { ClaimPack } from '../../../../lib/core/pack/types';
import { databases, fixture, HARBOUR_ID, HARBOUR_OUTLET, HARBOUR_URL, quietWiring, seedPack, tables, bundledOf } from './helpers';

const { fresh } = databases('corpus-handlers');
const HARBOUR_HTML = fixture('pages/harbour-herald-il76.html');

function setUp() {
  const db: ParallaxDb = fresh();
  const changed = vi.fn(async (_names: boolean) => {});
  const overrides = vi.fn(async () => ({ [HARBOUR_OUTLET]: { alignment: 'independent' } }));
  const ready = ensureBundled(db, bundledOf(seedPack())).then((r) => (r.ok ? null : r.error));
  const handlers = createHandlers(db, ready, quietWiring({ overrides, changed }));
  const send = (type: string, data: unknown = {}, from: From = { kind: 'extension' }) => dispatch(WORKER_MESSAGES, handlers, { type, data }, from);
  return { db, changed, send, ready };
}

const AFP = 'afp-2024-01-24-russia-says-plane-crashes';

describe('the corpus handlers', () => {
  it('addArticle: a page with no article is an error value, changes nothing, and is announced as a claims change', async () => {
    const { db, changed, send, ready } = setUp();
    await ready;
    const before = await tables(db);
    expect(
      await send('addArticle', { html: fixture('articles/no-text.html') }, { kind: 'page', url: 'https://www.exampledaily.example/gallery' }),
    ).toEqual({ ok: false, error: NO_ARTICLE });
    expect(changed.mock.calls).toEqual([[false]]);
    expect(await tables(db)).toEqual(before);
  });

  it('addArticle: a readable page is stored and announced once, names unchanged', async () => {
    const { db, changed, send } = setUp();
    const r = await send('addArticle', { html: HARBOUR_HTML }, { kind: 'page', url: HARBOUR_URL });
    expect(r).toMatchObject({ ok: true, value: { articleId: HARBOUR_ID, newOutlet: true, claims: 5 } });
    expect(changed.mock.calls).toEqual([[false]]);
    expect((await db.articles.get(HARBOUR_ID))?.origin).toBe('user');
    const mine = await send('myArticles');
    expect(mine.ok && (mine.value as { article: { id: string } }[]).map((m) => m.article.id)).toEqual([HARBOUR_ID]);
  });

  it('articleAt: finds the stored article at any of a page’s URLs, and says whose it is', async () => {
    const { send } = setUp();
    expect(await send('articleAt', { urls: [HARBOUR_URL] })).toEqual({ ok: true, value: null });
    await send('addArticle', { html: HARBOUR_HTML }, { kind: 'page', url: HARBOUR_URL });
    expect(await send('articleAt', { urls: ['https://harbourherald.example/other', HARBOUR_URL] })).toEqual({
      ok: true,
      value: { id: HARBOUR_ID, title: 'Il-76 crash: what we can and cannot confirm', claims: 5, origin: 'user' },
    });
  });

  it('importPack: a pack that is no object is an error value', async () => {
    const { db, send, ready } = setUp();
    await ready;
    const before = await tables(db);
    const r = await send('importPack', { pack: 42 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('must be an object');
    expect(await tables(db)).toEqual(before);
  });

  it('importPack: the reader’s names are linked in the imported claims', async () => {
    const { db, changed, send } = setUp();
    await send('addArticle', { html: HARBOUR_HTML }, { kind: 'page', url: HARBOUR_URL });
    await send('acceptCandidate', { name: 'Marta Kovalenko', type: 'person', aliases: [] });
    const exported = await send('exportPack');
    if (!exported.ok) throw new Error(exported.error);
    const pack = exported.value as ClaimPack;
    // A colleague's pack without the name: its claims do not link it.
    const MARTA = 'user-marta-kovalenko';
    const theirs = {
      ...pack,
      entities: pack.entities.filter((e) => e.id !== MARTA),
      claims: pack.claims.map((c) => ({
        ...c,
        entityIds: c.entityIds.filter((id) => id !== MARTA),
        speaker: c.speaker.kind === 'entity' && c.speaker.entityId === MARTA ? { kind: 'source' as const, name: c.speaker.name } : c.speaker,
      })),
    };
    changed.mockClear();
    expect((await send('importPack', { pack: theirs })).ok).toBe(true);
    expect(changed.mock.calls).toEqual([[true]]);
    const linked = await db.claims.where('entityIds').equals(MARTA).toArray();
    expect(linked.map((c) => c.quote.slice(0, 30))).toEqual(['Aviation analyst Marta Kovalen', '“Until the wreckage is examine']);
  });

  it('deleteArticle: announces a deletion; a refused one changes nothing', async () => {
    const { db, changed, send } = setUp();
    await send('addArticle', { html: HARBOUR_HTML }, { kind: 'page', url: HARBOUR_URL });
    const before = await tables(db);
    expect((await send('deleteArticle', { id: AFP })).ok).toBe(false);
    expect(await tables(db)).toEqual(before);
    changed.mockClear();
    expect(await send('deleteArticle', { id: HARBOUR_ID })).toEqual({ ok: true, value: null });
    expect(changed.mock.calls).toEqual([[false]]);
  });

  it('deleteArticle: deleting the reader’s version of a bundled article brings the bundled one back', async () => {
    const { db, send } = setUp();
    const pack = seedPack();
    const afp = pack.articles.find((a) => a.id === AFP)!;
    const mine = { ...pack, articles: pack.articles.map((a) => (a.id === AFP ? { ...afp, title: `${afp.title} (corrected)` } : a)) };
    expect(await send('importPack', { pack: mine })).toMatchObject({ ok: true, value: { updated: 1 } });
    expect((await db.articles.get(AFP))?.origin).toBe('user');
    expect(await send('deleteArticle', { id: AFP })).toEqual({ ok: true, value: null });
    expect(await db.articles.get(AFP)).toBeUndefined();
    // The bundled article and its claims are read again, as shipped.
    const back = await send('exportPack');
    if (!back.ok) throw new Error(back.error);
    expect((back.value as ClaimPack).articles.find((a) => a.id === AFP)).toEqual(afp);
    const ofAfp = (claims: ClaimPack['claims']) => claims.filter((c) => c.articleId === AFP).sort((a, b) => a.id.localeCompare(b.id));
    expect(ofAfp((back.value as ClaimPack).claims)).toEqual(ofAfp(pack.claims));
  });

  it('acceptCandidate: announces a names change, and a refused one still leaves the names as they were', async () => {
    const { db, changed, send } = setUp();
    await send('addArticle', { html: HARBOUR_HTML }, { kind: 'page', url: HARBOUR_URL });
    changed.mockClear();
    expect(await send('candidates')).toMatchObject({ ok: true, value: [{ name: 'Marta Kovalenko', count: 2 }] });
    expect(await send('acceptCandidate', { name: 'Marta Kovalenko', type: 'person', aliases: [] })).toMatchObject({ ok: true, value: { claims: 2 } });
    expect(changed.mock.calls).toEqual([[true]]);
    const entities = await db.entities.count();
    expect((await send('acceptCandidate', { name: 'Marta Kovalenko', type: 'person', aliases: [] })).ok).toBe(false);
    expect(await db.entities.count()).toBe(entities);
  });

  it("exportPack writes in the reader's labels; clearMyCorpus removes their rows, leaving the bundled pack", async () => {
    const { db, changed, send } = setUp();
    await send('addArticle', { html: HARBOUR_HTML }, { kind: 'page', url: HARBOUR_URL });
    const exported = await send('exportPack');
    expect(exported.ok && (exported.value as ClaimPack).outlets.find((o) => o.id === HARBOUR_OUTLET)?.labels.alignment).toBe('independent');
    changed.mockClear();
    expect(await send('clearMyCorpus')).toEqual({ ok: true, value: 7 });
    expect(changed.mock.calls).toEqual([[true]]);
    expect(await tables(db)).toEqual(
      await (async () => {
        const clean = fresh();
        await ensureBundled(clean, bundledOf(seedPack()));
        return tables(clean);
      })(),
    );
  });
});
