/**
 * Subscribing and updating over HTTP from a local host: conditional requests (a 304 rewrites
 * nothing), the size cap, the signature checked before parsing, full validation, and a failed
 * update keeping the last good version with why and when.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { olderThanHeld, type Subscription } from '../../../../lib/core/corpus/subscriptions';
import { subscribe } from '../../../../lib/worker/subscriptions/service';
import { updateSubscription } from '../../../../lib/worker/subscriptions/update';
import type { Fetch } from '../../../../lib/worker/subscriptions/fetch-pack';
import { dbCoverageSource } from '../../../../lib/worker/sources/merged';
import { servePacks, type PackHost } from '../../../fixtures/pack-server';
import { NEWSROOM, NEWSROOM_CLAIM, newsroomPack } from '../../../fixtures/subscription-pack';
import { databases } from '../corpus/helpers';
import { bytesOf, deps, keys, signed, subscribedOn, withSeed, subscriptionParts } from './helpers';

const { fresh } = databases('subscription-update');
let host: PackHost;
afterEach(() => host?.close());

async function subscribed(db: Awaited<ReturnType<typeof withSeed>>, d = deps()) {
  const on = await subscribedOn(db, d);
  host = on.host;
  return { publisher: on.publisher, sub: on.sub, d };
}

/** The newsroom's claim as cards read it. */
const claim = async (db: Awaited<ReturnType<typeof withSeed>>) =>
  (await dbCoverageSource(db).claimsAbout('il-76')).find((c) => c.id === NEWSROOM_CLAIM);
const quote = async (db: Awaited<ReturnType<typeof withSeed>>) => (await claim(db))?.quote;

describe('subscribing', () => {
  it("stores the pack's rows, named after its publisher, with what it holds, sending no cookie", async () => {
    const db = await withSeed(fresh());
    const { sub } = await subscribed(db);
    expect(sub).toMatchObject({ name: NEWSROOM, counts: { articles: 2, claims: 2, outlets: 2 }, revision: 1, state: { kind: 'ok' } });
    expect(sub.fingerprint).toMatch(/^[0-9A-F]{4}(·[0-9A-F]{4}){3}$/);
    expect(await quote(db)).toMatch(/80 people/);
    expect(host.requests[0].cookie).toBeUndefined();
  });

  it('refuses a pack signed with another key and stores nothing', async () => {
    const db = await withSeed(fresh());
    host = await servePacks();
    const v1 = await signed(newsroomPack(), await keys());
    host.publish(v1.bytes, v1.signature);
    const r = await subscribe(db, deps(), { url: host.url, key: (await keys()).publicKey });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^Signature refused: The signature does not match/) });
    expect(await db.subscriptions.count()).toBe(0);
    expect(await claim(db)).toBeUndefined();
    expect(await subscriptionParts(db)).toBe(0);
  });

  it('refuses an unreachable address, naming it', async () => {
    const db = await withSeed(fresh());
    host = await servePacks();
    const url = host.url;
    await host.close();
    const r = await subscribe(db, deps(), { url, key: (await keys()).publicKey });
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining(`No answer from ${url}`) });
  });

  it('asks for the origin when the host answers but the read failed for want of a permission', async () => {
    const db = await withSeed(fresh());
    const refusing = deps({
      fetch: async () => Promise.reject(new TypeError('Failed to fetch')),
      access: { answersNoCors: async () => true, granted: async () => false, release: async () => {} },
    });
    const r = await subscribe(db, refusing, { url: 'https://packs.example.org/pack.json', key: (await keys()).publicKey });
    expect(r).toEqual({ ok: true, value: { kind: 'needs-access', origin: 'https://packs.example.org/*' } });
  });
});

