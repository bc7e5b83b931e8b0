/**
 * The corpus at the background's start: the bundled pack loaded when the database lacks it or holds
 * an older one, and, only then, the reader's names linked again in its claims (a pack is written
 * without them). An unchanged pack costs one read: the worker starts often.
 */
import { ensureSeedPack, seedPackStamp } from '../db/load-pack';
import type { ParallaxDb } from '../db/schema';
import type { ClaimPack, Result } from '../../core/pack/types';
import { linkUserNames } from './names';

export async function loadBundledCorpus(db: ParallaxDb, bundled: ClaimPack): Promise<Result<unknown>> {
  const before = await seedPackStamp(db);
  const loaded = await ensureSeedPack(db, bundled);
  if (!loaded.ok || loaded.value.loadedAt === before?.loadedAt) return loaded;
  return linkUserNames(db);
}
