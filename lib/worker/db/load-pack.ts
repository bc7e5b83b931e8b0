/**
 * Loading a claim pack into the database: validated first, written in one transaction, so a bad
 * pack or a failed write leaves the database exactly as it was. Seed loads replace seed rows only,
 * and never a row the reader holds under the same id.
 */
import { validatePack } from '../../core/pack/validate';
import { err, ok, type ClaimPack, type Result } from '../../core/pack/types';
import { headOf, PACK_TABLES, type ParallaxDb } from './schema';
import type { PackStamp } from '../../core/pack/stamp';
import type { LoadTask } from '../load-progress';

export type { PackStamp };

/** A cheap fingerprint that changes whenever the pack's content does (FNV-1a over its JSON). */
export function packDigest(pack: ClaimPack): string {
  const json = JSON.stringify(pack);
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    h ^= json.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0') + json.length.toString(16);
}

/** `task`, if given, hears how many of the pack's rows are written, table by table. */
export async function loadSeedPack(db: ParallaxDb, input: unknown, task?: LoadTask): Promise<Result<PackStamp>> {
  const valid = validatePack(input);
  if (!valid.ok) return valid;
  const pack = valid.value;
  let written = 0;
  const rows = PACK_TABLES.reduce((n, t) => n + pack[t].length, 0);
  task?.step(0, rows);
  const stamp: PackStamp = {
    format: pack.format,
    digest: packDigest(pack),
    counts: Object.fromEntries(PACK_TABLES.map((t) => [t, pack[t].length])) as PackStamp['counts'],
    loadedAt: Date.now(),
  };
  try {
    await db.transaction('rw', [...PACK_TABLES.map((t) => db[t]), db.heads, db.meta], async () => {
      const theirArticles = new Set(await db.articles.where('origin').equals('user').primaryKeys());
      for (const t of PACK_TABLES) {
        await db[t].where('origin').equals('seed').delete();
        // A row the reader imported in place of a seed row is theirs, and stays.
        const theirs = new Set(await db[t].where('origin').equals('user').primaryKeys());
        // So is every claim of an article they hold: their article comes with its own claims.
        const keep = (row: { id: string; articleId?: string }) => !theirs.has(row.id) && !(row.articleId && theirArticles.has(row.articleId));
        // Each table holds one kind of row; the cast only unifies the five row types for the loop.
        await (db[t] as typeof db.outlets).bulkPut(
          (pack[t] as unknown as ClaimPack['outlets']).filter(keep).map((row) => ({ ...row, origin: 'seed' as const })),
        );
        written += pack[t].length;
        task?.step(written);
      }
      await db.heads.where('origin').equals('seed').delete();
      await db.heads.bulkPut(pack.articles.filter((a) => !theirArticles.has(a.id)).map((a) => headOf({ ...a, origin: 'seed' })));
      await db.meta.put({ key: 'seedPack', value: stamp });
    });
  } catch (e) {
    return err(`Could not store the claim pack: ${e instanceof Error ? e.message : String(e)}`);
  }
  return ok(stamp);
}

export async function seedPackStamp(db: ParallaxDb): Promise<PackStamp | undefined> {
  return (await db.meta.get('seedPack'))?.value as PackStamp | undefined;
}

/** Loads the bundled pack when the database lacks it or holds an older one; otherwise does nothing. */
export async function ensureSeedPack(db: ParallaxDb, bundled: ClaimPack, task?: LoadTask): Promise<Result<PackStamp>> {
  const current = await seedPackStamp(db);
  if (current && current.digest === packDigest(bundled)) return ok(current);
  return loadSeedPack(db, bundled, task);
}
