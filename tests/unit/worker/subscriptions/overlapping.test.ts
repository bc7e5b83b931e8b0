/**
 * Two changes to one subscription at once (the alarm's update and the reader's *Update now*, or a
 * second Subscribe), with a host that holds its answer to the first; and a body the host breaks off.
 * Whatever the order, the record and the rows cards read stay those of one pack, never older than
 * the record says, and a failure is recorded.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Fetch } from '../../../../lib/worker/subscriptions/fetch-pack';
import { subscribe } from '../../../../lib/worker/subscriptions/service';
import { updateSubscription } from '../../../../lib/worker/subscriptions/update';
import { dbCoverageSource } from '../../../../lib/worker/sources/merged';
import { servePacks, type PackHost } from '../../../fixtures/pack-server';
import { NEWSROOM_CLAIM, newsroomPack } from '../../../fixtures/subscription-pack';
import { databases } from '../corpus/helpers';
import { deps, keys, signed, withSeed } from './helpers';

const { fresh } = databases('subscription-overlap');
let host: PackHost;
afterEach(() => host?.close());

const issued = (at: string, sentence: string) => ({ ...newsroomPack(sentence), issued: at });
const quote = async (db: Awaited<ReturnType<typeof withSeed>>) =>
  (await dbCoverageSource(db).claimsAbout('il-76')).find((c) => c.id === NEWSROOM_CLAIM)?.quote;

/** A fetch whose first pack request waits for `release()` and then gets `first`; every other request goes to the host. */
function holdingFirst(first: () => Promise<Response>) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = false;
  let asked = 0;
  const fetcher: Fetch = async (url, init) => {
    if (!held && !url.endsWith('.sig')) {
      held = true;
      asked++;
      await released;
      return first();
    }
    asked++;
    return fetch(url, init);
  };
  return { fetcher, release, asked: () => asked };
}

async function subscribedTo(at: string, sentence: string) {
  const db = await withSeed(fresh());
  const publisher = await keys();
  host = await servePacks();
  const v1 = await signed(issued(at, sentence), publisher);
  host.publish(v1.bytes, v1.signature);
  const r = await subscribe(db, deps(), { url: host.url, key: publisher.publicKey });
  if (!r.ok || r.value.kind !== 'subscribed') throw new Error(JSON.stringify(r));
  return { db, publisher, sub: r.value.subscription };
}

describe('two updates of one subscription at once', () => {
  it('a held update that then fails leaves the rows of the pack the record names (none vanish)', async () => {
    const { db, publisher, sub } = await subscribedTo('2026-11-01T09:00:00Z', 'The Il-76 carried 80 people, the newsroom says.');
    const v2 = await signed(issued('2026-11-02T09:00:00Z', 'The Il-76 carried 74 people, the newsroom now says.'), publisher);
    host.publish(v2.bytes, v2.signature);
    const hold = holdingFirst(async () => new Response('down for maintenance', { status: 500 }));
    const d = deps({ fetch: hold.fetcher });
    const alarm = updateSubscription(db, d, sub.id);
    while (hold.asked() === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const now = updateSubscription(db, d, sub.id);
    // Time for the reader's update to finish first, where it does not wait for the alarm's.
    await new Promise((resolve) => setTimeout(resolve, 300));
    hold.release();
    const [a, b] = await Promise.all([alarm, now]);
    const record = await db.subscriptions.get(sub.id);
    const shown = await quote(db);
    expect(shown, 'the subscription’s claim is still there').toBeDefined();
    expect(shown).toMatch(record?.issued === '2026-11-02T09:00:00Z' ? /74 people/ : /80 people/);
    expect(
      [a, b].some((r) => r.ok && r.value.state.kind === 'failed'),
      'the failure is recorded',
    ).toBe(true);
  });

  it('an older version held back by the host is never switched in after a newer one', async () => {
    const { db, publisher, sub } = await subscribedTo('2026-11-01T09:00:00Z', 'The Il-76 carried 80 people, the newsroom says.');
    const v2 = await signed(issued('2026-11-02T09:00:00Z', 'The Il-76 carried 500 people, the newsroom says.'), publisher);
    const v3 = await signed(issued('2026-11-03T09:00:00Z', 'The Il-76 carried 74 people, the newsroom corrects.'), publisher);
    // The held request gets v2 and its signature; the other gets v3 from the host.
    host.publish(v3.bytes, v3.signature);
    let sigForHeld = false;
    const hold = holdingFirst(async () => {
      sigForHeld = true;
      return new Response(new Blob([v2.bytes as BlobPart]), { status: 200 });
    });
    const d = deps({
      fetch: (url, init) => {
        if (!url.endsWith('.sig') || !sigForHeld) return hold.fetcher(url, init);
        sigForHeld = false;
        return Promise.resolve(new Response(v2.signature));
      },
    });
    const alarm = updateSubscription(db, d, sub.id);
    while (hold.asked() === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const now = updateSubscription(db, d, sub.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    hold.release();
    const results = await Promise.all([alarm, now]);
    const newest = results
      .flatMap((r) => (r.ok && r.value.issued ? [r.value.issued] : []))
      .sort()
      .pop();
    const record = await db.subscriptions.get(sub.id);
    expect(record?.issued, 'the record holds the newest version either update reported').toBe(newest);
    expect(await quote(db)).toMatch(newest === '2026-11-03T09:00:00Z' ? /74 people/ : /500 people/);
  });
});

describe('a body the host breaks off', () => {
  it('is a failed update, recorded, and the last good version stays', async () => {
    const { db, sub } = await subscribedTo('2026-11-01T09:00:00Z', 'The Il-76 carried 80 people, the newsroom says.');
    const broken = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"format":'));
        c.error(new TypeError('network error'));
      },
    });
    const r = await updateSubscription(db, deps({ fetch: async () => new Response(broken, { status: 200 }) }), sub.id);
    expect(r.ok && r.value.state).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/^The host broke off the pack before its end \(.*\): nothing of it was used\. Try again later\.$/),
    });
    expect((await db.subscriptions.get(sub.id))?.state.kind).toBe('failed');
    expect(await quote(db)).toMatch(/80 people/);
  });
});

describe('two Subscribes to a new address at once', () => {
  it('both answer, and one subscription holds the pack', async () => {
    const db = await withSeed(fresh());
    const publisher = await keys();
    host = await servePacks();
    const v1 = await signed(issued('2026-11-01T09:00:00Z', 'The Il-76 carried 80 people, the newsroom says.'), publisher);
    host.publish(v1.bytes, v1.signature);
    const d = deps();
    const both = await Promise.all([
      subscribe(db, d, { url: host.url, key: publisher.publicKey }),
      subscribe(db, d, { url: host.url, key: publisher.publicKey }),
    ]);
    expect(both.map((r) => r.ok && r.value.kind)).toEqual(['subscribed', 'subscribed']);
    expect(await db.subscriptions.count()).toBe(1);
    expect(await quote(db)).toMatch(/80 people/);
  });
});
