/**
 * The bundled claim pack, stored as parts like a subscription's (./store.ts) under the source
 * 'bundled', instead of a row per claim in the live tables (100,000 rows took about 50 s in one
 * transaction). It is written as a new generation in short transactions, with progress; one meta
 * record naming that generation and the pack's stamp is the switch; the old generation is deleted
 * after. A worker stopped half way leaves a generation no record names, which nothing reads: the
 * next start finds the record still old (or missing), writes the pack again and deletes it.
 */
import { packDigest, type PackStamp } from '../../core/pack/stamp';
import type { ClaimPack } from '../../core/pack/types';
import { err, ok, type Result } from '../../core/result';
import type { ParallaxDb } from '../db/schema';
import type { LoadTask } from '../load-progress';
import { macrotask } from '../macrotask';
import { newGeneration } from './generation';
import { jsonFromBytes } from './pack-bytes';
import { dropStaleGenerations, writeGeneration } from './store';

/** The source id of the bundled pack's parts; ranked before every subscription when read. */
export const BUNDLED = 'bundled';
/** The meta key of the record that names the live generation. */
const RECORD = 'bundled';

/** The pack the extension ships: a digest made at build time, and its bytes read only when needed. */
export interface BundledPack {
  digest: string;
  /** The pack decoded and parsed in steps (its build checked it), or why it cannot be. */
  read(): Promise<Result<ClaimPack>>;
}

export interface BundledRecord {
  gen: string;
  stamp: PackStamp;
}

/**
 * The pack at `url` (a file of the extension's own package). Its build checked it in full and
 * compiled in `digest`: bytes with that digest are parsed and taken as they are; any other bytes
 * are refused, and the pack stored before stays.
 */
export function packagedPack(url: string, digest: string, fetcher: typeof fetch = fetch): BundledPack {
  return {
    digest,
    async read() {
      const response = await fetcher(url).catch((e: unknown) => e as Error);
      if (response instanceof Error || !response.ok) {
        return err(`The bundled pack could not be read: ${response instanceof Error ? response.message : response.status}`);
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      if ((await packDigest(bytes, macrotask)) !== digest)
        return err('The bundled pack is not the one this build checked (its digest differs); reinstall Parallax.');
      const json = await jsonFromBytes(bytes);
      return json.ok ? ok(json.value as ClaimPack) : json;
    },
  };
}

export async function bundledRecord(db: ParallaxDb): Promise<BundledRecord | undefined> {
  return (await db.meta.get(RECORD))?.value as BundledRecord | undefined;
}

/**
 * Stores the bundled pack when the database lacks it or holds another build's; answers its stamp,
 * and the pack itself when it was stored now (the reader's names are linked in it next). The
 * copies of bundled claims with the reader's names linked in (origin 'linked') are of the old
 * pack: they go at the switch, in the same transaction.
 */
export async function ensureBundled(
  db: ParallaxDb,
  bundled: BundledPack,
  task?: LoadTask,
): Promise<Result<{ stamp: PackStamp; loaded?: ClaimPack }>> {
  const current = await bundledRecord(db);
  if (current?.stamp.digest === bundled.digest) return ok({ stamp: current.stamp });
  // Reading the pack has no count to show: the bar is indeterminate until parts are written.
  task?.step(0, 0);
  const read = await bundled.read();
  if (!read.ok) return read;
  const pack = read.value;
  const stamp: PackStamp = {
    format: pack.format,
    digest: bundled.digest,
    counts: {
      outlets: pack.outlets.length,
      articles: pack.articles.length,
      entities: pack.entities.length,
      facets: pack.facets.length,
      claims: pack.claims.length,
    },
    loadedAt: Date.now(),
  };
  try {
    const gen = newGeneration(0, stamp.loadedAt);
    await writeGeneration(db, BUNDLED, gen, pack, { pause: macrotask, progress: task && ((done, total) => task.step(done, total)) });
    await db.transaction('rw', db.meta, db.claims, async () => {
      await db.meta.put({ key: RECORD, value: { gen, stamp } satisfies BundledRecord });
      await db.claims.where('origin').equals('linked').delete();
    });
    await dropStaleGenerations(db, new Map([[BUNDLED, gen]]), BUNDLED);
  } catch (e) {
    return err(`Could not store the claim pack: ${e instanceof Error ? e.message : String(e)}`);
  }
  return ok({ stamp, loaded: pack });
}