describe('updating', () => {
  it('sends the last validators; a 304 rewrites nothing (revision, last changed and rows unchanged)', async () => {
    const db = await withSeed(fresh());
    const { sub, d } = await subscribed(db);
    const rowBefore = await claim(db);
    const r = await updateSubscription(db, d, sub.id);
    expect(host.requests.at(-1)).toMatchObject({ ifNoneMatch: sub.etag, ifModifiedSince: sub.lastModified });
    expect(sub.etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(r.ok && r.value).toMatchObject({ revision: 1, lastChanged: sub.lastChanged, state: { kind: 'ok' } });
    expect(r.ok && r.value.lastChecked! > sub.lastChecked!).toBe(true);
    expect(await claim(db)).toEqual(rowBefore);
    expect((await db.subscriptions.get(sub.id))?.gen).toBe(sub.gen);
  });

  it('follows a new version of the pack', async () => {
    const db = await withSeed(fresh());
    const { sub, d, publisher } = await subscribed(db);
    const v2 = await signed(newsroomPack('The Il-76 carried 74 people, the newsroom now says.'), publisher);
    host.publish(v2.bytes, v2.signature);
    const r = await updateSubscription(db, d, sub.id);
    expect(r.ok && r.value).toMatchObject({ revision: 2, state: { kind: 'ok' } });
    expect(await quote(db)).toMatch(/74 people/);
  });

  it('keeps the last good version when the bytes were changed after signing, and says why and when', async () => {
    const db = await withSeed(fresh());
    const { sub, d } = await subscribed(db);
    host.tamper(bytesOf(newsroomPack('The Il-76 carried 999 people.')));
    const r = await updateSubscription(db, d, sub.id);
    const failed = r.ok ? r.value : undefined;
    expect(failed?.state).toMatchObject({ kind: 'failed', reason: expect.stringMatching(/^Signature refused/), at: expect.any(Number) });
    expect(failed?.revision).toBe(1);
    expect(await quote(db)).toMatch(/80 people/);
    expect((await db.subscriptions.get(sub.id))?.state.kind).toBe('failed');
  });

  it('refuses an invalid pack, signed or not, naming its first bad field', async () => {
    const db = await withSeed(fresh());
    const { sub, d, publisher } = await subscribed(db);
    const bad = newsroomPack();
    bad.claims[0].quote = 'Not what the article says.';
    const v = await signed(bad, publisher);
    host.publish(v.bytes, v.signature);
    const r = await updateSubscription(db, d, sub.id);
    expect(r.ok && r.value.state).toMatchObject({ kind: 'failed', reason: expect.stringMatching(/^Not a valid claim pack: claims\[0\]\.quote/) });
    expect(await quote(db)).toMatch(/80 people/);
  });

  it('stops reading a pack past the cap and keeps the last good version', async () => {
    const db = await withSeed(fresh());
    const { sub, d } = await subscribed(db);
    host.endless();
    const r = await updateSubscription(db, { ...d, cap: 1024 * 1024 }, sub.id);
    expect(r.ok && r.value.state).toMatchObject({ kind: 'failed', reason: 'The pack is larger than the cap of 1 MB: reading stopped there.' });
    expect(await quote(db)).toMatch(/80 people/);
  });

  it('refuses a pack whose announced length is over the cap without reading it', async () => {
    const db = await withSeed(fresh());
    const { sub, d, publisher } = await subscribed(db);
    const v2 = await signed(newsroomPack('The Il-76 carried 74 people, the newsroom now says.'), publisher);
    host.publish(v2.bytes, v2.signature);
    const r = await updateSubscription(db, { ...d, cap: 100 }, sub.id);
    expect(r.ok && (r.value as Subscription).state).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/larger than the cap of 0 MB \(0 MB announced\)/),
    });
  });
});

/** The newsroom's pack, issued at `issued`, saying `sentence`. */
const issuedPack = (issued: string, sentence?: string) => ({ ...newsroomPack(sentence), issued });

/**
 * A host that misbehaves, found by the session-16 attack suite: it serves an old signed version
 * again, keeps a download open, never answers, or sends Parallax on to plain http elsewhere.
 */
