import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ParallaxDb, STORES_V1 } from '../../../../lib/worker/db/schema';

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
