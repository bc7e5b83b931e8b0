/** loadSeedPack (lib/worker/db/load-pack.ts): a pack is validated and written in one transaction; seed loads replace seed rows and never touch the reader's (origin user), even under a seed id. */
import { afterEach, describe, expect, it } from 'vitest';
import { addArticle } from '../../../../lib/worker/corpus/articles';
import { acceptCandidate } from '../../../../lib/worker/corpus/names';
import { exportPack, importPack } from '../../../../lib/worker/corpus/pack-files';
import { ensureSeedPack, loadSeedPack, seedPackStamp } from '../../../../lib/worker/db/load-pack';
import { PACK_TABLES, ParallaxDb } from '../../../../lib/worker/db/schema';
import type { Highlight } from '../../../../lib/core/highlights/types';
import { miniPack } from '../../../fixtures/mini-pack';
import { harbourPage, page, RULES, seedPack } from '../corpus/helpers';

let n = 0;
const open: ParallaxDb[] = [];
const freshDb = () => {
  const db = new ParallaxDb(`test-${n++}`);
  open.push(db);
  return db;
};
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const highlight: Highlight = {
  id: 'h1',
  url: 'https://x.example/',
  title: 'x',
  quote: { exact: 'q', prefix: '', suffix: '' },
  position: { start: 0, end: 1 },
  note: 'mine',
  tags: ['t'],
  entityIds: [],
  created: 1,
  updated: 1,
  snapshot: { entities: [], claims: [], takenAt: 1 },
  anchor: { status: 'unchecked', checked: 0 },
};

describe('loading a seed pack', () => {
  it('stores every row of the pack, marked as seed', async () => {
    const db = freshDb();
    const r = await loadSeedPack(db, miniPack());
    expect(r.ok && r.value.counts).toEqual({ outlets: 2, articles: 2, entities: 2, facets: 2, claims: 3 });
    expect(await db.claims.where('entityIds').equals('kyiv').primaryKeys()).toEqual(['c2']);
    expect((await db.outlets.get('state'))?.origin).toBe('seed');
  });

  it('replaces seed rows on update and never touches user rows', async () => {
    const db = freshDb();
    await loadSeedPack(db, miniPack());
    await db.highlights.put(highlight);
    await db.outlets.put({ ...miniPack().outlets[0], id: 'mine', origin: 'user' });
    const next = miniPack();
    next.claims = next.claims.filter((c) => c.id !== 'c3');
    expect((await loadSeedPack(db, next)).ok).toBe(true);
    expect(await db.claims.count()).toBe(2);
    expect(await db.highlights.get('h1')).toEqual(highlight);
    expect((await db.outlets.get('mine'))?.origin).toBe('user');
  });

  it('refuses a malformed pack and leaves the database as it was', async () => {
    const db = freshDb();
    await loadSeedPack(db, miniPack());
    const before = await seedPackStamp(db);
    const bad = miniPack() as any;
    bad.claims[2].quote = 'tampered';
    const r = await loadSeedPack(db, bad);
    expect(r).toEqual({ ok: false, error: expect.stringContaining('claims[2].quote') });
    expect(await db.claims.count()).toBe(3);
    expect(await db.claims.get('c3')).toMatchObject({ quote: miniPack().claims[2].quote });
    expect(await seedPackStamp(db)).toEqual(before);
  });

  it('rolls back when the write fails half-way', async () => {
    const db = freshDb();
    await loadSeedPack(db, miniPack());
    const next = miniPack();
    next.outlets[0].name = 'Renamed';
    const original = db.claims.bulkPut.bind(db.claims);
    db.claims.bulkPut = () => Promise.reject(new Error('QuotaExceededError')) as never;
    const r = await loadSeedPack(db, next);
    db.claims.bulkPut = original;
    expect(r).toEqual({ ok: false, error: expect.stringContaining('QuotaExceededError') });
    expect((await db.outlets.get('wire'))?.name).toBe('Wire Agency');
    expect(await db.claims.count()).toBe(3);
  });

  it('loads the bundled pack once, and again only when it changes', async () => {
    const db = freshDb();
    const first = await ensureSeedPack(db, miniPack());
    const again = await ensureSeedPack(db, miniPack());
    expect(first.ok && again.ok && again.value.loadedAt).toBe(first.ok && first.value.loadedAt);
    const changed = miniPack();
    changed.entities[1].aliases.push('Kyyiv');
    const third = await ensureSeedPack(db, changed);
    expect(third.ok && third.value.digest).not.toBe(first.ok && first.value.digest);
    expect((await db.entities.get('kyiv'))?.aliases).toContain('Kyyiv');
  });

  it('keeps highlights when an existing database is opened again', async () => {
    const name = `test-${n++}`;
    const db = new ParallaxDb(name);
    await loadSeedPack(db, miniPack());
    await db.highlights.put(highlight);
    db.close();
    const reopened = new ParallaxDb(name);
    open.push(reopened);
    expect(await reopened.highlights.get('h1')).toEqual(highlight);
    expect(await reopened.claims.count()).toBe(3);
  });
});

