/**
 * The bundled pack stored as parts (lib/worker/sources/bundled.ts) and read through the merged view
 * (sources/merged.ts): a few parts instead of a row per claim, read as cards read it; stored once
 * per build (its digest), the old generation deleted; bytes that are not the ones the build checked refused, the last pack kept; a
 * write cut short never seen, finished by the next start; the reader's rows win its ids; their
 * names linked in its claims as live copies, dropped with the pack they copied.
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../lib/core/result';
import { linkUserNames } from '../../../../lib/worker/corpus/names';
import { loadBundledCorpus } from '../../../../lib/worker/corpus/startup';
import { headOf, type ParallaxDb } from '../../../../lib/worker/db/schema';
import { createLoadProgress } from '../../../../lib/worker/load-progress';
import { bundledRecord, ensureBundled, packagedPack } from '../../../../lib/worker/sources/bundled';
import { dbCoverageSource } from '../../../../lib/worker/sources/merged';
import { dropUnusedGenerations } from '../../../../lib/worker/subscriptions/rows';
import { miniPack } from '../../../fixtures/mini-pack';
import { expectedPackDigest } from '../../../fixtures/pack-digest';
import { bundledOf, databases, RULES } from '../corpus/helpers';

const { fresh } = databases('bundled-parts');
const mini = miniPack();
const claim = (id: string) => mini.claims.find((c) => c.id === id)!;
const ids = async (db: ParallaxDb, entityId: string) => (await dbCoverageSource(db).claimsAbout(entityId)).map((c) => c.id).sort();
const partKeys = async (db: ParallaxDb) => (await db.packParts.toCollection().primaryKeys()) as string[];
const liveRows = async (db: ParallaxDb) =>
  (await Promise.all([db.outlets, db.articles, db.heads, db.entities, db.facets, db.claims].map((t) => t.count()))).reduce((a, b) => a + b);

/** A newer build of the mini pack: Kyiv gains a spelling. */
function nextPack() {
  const next = miniPack();
  next.entities[1].aliases.push('Kyyiv');
  return next;
}

describe('the bundled pack, stored', () => {
  it('is a few parts, not a row per claim, and cards read it as they read rows: no "via", questions by id', async () => {
    const db = fresh();
    const bundled = bundledOf(mini);
    const r = await ensureBundled(db, bundled);
    expect(r.ok && r.value.stamp).toMatchObject({ digest: bundled.digest, counts: { outlets: 2, articles: 2, entities: 2, facets: 2, claims: 3 } });
    expect(await liveRows(db)).toBe(0);
    const gen = (await bundledRecord(db))!.gen;
    expect((await partKeys(db)).every((k) => k.startsWith(`bundled@${gen}|`))).toBe(true);
    const cards = dbCoverageSource(db);
    expect(await cards.claimsAbout('kyiv')).toEqual([claim('c2')]);
    expect(await cards.entity('kyiv')).toEqual(mini.entities[1]);
    expect((await cards.facets()).map((f) => f.id)).toEqual(['crash/aboard', 'crash/cause']);
    const { text: _text, ...head } = mini.articles[0];
    expect(await cards.articles(['a1'])).toEqual([head]);
  });

  it('is read and written once per build: an unchanged digest reads nothing, a new one replaces the generation', async () => {
    const db = fresh();
    const first = bundledOf(mini);
    const stored = await ensureBundled(db, first);
    const again = bundledOf(mini);
    const same = await ensureBundled(db, again);
    expect(first.reads).toBe(1);
    expect(again.reads).toBe(0);
    expect(same.ok && stored.ok && same.value.stamp).toEqual(stored.ok && stored.value.stamp);

    expect((await ensureBundled(db, bundledOf(nextPack()))).ok).toBe(true);
    expect((await dbCoverageSource(db).entity('kyiv'))?.aliases).toContain('Kyyiv');
    const gen = (await bundledRecord(db))!.gen;
    expect((await partKeys(db)).every((k) => k.startsWith(`bundled@${gen}|`))).toBe(true);
  });
});

