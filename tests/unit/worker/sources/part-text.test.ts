/**
 * A stored pack's parts are kept as text (lib/worker/sources/part-text.ts): what cards read back is
 * the pack's own claims, parts a version before this one stored as Maps are still read, and a part
 * that is neither is an error that says so.
 */
import { describe, expect, it } from 'vitest';
import { partFromStored } from '../../../../lib/worker/sources/part-text';
import { ensureBundled } from '../../../../lib/worker/sources/bundled';
import { dbCoverageSource } from '../../../../lib/worker/sources/merged';
import { bundledSource } from '../../../../lib/worker/sources/known';
import { sourceReader } from '../../../../lib/worker/sources/read';
import type { ParallaxDb } from '../../../../lib/worker/db/schema';
import { bundledOf, databases, seedPack } from '../corpus/helpers';

const { fresh } = databases('part-text');
const pack = seedPack();
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
/** Every entity some claim of the seed pack names, with those claims, straight from the pack. */
const named = [...new Set(pack.claims.flatMap((c) => c.entityIds))].map((id) => ({
  id,
  claims: byId(pack.claims.filter((c) => c.entityIds.includes(id))),
}));

async function stored(): Promise<ParallaxDb> {
  const db = fresh();
  const r = await ensureBundled(db, bundledOf(pack));
  if (!r.ok) throw new Error(r.error);
  return db;
}

const partRows = async (db: ParallaxDb) => (await db.packParts.toArray()).filter((r) => !r.key.endsWith('|manifest'));

describe('parts stored as text', () => {
  it('are text in the database, and cards read back every claim of the pack about each entity', async () => {
    const db = await stored();
    const rows = await partRows(db);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => typeof r.data === 'string')).toBe(true);
    const cards = dbCoverageSource(db);
    expect(named.length).toBeGreaterThan(10);
    for (const { id, claims } of named) expect(byId(await cards.claimsAbout(id))).toEqual(claims);
  });

  it('stored as Maps by an earlier version, are read as they are', async () => {
    const db = await stored();
    for (const r of await partRows(db)) await db.packParts.put({ key: r.key, data: new Map(JSON.parse(r.data as string)) });
    expect((await partRows(db)).every((r) => r.data instanceof Map)).toBe(true);
    const cards = dbCoverageSource(db);
    for (const { id, claims } of named) expect(byId(await cards.claimsAbout(id))).toEqual(claims);
    // Every part of a kind (the names the spotter compiles), in a transaction (adding a name) or not.
    const reader = sourceReader(db);
    const source = (await bundledSource(reader))!;
    const entityIds = (parts: Map<string, unknown>[]) => parts.flatMap((p) => [...p.keys()]).sort();
    const all = pack.entities.map((e) => e.id).sort();
    expect(entityIds(await reader.every(source, 'entities'))).toEqual(all);
    expect(entityIds(await db.transaction('r', db.packParts, () => reader.every(source, 'entities')))).toEqual(all);
  });

  it('that are neither text nor a Map are refused with an error that says so', () => {
    expect(() => partFromStored(42)).toThrow('neither text nor a map');
    expect(() => partFromStored({ a: 1 })).toThrow('neither text nor a map');
    expect(partFromStored(undefined)).toBeUndefined();
  });
});
