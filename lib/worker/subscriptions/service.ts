/**
 * Subscribing, unsubscribing and the interval: the worker's side of the My corpus page's
 * Subscriptions section. A subscription is stored only once its first pack was read, verified
 * and validated; subscribing again to the same address (with a new key, say) keeps its place.
 */
import { inTurn } from './in-turn';
import {
  accessDecision,
  checkPackAddress,
  DAY_MINUTES,
  INTERVAL_MINUTES,
  olderThanHeld,
  originPattern,
  originsToRelease,
  type SubscribeAnswer,
  type Subscription,
} from '../../core/corpus/subscriptions';
import { keyFingerprint, parsePublisherKey } from '../../core/pack/signature';
import { err, ok, type Result } from '../../core/result';
import type { ParallaxDb } from '../db/schema';
import { isNoAnswer } from './fetch-pack';
import { removeSubscriptionRows } from './rows';
import { applyFetched, fetchSignedPack, passedOff, type UpdateDeps } from './update';
import type { LoadTask } from '../load-progress';

/** What the browser can say about reading an origin (permissions API, a no-cors probe). */
export interface Access {
  answersNoCors(url: string): Promise<boolean>;
  granted(originPattern: string): Promise<boolean>;
  release(originPatterns: string[]): Promise<void>;
}

export interface SubscriptionDeps extends UpdateDeps {
  access: Access;
  newId(): string;
}

export async function listSubscriptions(db: ParallaxDb): Promise<Subscription[]> {
  return (await db.subscriptions.toArray()).sort((a, b) => a.createdAt - b.createdAt);
}

export async function subscribe(db: ParallaxDb, deps: SubscriptionDeps, input: { url: string; key: string }): Promise<Result<SubscribeAnswer>> {
  const address = checkPackAddress(input.url);
  if (!address.ok) return address;
  const key = input.key.trim();
  const parsedKey = parsePublisherKey(key);
  if (!parsedKey.ok) return parsedKey;
  const url = address.value.href;
  // A first pack may be large: its download, check and storing show in the popup like an update's.
  const task = deps.progress?.begin(`Subscribing to ${address.value.hostname}`, { key: 'subscribe' });
  try {
    return await subscribeWith(db, deps, url, key, task);
  } finally {
    task?.end();
  }
}

/** Whether two parsed keys are the same bytes. */
const sameBytes = (a: Result<Uint8Array>, b: Result<Uint8Array>) =>
  a.ok && b.ok && a.value.length === b.value.length && a.value.every((x, i) => x === b.value[i]);

async function subscribeWith(
  db: ParallaxDb,
  deps: SubscriptionDeps,
  url: string,
  key: string,
  task: LoadTask | undefined,
): Promise<Result<SubscribeAnswer>> {
  const fetched = await fetchSignedPack(deps, url, key, {}, task);
  if (!fetched.ok) {
    if (!isNoAnswer(fetched.error)) return fetched;
    const origin = originPattern(url);
    const decision = accessDecision({
      corsRead: false,
      answersNoCors: await deps.access.answersNoCors(url),
      granted: await deps.access.granted(origin),
    });
    return decision === 'ask' ? ok({ kind: 'needs-access', origin }) : fetched;
  }
  const apply = async (): Promise<Result<Subscription>> => {
    const existing = await db.subscriptions.where('url').equals(url).first();
    // With the key held, as an update does, an older version than the one held is refused (the same
    // version again is taken): subscribing again let a host serve an old one and take back a correction
    // (session-21 attack suite). With another key it is not: a new key is how a publisher recovers from
    // a leaked one, whose holder may have signed a version issued far ahead that no honest version
    // could follow (session-25 attack suite). The reader gave this key, and no host can sign with it.
    const pack = fetched.value.kind === 'pack' ? fetched.value.pack : undefined;
    // The key as bytes: base64url's spare bits give one key several spellings, none of them "another key".
    const sameKey = existing !== undefined && sameBytes(parsePublisherKey(existing.key), parsePublisherKey(key));
    const older = existing && sameKey && pack && pack.issued !== existing.issued ? olderThanHeld(existing.issued, pack.issued) : undefined;
    if (older) return err(`An older version of the pack was refused: ${older}. Your subscription stays as it was.`);
    const passed = pack && (await passedOff(db, pack));
    if (passed) return err(passed);
    const now = deps.now();
    const base: Subscription = {
      id: existing?.id ?? deps.newId(),
      url,
      key,
      fingerprint: await keyFingerprint(key),
      name: new URL(url).hostname,
      createdAt: existing?.createdAt ?? now,
      intervalMinutes: existing?.intervalMinutes ?? DAY_MINUTES,
      revision: existing?.revision ?? 0,
      counts: { articles: 0, claims: 0, outlets: 0 },
      state: { kind: 'ok' },
    };
    // No digest carried over: subscribing again always rewrites its rows from this pack.
    return ok(await applyFetched(db, base, fetched.value, now, task));
  };
  // Subscribing again to an address held waits for an update of it that runs (./in-turn.ts); two
  // Subscribes to a new address take turns by it, and the second finds the first's record.
  const held = await db.subscriptions.where('url').equals(url).first();
  const applied = await inTurn(db, held?.id ?? `new ${url}`, apply);
  return applied.ok ? ok({ kind: 'subscribed', subscription: applied.value }) : applied;
}

/** Removes a subscription with exactly its rows, and gives back its origin if no other one reads it. */
export async function unsubscribe(db: ParallaxDb, access: Access, id: string): Promise<Result<number>> {
  const sub = await db.subscriptions.get(id);
  if (!sub) return err('No such subscription (it may have been removed already).');
  const removed = await removeSubscriptionRows(db, id);
  await access.release(originsToRelease(sub, await db.subscriptions.toArray()));
  return ok(removed);
}

export async function setInterval(db: ParallaxDb, id: string, minutes: number): Promise<Result<Subscription>> {
  if (!INTERVAL_MINUTES.includes(minutes)) return err(`The interval must be one of ${INTERVAL_MINUTES.join(', ')} minutes.`);
  const sub = await db.subscriptions.get(id);
  if (!sub) return err('No such subscription (it may have been removed).');
  const next = { ...sub, intervalMinutes: minutes };
  await db.subscriptions.put(next);
  return ok(next);
}
