import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ParallaxDb, STORES_V1 } from '../../../../lib/worker/db/schema';
import { dbCoverageSource } from '../../../../lib/worker/sources/merged';
import { NEWSROOM, NEWSROOM_ARTICLE, NEWSROOM_CLAIM, newsroomPack } from '../../../fixtures/subscription-pack';

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
    expect(await db.outlets.get('afp')).toEqual({ id: 'afp', origin: 'seed', name: 'AFP' });
    // v3: every stored article has its head (no text), with its origin.
    expect(await db.heads.toArray()).toEqual([
      { id: 'a1', origin: 'seed', outletId: 'afp', title: 'Plane down', published: '2024-01-24', url: 'https://afp.example/a1' },
      { id: 'u1', origin: 'user', outletId: 'afp', title: 'Mine', published: '2024-01-25' },
    ]);
    expect(await db.articles.count()).toBe(2);
    expect(db.verno).toBeGreaterThanOrEqual(4);
    await db.delete();
  });
});

describe('schema upgrade from v5 (subscriptions kept as rows)', () => {
  it("moves each subscription's kept copy into stored parts and takes its rows out of the live tables, losing none", async () => {
    const name = `upgrade-v5-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores({
      ...STORES_V1,
      highlights: 'id, url, created, updated, outletId, *tags, *entityIds',
      heads: 'id, origin',
      subscriptions: 'id, &url',
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
    for (const t of [...tables, 'heads'] as const) expect((await db[t].toArray()).filter((r) => r.origin !== 'seed')).toEqual([]);
    expect(await db.outlets.get('afp')).toEqual({ id: 'afp', name: 'AFP', origin: 'seed' });
    expect((await db.subscriptions.get('s1'))?.gen).toEqual(expect.any(String));
    const claims = await dbCoverageSource(db).claimsAbout('il-76');
    expect(claims.find((c) => c.id === NEWSROOM_CLAIM)).toEqual({ ...pack.claims.find((c) => c.id === NEWSROOM_CLAIM), via: NEWSROOM });
    expect(await dbCoverageSource(db).articles([NEWSROOM_ARTICLE])).toEqual([head]);
    await db.delete();
  });
});
