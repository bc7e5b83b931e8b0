/**
 * Subscribing again to an address held (the way to take a publisher's new key, or to retry): a
 * host served an older signed version and it was taken, though an update refuses one. Found by the
 * session-21 attack suite: it is refused as in an update; the same version signed again is taken.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dbCoverageSource } from '../../../../lib/worker/sources/merged';
import { subscribe } from '../../../../lib/worker/subscriptions/service';
import { servePacks, type PackHost } from '../../../fixtures/pack-server';
import { NEWSROOM_CLAIM, newsroomPack } from '../../../fixtures/subscription-pack';
import { databases } from '../corpus/helpers';
import { deps, keys, signed, withSeed } from './helpers';

const { fresh } = databases('subscription-resubscribe');
let host: PackHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});
const issuedPack = (issued: string, sentence?: string) => ({ ...newsroomPack(sentence), issued });
const quote = async (db: Awaited<ReturnType<typeof withSeed>>) =>
  (await dbCoverageSource(db).claimsAbout('il-76')).find((c) => c.id === NEWSROOM_CLAIM)?.quote;

describe('subscribing again to an address held', () => {
  it('does not take an older version than the one held (same key)', async () => {
    const db = await withSeed(fresh());
    const publisher = await keys();
    host = await servePacks();
    const d = deps();
    const v2 = await signed(issuedPack('2026-11-02T09:00:00Z', 'The Il-76 carried 74 people, the newsroom now says.'), publisher);
    host.publish(v2.bytes, v2.signature);
    const first = await subscribe(db, d, { url: host.url, key: publisher.publicKey });
    expect(first.ok).toBe(true);
    expect(await quote(db)).toMatch(/74 people/);
    // The host serves the first version again, validly signed, and the reader subscribes again.
    const v1 = await signed(issuedPack('2026-11-01T09:00:00Z', 'The Il-76 carried 80 people, according to a manifest.'), publisher);
    host.publish(v1.bytes, v1.signature);
    const again = await subscribe(db, d, { url: host.url, key: publisher.publicKey });
    expect(again.ok).toBe(false);
    expect(await quote(db)).toMatch(/74 people/);
    expect((await db.subscriptions.toArray())[0].issued).toBe('2026-11-02T09:00:00Z');
  });

  it('takes the same version signed again with a new key, and a newer one', async () => {
    const db = await withSeed(fresh());
    const publisher = await keys();
    host = await servePacks();
    const d = deps();
    const v1 = await signed(issuedPack('2026-11-01T09:00:00Z'), publisher);
    host.publish(v1.bytes, v1.signature);
    await subscribe(db, d, { url: host.url, key: publisher.publicKey });
    const next = await keys();
    const resigned = await signed(issuedPack('2026-11-01T09:00:00Z'), next);
    host.publish(resigned.bytes, resigned.signature);
    expect((await subscribe(db, d, { url: host.url, key: next.publicKey })).ok).toBe(true);
    expect((await db.subscriptions.toArray())[0].key).toBe(next.publicKey);
  });

  it('takes a newer one, as an update would', async () => {
    const db = await withSeed(fresh());
    const publisher = await keys();
    host = await servePacks();
    const d = deps();
    const v1 = await signed(issuedPack('2026-11-01T09:00:00Z'), publisher);
    host.publish(v1.bytes, v1.signature);
    await subscribe(db, d, { url: host.url, key: publisher.publicKey });
    const next = await keys();
    const v2 = await signed(issuedPack('2026-11-02T09:00:00Z', 'The Il-76 carried 74 people, the newsroom now says.'), next);
    host.publish(v2.bytes, v2.signature);
    const again = await subscribe(db, d, { url: host.url, key: next.publicKey });
    expect(again.ok).toBe(true);
    expect(await quote(db)).toMatch(/74 people/);
  });
});
