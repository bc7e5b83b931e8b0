/**
 * After a leaked key (session-25 attack suite, b06-key-rotation.ts): whoever held the old key signed a
 * version issued in 2099, which Subscribe took, and then the publisher's new version under a new key
 * was refused by Subscribe again as "older". Now a pack issued over a day past the computer's clock is
 * refused at Subscribe and at every update, and subscribing again with another key takes what that
 * key signs whatever the issue time held; with the same key the rollback check stays (resubscribe.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { subscribe } from '../../../../lib/worker/subscriptions/service';
import { updateSubscription } from '../../../../lib/worker/subscriptions/update';
import { dbCoverageSource } from '../../../../lib/worker/sources/merged';
import { servePacks, type PackHost } from '../../../fixtures/pack-server';
import { NEWSROOM_CLAIM, newsroomPack } from '../../../fixtures/subscription-pack';
import { databases } from '../corpus/helpers';
import { deps, keys, signed, withSeed } from './helpers';

const { fresh } = databases('subscription-key-rotation');
let host: PackHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

const NOW = Date.parse('2026-11-28T10:00:00Z');
/** The worker's dependencies with the clock stopped at NOW. */
const at = () => deps({ now: () => NOW });
const issuedPack = (issued: string, sentence?: string) => ({ ...newsroomPack(sentence), issued });
const quote = async (db: Awaited<ReturnType<typeof withSeed>>) =>
  (await dbCoverageSource(db).claimsAbout('il-76')).find((c) => c.id === NEWSROOM_CLAIM)?.quote;
const AHEAD =
  /^The pack was refused: it says it was issued 2099-12-31T23:00:00Z, more than a day in the future; the computer's clock says 2026-11-28T10:00:00Z\./;

describe('a pack issued in the future', () => {
  it('is refused at Subscribe, and nothing is stored', async () => {
    const db = await withSeed(fresh());
    const publisher = await keys();
    host = await servePacks();
    const forged = await signed(issuedPack('2099-12-31T23:00:00Z'), publisher);
    host.publish(forged.bytes, forged.signature);
    expect(await subscribe(db, at(), { url: host.url, key: publisher.publicKey })).toEqual({ ok: false, error: expect.stringMatching(AHEAD) });
    expect(await db.subscriptions.count()).toBe(0);
  });

  it('is taken up to a day ahead (a clock may be off)', async () => {
    const db = await withSeed(fresh());
    const publisher = await keys();
    host = await servePacks();
    const v1 = await signed(issuedPack('2026-11-29T09:59:00Z'), publisher);
    host.publish(v1.bytes, v1.signature);
    expect((await subscribe(db, at(), { url: host.url, key: publisher.publicKey })).ok).toBe(true);
  });

  it('is refused by an update, which keeps the rows and says why', async () => {
    const db = await withSeed(fresh());
    const publisher = await keys();
    host = await servePacks();
    const v1 = await signed(issuedPack('2026-11-27T09:00:00Z'), publisher);
    host.publish(v1.bytes, v1.signature);
    const r = await subscribe(db, at(), { url: host.url, key: publisher.publicKey });
    if (!r.ok || r.value.kind !== 'subscribed') throw new Error(JSON.stringify(r));
    const forged = await signed(issuedPack('2099-12-31T23:00:00Z', 'The Il-76 carried 3 people.'), publisher);
    host.publish(forged.bytes, forged.signature);
    const u = await updateSubscription(db, at(), r.value.subscription.id);
    expect(u.ok && u.value.state).toEqual({ kind: 'failed', reason: expect.stringMatching(AHEAD), at: NOW });
    expect(await quote(db)).toMatch(/80 people/);
    expect((await db.subscriptions.toArray())[0].issued).toBe('2026-11-27T09:00:00Z');
  });
});

describe('a publisher’s new key', () => {
  it('replaces a version the old key signed as issued later: Update now says to subscribe again, and that works', async () => {
    const db = await withSeed(fresh());
    const leaked = await keys();
    host = await servePacks();
    // The old key's holder signs a version issued later than the publisher's next one (within a day).
    const forged = await signed(issuedPack('2026-11-29T09:00:00Z', 'The Il-76 carried 3 people, the forger says.'), leaked);
    host.publish(forged.bytes, forged.signature);
    const r = await subscribe(db, at(), { url: host.url, key: leaked.publicKey });
    if (!r.ok || r.value.kind !== 'subscribed') throw new Error(JSON.stringify(r));
    const id = r.value.subscription.id;
    // The publisher rotates its key and serves a correction issued now.
    const rotated = await keys();
    const correction = await signed(issuedPack('2026-11-28T09:00:00Z', 'The Il-76 carried 74 people, the newsroom says.'), rotated);
    host.publish(correction.bytes, correction.signature);
    const u = await updateSubscription(db, at(), id);
    expect(u.ok && u.value.state).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/^Signature refused: .* subscribe again to this address with it/),
    });
    const again = await subscribe(db, at(), { url: host.url, key: rotated.publicKey });
    expect(again).toMatchObject({
      ok: true,
      value: { kind: 'subscribed', subscription: { id, key: rotated.publicKey, issued: '2026-11-28T09:00:00Z' } },
    });
    expect(await quote(db)).toMatch(/74 people/);
    // The new key's later versions update as usual; an older one served again is refused again.
    const older = await signed(issuedPack('2026-11-27T09:00:00Z', 'The Il-76 carried 12 people.'), rotated);
    host.publish(older.bytes, older.signature);
    expect((await updateSubscription(db, at(), id)).ok && (await db.subscriptions.get(id))?.state).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/^An older version of the pack was refused/),
    });
    expect(await quote(db)).toMatch(/74 people/);
  });

  /** The same key spelt another way: the last of 43 characters carries two bits the 32 bytes do not use. */
  const respelt = (key: string) => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    return key.slice(0, -1) + alphabet[alphabet.indexOf(key.at(-1)!) ^ 1];
  };

  it.each([
    ['as held', (key: string) => key],
    ['spelt another way (base64url’s spare bits)', respelt],
  ])('with the key held, %s, subscribing again still refuses an older version', async (_how, spell) => {
    const db = await withSeed(fresh());
    const publisher = await keys();
    host = await servePacks();
    const v2 = await signed(issuedPack('2026-11-28T09:00:00Z', 'The Il-76 carried 74 people, the newsroom says.'), publisher);
    host.publish(v2.bytes, v2.signature);
    await subscribe(db, at(), { url: host.url, key: publisher.publicKey });
    const v1 = await signed(issuedPack('2026-11-27T09:00:00Z', 'The Il-76 carried 3 people.'), publisher);
    host.publish(v1.bytes, v1.signature);
    if (spell === respelt) expect(spell(publisher.publicKey)).not.toBe(publisher.publicKey);
    expect(await subscribe(db, at(), { url: host.url, key: spell(publisher.publicKey) })).toEqual({
      ok: false,
      error: expect.stringMatching(/^An older version of the pack was refused/),
    });
    expect(await quote(db)).toMatch(/74 people/);
  });
});