describe('the pack file of the extension itself (packagedPack)', () => {
  const URL_ = 'chrome-extension://parallax/bundled-corpus.json';
  const bytesOf = (pack: unknown) => new TextEncoder().encode(JSON.stringify(pack));
  const serving = (bytes: Uint8Array, status = 200) =>
    (async (url: string) => {
      expect(url).toBe(URL_);
      return new Response(status === 200 ? (bytes as Uint8Array<ArrayBuffer>) : 'gone', { status });
    }) as unknown as typeof fetch;

  it('is taken as it is when its bytes are the ones its build checked, and stored', async () => {
    const bytes = bytesOf(mini);
    const read = await packagedPack(URL_, expectedPackDigest(bytes), serving(bytes)).read();
    expect(read).toEqual({ ok: true, value: mini });
    const db = fresh();
    expect((await ensureBundled(db, packagedPack(URL_, expectedPackDigest(bytes), serving(bytes)))).ok).toBe(true);
    expect(await ids(db, 'crash')).toEqual(['c1', 'c2', 'c3']);
  });

  it('is refused when its bytes are not the ones its build checked, or cannot be read, and the last pack stays', async () => {
    const db = fresh();
    const good = bytesOf(mini);
    await ensureBundled(db, packagedPack(URL_, expectedPackDigest(good), serving(good)));
    const before = { record: await bundledRecord(db), keys: await partKeys(db) };
    const bad = miniPack();
    bad.claims[2].quote = 'tampered';
    const other = packagedPack(URL_, '0'.repeat(32), serving(bytesOf(bad)));
    expect(await ensureBundled(db, other)).toEqual({ ok: false, error: expect.stringContaining('not the one this build checked') });
    const missing = packagedPack(URL_, 'f'.repeat(32), serving(good, 404));
    expect(await ensureBundled(db, missing)).toEqual({ ok: false, error: 'The bundled pack could not be read: 404' });
    expect({ record: await bundledRecord(db), keys: await partKeys(db) }).toEqual(before);
    expect(await ids(db, 'crash')).toEqual(['c1', 'c2', 'c3']);
  });
});

describe('a write of the bundled pack cut short (the worker stopped half way)', () => {
  /** Makes the switch fail, as a worker stopped after writing the parts and before naming them would leave it. */
  function stopBeforeTheSwitch(db: ParallaxDb) {
    const put = db.meta.put.bind(db.meta);
    db.meta.put = ((row: { key: string }) =>
      row.key === 'bundled' ? Promise.reject(new Error('stopped')) : put(row as never)) as unknown as typeof db.meta.put;
    return () => {
      db.meta.put = put;
    };
  }

  it('is never seen, on a first install or over an older pack; the next start stores the pack whole and leaves nothing of the cut one', async () => {
    const db = fresh();
    let resume = stopBeforeTheSwitch(db);
    expect((await ensureBundled(db, bundledOf(mini))).ok).toBe(false);
    resume();
    expect(await bundledRecord(db)).toBeUndefined();
    expect(await dbCoverageSource(db).entity('kyiv')).toBeUndefined();
    expect((await partKeys(db)).length).toBeGreaterThan(0);

    // The next start: stored whole, the parts of the cut write gone, no write left marked as begun.
    expect((await loadBundledCorpus(db, bundledOf(mini), RULES, createLoadProgress())).ok).toBe(true);
    expect(await ids(db, 'crash')).toEqual(['c1', 'c2', 'c3']);
    const gen = (await bundledRecord(db))!.gen;
    expect((await partKeys(db)).every((k) => k.startsWith(`bundled@${gen}|`))).toBe(true);

    // Over an older pack: the older one is shown until the new one is switched in.
    resume = stopBeforeTheSwitch(db);
    expect((await ensureBundled(db, bundledOf(nextPack()))).ok).toBe(false);
    resume();
    expect((await dbCoverageSource(db).entity('kyiv'))?.aliases).not.toContain('Kyyiv');
    expect((await partKeys(db)).some((k) => !k.startsWith(`bundled@${gen}|`))).toBe(true);
    // A start that finds it so, with the same build: the cut generation is deleted, the shown one kept.
    expect(await dropUnusedGenerations(db, Date.now())).toBeGreaterThan(0);
    expect((await partKeys(db)).every((k) => k.startsWith(`bundled@${gen}|`))).toBe(true);
    expect(await db.meta.where('key').startsWith('writingGeneration:').count()).toBe(0);
    expect(await ids(db, 'crash')).toEqual(['c1', 'c2', 'c3']);
  });
});

