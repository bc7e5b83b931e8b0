/**
 * The corpus at the background's start: the bundled pack loaded when the database lacks it or holds
 * an older one, and, only then, the reader's names linked again in its claims (a pack is written
 * without them); the reader's articles added from pages extracted again when the extraction rules
 * changed since they last were (EXTRACTION_VERSION). An unchanged pack and unchanged rules cost two
 * reads: the worker starts often. The whole of it is one task on the progress board ('bundled'), so
 * `status` can say how far a long first load is.
 */
import type { FacetRule } from '../../core/extract/claims';
import { EXTRACTION_VERSION } from '../../core/extract/version';
import { ensureSeedPack, seedPackStamp } from '../db/load-pack';
import type { ParallaxDb } from '../db/schema';
import { ok, type ClaimPack, type Result } from '../../core/pack/types';
import { EXTRACTED_WITH, reextractArticles } from './articles';
import { linkUserNames } from './names';
import { asTask, type LoadProgressBoard } from '../load-progress';

export function loadBundledCorpus(
  db: ParallaxDb,
  bundled: ClaimPack,
  rules: readonly FacetRule[],
  progress: LoadProgressBoard,
): Promise<Result<unknown>> {
  return asTask(progress, 'Loading the bundled corpus', 'bundled', async (task) => {
    const before = await seedPackStamp(db);
    const loaded = await ensureSeedPack(db, bundled, task);
    if (!loaded.ok) return loaded;
    const stale = (await db.meta.get(EXTRACTED_WITH))?.value !== EXTRACTION_VERSION;
    if (stale) {
      const again = await reextractArticles(db, rules);
      if (!again.ok) return again;
    }
    return stale || loaded.value.loadedAt !== before?.loadedAt ? linkUserNames(db) : ok(loaded.value);
  });
}
