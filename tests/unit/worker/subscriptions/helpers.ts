/** Shared setup for the subscription tests: a database with the bundled corpus, a signed pack, and the worker's dependencies over real fetch. */
import { generateKeyPair, signBytes, type KeyPair } from '../../../../lib/core/pack/signature';
import type { ClaimPack } from '../../../../lib/core/pack/types';
import type { Subscription } from '../../../../lib/core/corpus/subscriptions';
import type { ParallaxDb } from '../../../../lib/worker/db/schema';
import { subscribe, type SubscriptionDeps } from '../../../../lib/worker/subscriptions/service';
import { servePacks } from '../../../fixtures/pack-server';
import { newsroomPack } from '../../../fixtures/subscription-pack';
import { withBundled } from '../corpus/helpers';

export const bytesOf = (pack: ClaimPack) => new TextEncoder().encode(JSON.stringify(pack, null, 2));

export async function signed(pack: ClaimPack, keys: KeyPair): Promise<{ bytes: Uint8Array; signature: string }> {
  const bytes = bytesOf(pack);
  const signature = await signBytes(bytes, keys.privateJwk);
  if (!signature.ok) throw new Error(signature.error);
  return { bytes, signature: signature.value };
}

export const keys = () => generateKeyPair();

export const withSeed = (db: ParallaxDb): Promise<ParallaxDb> => withBundled(db);

/** How many stored parts are subscriptions' (the bundled pack's are stored beside them). */
export const subscriptionParts = (db: ParallaxDb) => db.packParts.filter((p) => !p.key.startsWith('bundled@')).count();

/** Real fetch, a clock that moves on a minute per call, ids in order, and a browser that grants nothing. */
export function deps(overrides: Partial<SubscriptionDeps> = {}): SubscriptionDeps {
  // After every issue time the tests sign (2026-11): a pack issued over a day past the clock is refused.
  let t = Date.UTC(2026, 11, 1);
  let n = 0;
  return {
    fetch: (url, init) => fetch(url, init),
    now: () => (t += 60_000),
    newId: () => `s${++n}`,
    access: { answersNoCors: async () => false, granted: async () => false, release: async () => {} },
    ...overrides,
  };
}

/** `db` subscribed to the newsroom's pack, signed with a new key, on a new local host (the caller closes it). */
export async function subscribedOn(db: ParallaxDb, d: SubscriptionDeps) {
  const publisher = await keys();
  const host = await servePacks();
  const v1 = await signed(newsroomPack(), publisher);
  host.publish(v1.bytes, v1.signature);
  const r = await subscribe(db, d, { url: host.url, key: publisher.publicKey });
  if (!r.ok || r.value.kind !== 'subscribed') throw new Error(JSON.stringify(r));
  return { host, publisher, sub: r.value.subscription };
}

/** A subscription's stored record as the tests write it straight to the database: id `id`, at its own host, daily, ok. */
export const subscriptionRecord = (id: string, createdAt: number, name: string): Subscription => ({
  id,
  url: `https://${id}.example/pack.json`,
  key: 'k',
  fingerprint: 'f',
  name,
  createdAt,
  intervalMinutes: 1440,
  revision: 1,
  counts: { articles: 0, claims: 0, outlets: 0 },
  state: { kind: 'ok' },
});
