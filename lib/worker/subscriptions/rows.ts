/**
 * A subscription's rows: its pack stored as parts (lib/worker/sources/store.ts), apart from the
 * live tables, so an update never writes a row of the bundled corpus, of the reader's, or of
 * another subscription — the conflict rule is applied as rows are read (sources/merged.ts). A new
 * pack is written as a new generation in short transactions and switched in by the subscription's
 * record in one write; the old generation is deleted after.
 */
import type { Subscription } from '../../core/corpus/subscriptions';
import type { ClaimPack } from '../../core/pack/types';
import type { ParallaxDb } from '../db/schema';
import { macrotask } from '../macrotask';
import type { PackManifest } from '../../core/corpus/pack-parts';
import { generationKey, manifestKey, newGeneration } from '../sources/generation';
import { dropStaleGenerations, type WriteHooks, writeGeneration } from '../sources/store';
import { BUNDLED, bundledRecord } from '../sources/bundled';

/**
 * One change at a time per subscription: an alarm's update and an *Update now* running together
 * would each delete the generation the other is writing.
 */
const running = new Map<string, Promise<unknown>>();
function oneAtATime<T>(id: string, work: () => Promise<T>): Promise<T> {
  const next = (running.get(id) ?? Promise.resolve()).then(work, work);
  const settled = next.catch(() => undefined);
  running.set(id, settled);
  void settled.then(() => running.get(id) === settled && running.delete(id));
  return next;
}

/** Stores the pack as a new generation, then switches the subscription's record to it; answers the record. */
export function replaceSubscriptionRows(db: ParallaxDb, subscription: Subscription, pack: ClaimPack, hooks: WriteHooks = {}): Promise<Subscription> {
  return oneAtATime(subscription.id, async () => {
    const gen = newGeneration(subscription.revision, Date.now());
    await writeGeneration(db, subscription.id, gen, pack, { pause: macrotask, ...hooks });
    // The switch. The record may have changed while the pack was written: the reader's interval is
    // kept, and a subscription removed meanwhile is not brought back.
    const switched = await db.transaction('rw', db.subscriptions, async () => {
      const current = await db.subscriptions.get(subscription.id);
      if (subscription.gen !== undefined && !current) return undefined;
      const next = { ...subscription, intervalMinutes: current?.intervalMinutes ?? subscription.intervalMinutes, gen };
      await db.subscriptions.put(next);
      return next;
    });
    await dropStaleGenerations(db, new Map(switched ? [[subscription.id, gen]] : []), subscription.id);
    return switched ?? subscription;
  });
}

/** Removes a subscription, then its stored pack; answers how many rows its pack held. */
export function removeSubscriptionRows(db: ParallaxDb, subscriptionId: string): Promise<number> {
  return oneAtATime(subscriptionId, async () => {
    const sub = await db.subscriptions.get(subscriptionId);
    const manifest = sub?.gen === undefined ? undefined : await db.packParts.get(manifestKey(generationKey(subscriptionId, sub.gen)));
    await db.subscriptions.delete(subscriptionId);
    await dropStaleGenerations(db, new Map(), subscriptionId);
    const counts: Record<string, number> = (manifest?.data as PackManifest | undefined)?.counts ?? {};
    return Object.values(counts).reduce((a, b) => a + b, 0);
  });
}

/**
 * At start: deletes the generations no subscription (nor the bundled pack's record) names that were
 * begun before `startedAt` (a write cut short when the worker was stopped); a write this worker
 * began is left to finish.
 */
export async function dropUnusedGenerations(db: ParallaxDb, startedAt: number): Promise<number> {
  const live = new Map((await db.subscriptions.toArray()).flatMap((s) => (s.gen === undefined ? [] : [[s.id, s.gen] as [string, string]])));
  const bundled = await bundledRecord(db);
  if (bundled) live.set(BUNDLED, bundled.gen);
  return dropStaleGenerations(db, live, undefined, startedAt);
}