describe('a host that misbehaves', () => {
  it('cannot serve an older signed version again once a newer one is held', async () => {
    const db = await withSeed(fresh());
    const publisher = await keys();
    host = await servePacks();
    const v1 = await signed(issuedPack('2026-11-01T09:00:00Z'), publisher);
    host.publish(v1.bytes, v1.signature);
    const d = deps();
    const r = await subscribe(db, d, { url: host.url, key: publisher.publicKey });
    if (!r.ok || r.value.kind !== 'subscribed') throw new Error(JSON.stringify(r));
    const sub = r.value.subscription;
    expect(sub.issued).toBe('2026-11-01T09:00:00Z');

    const v2 = await signed(issuedPack('2026-11-02T09:00:00Z', 'The Il-76 carried 74 people, the newsroom now says.'), publisher);
    host.publish(v2.bytes, v2.signature);
    expect((await updateSubscription(db, d, sub.id)).ok).toBe(true);
    expect(await quote(db)).toMatch(/74 people/);

    for (const old of [v1, await signed(newsroomPack('The Il-76 carried 12 people.'), publisher)]) {
      host.publish(old.bytes, old.signature);
      const again = await updateSubscription(db, d, sub.id);
      expect(again.ok && again.value.state).toMatchObject({
        kind: 'failed',
        reason: expect.stringMatching(/^An older version of the pack was refused: /),
      });
      expect(await quote(db)).toMatch(/74 people/);
      expect((await db.subscriptions.get(sub.id))?.issued).toBe('2026-11-02T09:00:00Z');
    }
  });

  it('does not bring back a subscription removed while its pack was downloading', async () => {
    const db = await withSeed(fresh());
    const { sub, publisher } = await subscribed(db);
    const v2 = await signed(newsroomPack('The Il-76 carried 74 people, the newsroom now says.'), publisher);
    host.publish(v2.bytes, v2.signature);
    // The reader unsubscribes while the pack is on its way: a new version, then one that fails.
    for (const tamper of [false, true]) {
      if (tamper) host.tamper(bytesOf(newsroomPack('The Il-76 carried 999 people.')));
      await db.subscriptions.put(sub);
      const removing = deps({
        fetch: async (url, init) => {
          await db.subscriptions.delete(sub.id);
          return fetch(url, init);
        },
      });
      expect(await updateSubscription(db, removing, sub.id)).toEqual({ ok: false, error: 'No such subscription (it may have been removed).' });
      expect(await db.subscriptions.count()).toBe(0);
    }
  });

  const refusedBy = async (fetcher: Fetch) => {
    const db = await withSeed(fresh());
    const { sub, d } = await subscribed(db);
    const r = await updateSubscription(db, { ...d, fetch: fetcher, timeouts: { answerMs: 1000, stallMs: 1000, totalMs: 60_000 } }, sub.id);
    expect(await quote(db)).toMatch(/80 people/);
    return r.ok ? r.value.state : undefined;
  };

  it('gives up on a host that never answers', async () => {
    const state = await refusedBy(() => new Promise(() => {}));
    expect(state).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/pack\.json gave no answer within 1 s: the host is too slow/),
    });
  });

  it('gives up on a host that stops sending the pack', async () => {
    const trickle = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('{"format"')) });
    const state = await refusedBy(async () => new Response(trickle, { status: 200 }));
    expect(state).toMatchObject({ kind: 'failed', reason: 'The host stopped sending the pack: nothing arrived for 1 s. Try again later.' });
  });

  it('gives up on a host that sends the pack a byte at a time for longer than it may', async () => {
    const db = await withSeed(fresh());
    const { sub, d } = await subscribed(db);
    // The host stops when the reader hangs up: a byte due after that is not sent.
    let hungUp = false;
    const trickle = new ReadableStream<Uint8Array>({
      pull: (c) => new Promise((done) => setTimeout(() => done(hungUp ? undefined : c.enqueue(new Uint8Array([32]))), 100)),
      cancel: () => {
        hungUp = true;
      },
    });
    const r = await updateSubscription(
      db,
      { ...d, fetch: async () => new Response(trickle, { status: 200 }), timeouts: { answerMs: 1000, stallMs: 1000, totalMs: 1000 } },
      sub.id,
    );
    expect(r.ok && r.value.state).toMatchObject({
      kind: 'failed',
      reason: 'The pack took longer than 1 s to arrive: reading stopped. Try again later.',
    });
  });

  it('refuses a pack it was sent on to over plain http on another host', async () => {
    const state = await refusedBy(async () => {
      const moved = new Response('{}', { status: 200 });
      Object.defineProperties(moved, { redirected: { value: true }, url: { value: 'http://packs.elsewhere.example/pack.json' } });
      return moved;
    });
    expect(state).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(
        /sent Parallax on to http:\/\/packs\.elsewhere\.example\/pack\.json, which is refused: The pack address must use https/,
      ),
    });
  });
});

describe('olderThanHeld', () => {
  it.each([
    [undefined, undefined, false],
    [undefined, '2026-11-01T09:00:00Z', false],
    ['2026-11-01T09:00:00Z', '2026-11-01T09:00:01Z', false],
    ['2026-11-01T09:00:00Z', '2026-11-01T09:00:00Z', true],
    ['2026-11-01T09:00:00Z', '2026-11-01T10:00:00+02:00', true],
    ['2026-11-01T09:00:00Z', undefined, true],
    ['2026-11-01T09:00:00Z', '2026-13-01T00:00Z', true],
  ])('held %s, next %s: refused %s', (held, next, refused) => {
    expect(olderThanHeld(held, next) !== undefined).toBe(refused);
  });
});

describe('a host that misbehaves at Subscribe', () => {
  it('a first read answered 304, or sent on to this computer, subscribes to nothing and says why', async () => {
    const db = await withSeed(fresh());
    const key = (await keys()).publicKey;
    const answers: [() => Response, RegExp][] = [
      [() => new Response(null, { status: 304 }), /answered 304 to a first read: no pack came\./],
      [
        () => {
          const moved = new Response('{}', { status: 200 });
          Object.defineProperties(moved, { redirected: { value: true }, url: { value: 'http://127.0.0.1:9/pack.json' } });
          return moved;
        },
        /sent Parallax on to http:\/\/127\.0\.0\.1:9\/pack\.json, which is refused: an address on this computer or its local network\./,
      ],
    ];
    for (const [answer, why] of answers) {
      const r = await subscribe(db, deps({ fetch: async () => answer() }), { url: 'https://packs.example.org/pack.json', key });
      expect(r).toMatchObject({ ok: false, error: expect.stringMatching(why) });
      expect(await db.subscriptions.count()).toBe(0);
    }
  });
});