describe('the reader’s rows over the bundled pack', () => {
  it('win its ids (an entity, an article with its own claims), and the bundled rows come back when theirs go', async () => {
    const db = fresh();
    await ensureBundled(db, bundledOf(mini));
    const text = 'The crash, as I read it.';
    const article = { id: 'a1', outletId: 'wire', title: 'My a1', published: '2024-01-26', text, origin: 'user' as const };
    await db.entities.put({ ...mini.entities[1], aliases: ['Kyiv', 'Kyjiw'], origin: 'user' });
    await db.articles.put(article);
    await db.heads.put(headOf(article));
    await db.claims.put({ ...claim('c1'), id: 'mine', quote: text, start: 0, end: text.length, origin: 'user' });
    const cards = dbCoverageSource(db);
    expect((await cards.entity('kyiv'))?.aliases).toEqual(['Kyiv', 'Kyjiw']);
    // The bundled claims on a1 are not shown: the reader's a1 comes with its own.
    expect(await ids(db, 'crash')).toEqual(['c3', 'mine']);
    expect((await cards.articles(['a1']))[0].title).toBe('My a1');

    await db.transaction('rw', db.entities, db.articles, db.heads, db.claims, async () => {
      await db.entities.clear();
      await db.articles.clear();
      await db.heads.clear();
      await db.claims.clear();
    });
    expect(await cards.entity('kyiv')).toEqual(mini.entities[1]);
    expect(await ids(db, 'crash')).toEqual(['c1', 'c2', 'c3']);
    expect((await cards.articles(['a1']))[0].title).toBe('Plane down');
  });

  it('link the reader’s names in its claims as live copies that win the id once, and a new build drops the copies until linked again', async () => {
    const db = fresh();
    await ensureBundled(db, bundledOf(mini));
    await db.entities.put({ id: 'user-russia', name: 'Russia', type: 'place', aliases: ['Russia'], description: 'Mine.', origin: 'user' });
    const claims = async () => ok(mini.claims);
    expect(await linkUserNames(db, claims)).toEqual({ ok: true, value: 1 });
    expect(await db.claims.get('c1')).toEqual({ ...claim('c1'), entityIds: ['crash', 'user-russia'], origin: 'linked' });
    expect(await dbCoverageSource(db).claimsAbout('user-russia')).toEqual([{ ...claim('c1'), entityIds: ['crash', 'user-russia'] }]);
    // The card of the crash shows c1 once, linked.
    const crash = await dbCoverageSource(db).claimsAbout('crash');
    expect(crash.filter((c) => c.id === 'c1')).toEqual([{ ...claim('c1'), entityIds: ['crash', 'user-russia'] }]);
    expect(crash).toHaveLength(3);
    expect(await linkUserNames(db, claims)).toEqual({ ok: true, value: 0 });

    // A new build: its claims are stored as shipped and the copies of the old one go at the switch.
    expect((await ensureBundled(db, bundledOf(nextPack()))).ok).toBe(true);
    expect(await db.claims.count()).toBe(0);
    expect(await ids(db, 'user-russia')).toEqual([]);
    expect(await linkUserNames(db, async () => ok(nextPack().claims))).toEqual({ ok: true, value: 1 });
    expect(await ids(db, 'user-russia')).toEqual(['c1']);
  });
});
