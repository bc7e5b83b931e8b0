/**
 * The corpus at the background's start: the bundled pack stored (as parts) when the database lacks
 * it or holds another build's, and, only then, the reader's names linked again in its claims (a
 * pack is stored without them); the reader's articles added from pages extracted again when the
 * extraction rules changed since they last were (EXTRACTION_VERSION). An unchanged pack and
 * unchanged rules cost two reads: the worker starts often. The whole of it is one task on the
 * progress board ('bundled'), so `status` can say how far a long first load is.
 */
import type { FacetRule } from '../../core/extract/claims';
import { EXTRACTION_VERSION } from '../../core/extract/version';
import type { ParallaxDb } from '../db/schema';
import { ok, type Result } from '../../core/result';
import { EXTRACTED_WITH, reextractArticles } from './articles';
import { linkUserNames } from './names';
import { asTask, type LoadProgressBoard } from '../load-progress';
import { type BundledPack, ensureBundled } from '../sources/bundled';

export function loadBundledCorpus(
  db: ParallaxDb,
  bundled: BundledPack,
  rules: readonly FacetRule[],
  progress: LoadProgressBoard,
): Promise<Result<unknown>> {
  return asTask(progress, 'Loading the bundled corpus', 'bundled', async (task) => {
    const stored = await ensureBundled(db, bundled, task);
    if (!stored.ok) return stored;
    const stale = (await db.meta.get(EXTRACTED_WITH))?.value !== EXTRACTION_VERSION;
    if (stale) {
      const again = await reextractArticles(db, rules);
      if (!again.ok) return again;
    }
    const loaded = stored.value.loaded;
    if (!stale && !loaded) return ok(stored.value.stamp);
    return linkUserNames(db, async () => {
      if (loaded) return ok(loaded.claims);
      const pack = await bundled.read();
      return pack.ok ? ok(pack.value.claims) : pack;
    });
  });
}
