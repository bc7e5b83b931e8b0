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
import { begunAt, generationRows, type StoredPart } from './generation';
import { storedRow } from './part-text';

/**
 * How long the worker goes on making parts' text (./part-text.ts) before it lets other messages
 * through, ms; what it made is put in one transaction, whose first parts the database writes while
 * the next text is made.
 */
const ENCODE_BUDGET_MS = 8;
/** Parts put by one request: the next are put once these are stored, the database writing meanwhile. */
const PUT_GROUP = 4;
/**
 * Characters of text after which no more parts join a transaction (the last may pass it by one part):
 * cards wait for a transaction on the parts to end.
 */
const BATCH_CHARS = 4_000_000;

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
  let next = 0;
  /** The next rows, stored form made, as many as fit the budget (one at least). */
  const batch = (): StoredPart[] => {
    const since = performance.now();
    const out: StoredPart[] = [];
    let chars = 0;
    while (next < rows.length && (out.length === 0 || (chars < BATCH_CHARS && performance.now() - since < ENCODE_BUDGET_MS))) {
      const row = storedRow(rows[next++]);
      out.push(row);
      chars += typeof row.data === 'string' ? row.data.length : 0;
    }
    return out;
  };
  // One transaction at a time, in order, so the manifest (the last row) is stored after every part.
  for (let writing = batch(); writing.length > 0; ) {
    const written = db.transaction('rw', db.packParts, async () => {
      // A few parts per put: copying a part into the database's request is the worker's time too
      // (20 at once held it 11–22 ms), and other messages are answered between the puts.
      for (let i = 0; i < writing.length; i += PUT_GROUP) await db.packParts.bulkPut(writing.slice(i, i + PUT_GROUP));
    });
    // Its failure is met below, once the next batch is made.
    written.catch(() => undefined);
    await hooks.pause?.();
    const following = batch();
    await written;
    hooks.progress?.(next - following.length, rows.length);
    writing = following;
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
