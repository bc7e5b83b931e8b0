/**
 * Stored packs ("sources": the bundled pack and subscriptions) as parts (lib/core/corpus/pack-parts.ts) in the
 * `packParts` table. A source's pack is written as a new generation in short transactions, leaving
 * the database free for cards between them; nothing of it is read until the source's record names
 * that generation (one small write: the switch). Generations no record names are deleted, after a
 * switch and at start, so a load cut short leaves nothing visible and nothing behind.
 */
import { type PackManifest, packPartsInSteps } from '../../core/corpus/pack-parts';
import type { ClaimPack } from '../../core/pack/types';
import type { ParallaxDb } from '../db/schema';
import { begunAt, generationRows } from './generation';

/**
 * How long one transaction goes on putting parts, ms. Within a transaction the worker cannot yield
 * (the transaction would commit), and the database's answers, one put after another, kept a `status`
 * message waiting behind a whole transaction: 16 parts held it for up to 100 ms while a pack loaded.
 */
const WRITE_BUDGET_MS = 12;

export interface WriteHooks {
  /** Called after each write with the parts written and the parts in all. */
  progress?(done: number, total: number): void;
  /** Lets the worker answer other messages between writes. */
  pause?(): Promise<void>;
}

/** Marks a write begun (removed by dropStaleGenerations): a start finds none and reads no keys. */
const WRITING = 'writingGeneration:';

/** Writes a validated pack as a generation of `source`; it stays invisible until a record names it. */
export async function writeGeneration(db: ParallaxDb, source: string, gen: string, pack: ClaimPack, hooks: WriteHooks = {}): Promise<PackManifest> {
  await db.meta.put({ key: `${WRITING}${source}@${gen}`, value: Date.now() });
  const { manifest, rows } = generationRows(source, gen, await packPartsInSteps(pack, hooks.pause ?? (async () => {})));
  for (let i = 0; i < rows.length; ) {
    // A part is copied as it is put: one put at a time, each after the last is stored (16 put at
    // once held the worker for 50–300 ms), as many as fit the budget, then a pause between transactions.
    await db.transaction('rw', db.packParts, async () => {
      const since = performance.now();
      do await db.packParts.put(rows[i++]);
      while (i < rows.length && performance.now() - since < WRITE_BUDGET_MS);
    });
    hooks.progress?.(i, rows.length);
    await hooks.pause?.();
  }
  return manifest;
}

/**
 * Deletes every stored part that is not of a generation in `live` (source → generation), or only
 * those of `source` when given, and only generations begun before `before` when given. Keys alone
 * are read, in one pass; at a start (no `source`), only when a write was begun and never ended.
 */
export async function dropStaleGenerations(db: ParallaxDb, live: ReadonlyMap<string, string>, source?: string, before = Infinity): Promise<number> {
  // Without a source: a start, which has something to delete only if a write was begun and not ended.
  const marks = (await db.meta
    .where('key')
    .startsWith(`${WRITING}${source === undefined ? '' : `${source}@`}`)
    .primaryKeys()) as string[];
  const begun = marks.filter((key) => !(begunAt(key.slice(key.lastIndexOf('@') + 1)) >= before));
  if (source === undefined && begun.length === 0) return 0;
  const keys = (
    source === undefined ? await db.packParts.toCollection().primaryKeys() : await db.packParts.where('key').startsWith(`${source}@`).primaryKeys()
  ) as string[];
  const stale = keys.filter((key) => {
    const generation = key.slice(0, key.indexOf('|'));
    const at = generation.lastIndexOf('@');
    const gen = generation.slice(at + 1);
    return live.get(generation.slice(0, at)) !== gen && !(begunAt(gen) >= before);
  });
  for (let i = 0; i < stale.length; i += 256) await db.packParts.bulkDelete(stale.slice(i, i + 256));
  await db.meta.bulkDelete(begun);
  return stale.length;
}
