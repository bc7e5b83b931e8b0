/**
 * Writing a stored pack's generation (lib/worker/sources/store.ts writeGeneration) in several
 * transactions: progress up to the total, the manifest written after every part, every part
 * readable; and a transaction that fails half way rejects the write and leaves no manifest (so the
 * generation is never read), with no promise left rejected unhandled.
 */
import { describe, expect, it } from 'vitest';
import { syntheticPack } from '../../../../lib/tools/bench/pack-workloads';
import { manifestKey } from '../../../../lib/worker/sources/generation';
import { partFromStored } from '../../../../lib/worker/sources/part-text';
import { writeGeneration } from '../../../../lib/worker/sources/store';
import type { ParallaxDb } from '../../../../lib/worker/db/schema';
import { databases, seedPack } from '../corpus/helpers';

const { fresh } = databases('store-write');
// About 2 MB of claims a thousand: enough for several transactions of at most 4 MB of text.
const pack = syntheticPack(seedPack(), 12_000, 2_000);
const GEN = 'test@g1';

/** Records the keys of each bulkPut; `failAt`: the call (1-based) that fails instead. */
function watchPuts(db: ParallaxDb, failAt = Infinity) {
  const calls: string[][] = [];
  const put = db.packParts.bulkPut.bind(db.packParts);
  db.packParts.bulkPut = ((rows: readonly { key: string }[]) => {
    calls.push(rows.map((r) => r.key));
    return calls.length === failAt ? Promise.reject(new Error('disk full')) : put(rows as never);
  }) as unknown as typeof db.packParts.bulkPut;
  return calls;
}

describe('a generation written in several transactions', () => {
  it('reports progress up to the total, writes the manifest after every part, and every part reads back', async () => {
    const db = fresh();
    const calls = watchPuts(db);
    const progress: [number, number][] = [];
    const manifest = await writeGeneration(db, 'test', 'g1', pack, {
      progress: (done, total) => progress.push([done, total]),
      pause: async () => {},
    });
    const keys = calls.flat();
    const total = keys.length;
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every(([, t]) => t === total)).toBe(true);
    expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b));
    expect(new Set(progress.map(([d]) => d)).size).toBe(progress.length);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(keys.at(-1)).toBe(manifestKey(GEN));
    expect(keys.indexOf(manifestKey(GEN))).toBe(total - 1);
    const stored = await db.packParts.toArray();
    expect(stored.map((r) => r.key).sort()).toEqual([...keys].sort());
    // Every claim of the pack is filed under each entity it names, and nowhere else.
    let filed = 0;
    for (const row of stored) if (row.key.includes('|claims|')) for (const list of partFromStored<'claims'>(row.data)!.values()) filed += list.length;
    expect(filed).toBe(pack.claims.reduce((n, c) => n + c.entityIds.length, 0));
    expect(manifest.counts.claims).toBe(pack.claims.length);
  });

  it('rejects when a transaction fails half way, and leaves no manifest', async () => {
    const db = fresh();
    watchPuts(db, 3);
    await expect(writeGeneration(db, 'test', 'g1', pack, { pause: async () => {} })).rejects.toThrow('disk full');
    expect(await db.packParts.get(manifestKey(GEN))).toBeUndefined();
  });
});
