import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ParallaxDb, STORES_V1 } from '../../../../lib/worker/db/schema';
import { dbCoverageSource } from '../../../../lib/worker/sources/merged';
import { NEWSROOM, NEWSROOM_ARTICLE, NEWSROOM_CLAIM, newsroomPack } from '../../../fixtures/subscription-pack';
import { loadBundledCorpus } from '../../../../lib/worker/corpus/startup';
import { createLoadProgress } from '../../../../lib/worker/load-progress';
import { bundledOf, RULES, seedPack } from '../corpus/helpers';

describe('schema upgrades from v1', () => {
  it('rewrites highlights saved at v1 into the v2 shape, keeping everything the reader wrote, and gives every article its head (v3)', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(STORES_V1);
    await v1.table('highlights').put({
      id: 'h1',
      url: 'https://a.example/story',
      title: 'A story',
      quote: 'only five bodies',
      prefix: 'claimed that ',
      suffix: ' ended up',
      start: 120,
      end: 136,
      note: 'check this',
      tags: ['bodies', 'HUR'],
      created: 10,
      updated: 20,
      snapshot: { entities: [{ id: 'il76-crash', name: 'Il-76 crash', type: 'event' }], claims: [{ id: 'c1' }], takenAt: 10 },
    });
    await v1.table('outlets').put({ id: 'afp', origin: 'seed', name: 'AFP' });
    await v1.table('articles').bulkPut([
      { id: 'a1', origin: 'seed', outletId: 'afp', title: 'Plane down', published: '2024-01-24', url: 'https://afp.example/a1', text: 'Long text.' },
      { id: 'u1', origin: 'user', fromPage: true, outletId: 'afp', title: 'Mine', published: '2024-01-25', text: 'Mine too.' },
    ]);
    v1.close();

    const db = new ParallaxDb(name);
    const h = await db.highlights.get('h1');
    expect(h).toEqual({
      id: 'h1',
      url: 'https://a.example/story',
      title: 'A story',
      quote: { exact: 'only five bodies', prefix: 'claimed that ', suffix: ' ended up' },
      position: { start: 120, end: 136 },
      note: 'check this',
      tags: ['bodies', 'HUR'],
      created: 10,
      updated: 20,
      // The claim {id} alone is no evidence (no outlet, no quote): the v4 normalisation leaves it out.
      snapshot: { entities: [{ id: 'il76-crash', name: 'Il-76 crash', type: 'event' }], claims: [], takenAt: 10 },
      entityIds: ['il76-crash'],
      anchor: { status: 'unchecked', checked: 0 },
    });
    expect(await db.highlights.where('entityIds').equals('il76-crash').primaryKeys()).toEqual(['h1']);
    // v3: every stored article has its head (no text), with its origin; v8 then takes the bundled
    // pack's rows (origin 'seed') out of the live tables.
    expect(await db.heads.toArray()).toEqual([{ id: 'u1', origin: 'user', outletId: 'afp', title: 'Mine', published: '2024-01-25' }]);
    expect((await db.articles.toArray()).map((a) => a.id)).toEqual(['u1']);
    expect(await db.outlets.count()).toBe(0);
    expect(db.verno).toBeGreaterThanOrEqual(4);
    await db.delete();
  });
});

/** The tables v5 to v7 declared alike (each version adds its own pack storage). */
const STORES_V5_TO_V7 = {
  ...STORES_V1,
  highlights: 'id, url, created, updated, outletId, *tags, *entityIds',
  heads: 'id, origin',
  subscriptions: 'id, &url',
};