/** Every row of the five pack tables that the reader holds (origin 'user'). */
const userRows = async (db: ParallaxDb) =>
  Object.fromEntries(await Promise.all(PACK_TABLES.map(async (t) => [t, await db[t].where('origin').equals('user').toArray()] as const)));

describe("seed loads and the reader's rows", () => {
  it('never touch the rows the reader added, whether the same pack or a changed one is loaded', async () => {
    const db = freshDb();
    await loadSeedPack(db, seedPack());
    await addArticle(db, harbourPage(), RULES);
    await addArticle(
      db,
      page('https://afp.com/en/kyiv', 'Kyiv on the Il-76 crash', '2024-01-27', ['Kyiv said nothing about the Il-76 crash.']),
      RULES,
    );
    await acceptCandidate(db, { name: 'Marta Kovalenko', type: 'person', aliases: [] }, RULES);
    const mine = await userRows(db);
    expect(Object.values(mine).map((rows) => rows.length)).toEqual([1, 2, 1, 0, 6]);

    expect((await loadSeedPack(db, seedPack())).ok).toBe(true);
    expect(await userRows(db)).toEqual(mine);

    const next = seedPack();
    next.outlets.find((o) => o.id === 'wsws')!.name = 'World Socialist Web Site (renamed)';
    next.claims.pop();
    expect((await loadSeedPack(db, next)).ok).toBe(true);
    expect(await userRows(db)).toEqual(mine);
    expect(await db.outlets.get('wsws')).toMatchObject({ name: 'World Socialist Web Site (renamed)', origin: 'seed' });
    expect(await db.claims.where('origin').equals('seed').count()).toBe(next.claims.length);
  });

  it('keep a row imported under a seed id, with its imported content', async () => {
    const db = freshDb();
    await loadSeedPack(db, seedPack());
    const exported = await exportPack(db, {});
    if (!exported.ok) throw new Error(exported.error);
    const pack = exported.value;
    pack.outlets.find((o) => o.id === 'afp')!.name = 'AFP, as a colleague calls it';
    pack.facets.find((f) => f.id === 'il76-crash/aboard')!.question = 'Who was aboard, by a colleague’s count?';
    expect(await importPack(db, pack)).toMatchObject({ ok: true, value: { updated: 2 } });

    const next = seedPack();
    next.outlets.find((o) => o.id === 'afp')!.name = 'Agence France-Presse (new seed)';
    for (const seed of [seedPack(), next]) {
      expect((await loadSeedPack(db, seed)).ok).toBe(true);
      expect(await db.outlets.get('afp')).toMatchObject({ name: 'AFP, as a colleague calls it', origin: 'user' });
      expect(await db.facets.get('il76-crash/aboard')).toMatchObject({ question: 'Who was aboard, by a colleague’s count?', origin: 'user' });
      expect(await db.outlets.count()).toBe(seed.outlets.length);
      expect(await db.outlets.where('origin').equals('seed').count()).toBe(seed.outlets.length - 1);
    }
  });
});