describe('schema upgrade from v5 (subscriptions kept as rows)', () => {
  it("moves each subscription's kept copy into stored parts and takes its rows out of the live tables, losing none", async () => {
    const name = `upgrade-v5-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores({
      ...STORES_V5_TO_V7,
      sourceRows: '[source+table+id], source, [table+id], [table+articleId]',
    });
    const pack = newsroomPack();
    const record = {
      id: 's1',
      url: 'https://newsroom.example/pack.json',
      key: 'k',
      fingerprint: 'f',
      name: NEWSROOM,
      createdAt: 1,
      intervalMinutes: 1440,
      revision: 3,
    };
    await v5.table('subscriptions').put({ ...record, counts: { articles: 2, claims: 2, outlets: 2 }, state: { kind: 'ok' } });
    const tables = ['outlets', 'articles', 'entities', 'facets', 'claims'] as const;
    await v5
      .table('sourceRows')
      .bulkPut(
        tables.flatMap((t) =>
          (pack[t] as { id: string; articleId?: string }[]).map((row) => ({ source: 's1', table: t, id: row.id, articleId: row.articleId, row })),
        ),
      );
    // Its own rows were live; the AFP rows it reused were not (the bundled ones were).
    const article = pack.articles.find((a) => a.id === NEWSROOM_ARTICLE)!;
    await v5.table('outlets').bulkPut([
      { ...pack.outlets[0], origin: 'sub:s1' },
      { id: 'afp', name: 'AFP', origin: 'seed' },
    ]);
    await v5.table('articles').put({ ...article, origin: 'sub:s1' });
    const { text: _text, ...head } = article;
    await v5.table('heads').put({ ...head, origin: 'sub:s1' });
    await v5.table('claims').put({ ...pack.claims.find((c) => c.id === NEWSROOM_CLAIM)!, origin: 'sub:s1' });
    v5.close();

    const db = new ParallaxDb(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('sourceRows');
    // Nothing is left in the live tables: the subscription's rows went at v6, the bundled pack's at v8.
    for (const t of [...tables, 'heads'] as const) expect(await db[t].count()).toBe(0);
    expect((await db.subscriptions.get('s1'))?.gen).toEqual(expect.any(String));
    const claims = await dbCoverageSource(db).claimsAbout('il-76');
    expect(claims.find((c) => c.id === NEWSROOM_CLAIM)).toEqual({ ...pack.claims.find((c) => c.id === NEWSROOM_CLAIM), via: NEWSROOM });
    expect(await dbCoverageSource(db).articles([NEWSROOM_ARTICLE])).toEqual([head]);
    await db.delete();
  });
});

describe('schema upgrade from v7 (the bundled pack kept as rows)', () => {
  it("takes the bundled pack's rows out, keeps the reader's, and the next start stores the pack as parts with their names linked in it", async () => {
    const name = `upgrade-v7-${Math.random()}`;
    const v7 = new Dexie(name);
    v7.version(7).stores({
      ...STORES_V5_TO_V7,
      packParts: 'key',
    });
    const pack = seedPack();
    const telegram = {
      id: 'user-telegram',
      name: 'Telegram',
      type: 'organization',
      aliases: ['Telegram'],
      description: 'Mine.',
      rules: { exactCase: ['Telegram'] },
    };
    const quoting = pack.claims.filter((c) => c.quote.includes('Telegram'));
    expect(quoting.length).toBeGreaterThan(0);
    // As v7 held them: every bundled row marked 'seed', the reader's name linked into the bundled claims quoting it.
    for (const t of ['outlets', 'entities', 'facets'] as const) await v7.table(t).bulkPut(pack[t].map((r) => ({ ...r, origin: 'seed' })));
    await v7.table('articles').bulkPut(pack.articles.map((a) => ({ ...a, origin: 'seed' })));
    await v7.table('heads').bulkPut(pack.articles.map(({ text: _text, ...head }) => ({ ...head, origin: 'seed' })));
    const linkedIds = new Set(quoting.map((c) => c.id));
    await v7
      .table('claims')
      .bulkPut(pack.claims.map((c) => ({ ...c, entityIds: linkedIds.has(c.id) ? [...c.entityIds, telegram.id] : c.entityIds, origin: 'seed' })));
    await v7.table('meta').put({ key: 'seedPack', value: { format: pack.format, digest: 'old', counts: {}, loadedAt: 1 } });
    // The reader's: a name, an outlet, an article with its head and a claim, a highlight.
    const text = 'Telegram channels said the plane was shot down.';
    const mine = { id: 'user-a1', outletId: 'user-x', title: 'Mine', published: '2024-01-25', url: 'https://x.example/a1', text };
    const myClaim = {
      ...pack.claims[0],
      id: 'user-a1@0',
      articleId: 'user-a1',
      outletId: 'user-x',
      quote: text,
      start: 0,
      end: text.length,
      entityIds: [telegram.id],
    };
    await v7.table('entities').put({ ...telegram, origin: 'user' });
    await v7.table('outlets').put({ ...pack.outlets[0], id: 'user-x', domains: ['x.example'], origin: 'user' });
    await v7.table('articles').put({ ...mine, origin: 'user', fromPage: true });
    const { text: _text, ...myHead } = mine;
    await v7.table('heads').put({ ...myHead, origin: 'user' });
    await v7.table('claims').put({ ...myClaim, origin: 'user' });
    const theirs = async (db: Dexie) =>
      Object.fromEntries(
        await Promise.all(
          ['outlets', 'articles', 'heads', 'entities', 'facets', 'claims'].map(
            async (t) => [t, (await db.table(t).toArray()).filter((r) => r.origin === 'user')] as const,
          ),
        ),
      );
    const before = await theirs(v7);
    v7.close();

    const db = new ParallaxDb(name);
    await db.open();
    // Only the reader's rows are left, exactly as they were; the old stamp went with the bundled rows.
    expect(await theirs(db)).toEqual(before);
    for (const t of ['outlets', 'articles', 'heads', 'entities', 'facets', 'claims'] as const) {
      expect(await db[t].where('origin').equals('seed').count()).toBe(0);
    }
    expect(await db.meta.get('seedPack')).toBeUndefined();

    // The next start stores the bundled pack and links the reader's name in its claims again.
    expect((await loadBundledCorpus(db, bundledOf(pack), RULES, createLoadProgress())).ok).toBe(true);
    const source = dbCoverageSource(db);
    const aboutTelegram = (await source.claimsAbout(telegram.id)).map((c) => c.id).sort();
    expect(aboutTelegram).toEqual([...quoting.map((c) => c.id), myClaim.id].sort());
    expect((await source.claimsAbout('il76-crash')).length).toBe(pack.claims.filter((c) => c.entityIds.includes('il76-crash')).length);
    expect(await source.entity('il76-crash')).toEqual(pack.entities.find((e) => e.id === 'il76-crash'));
    expect(await theirs(db)).toMatchObject({ outlets: before.outlets, articles: before.articles, entities: before.entities });
    await db.delete();
  });
});
