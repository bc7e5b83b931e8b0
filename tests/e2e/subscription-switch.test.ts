/**
 * A subscription's new version is switched in whole or not at all, in real Chromium: while a large
 * update is being written, the worker is stopped (as Chrome stops an idle one); woken again, it shows
 * the last good version, deletes what the cut-short write left, and a new update then completes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../lib/core/coverage/types';
import type { Subscription } from '../../lib/core/corpus/subscriptions';
import { generateKeyPair, signBytes } from '../../lib/core/pack/signature';
import type { ClaimPack } from '../../lib/core/pack/types';
import { type ChromiumHarness, stopWorkers } from './harness/chromium';
import { launchOnSite, type TestSite } from './harness/pages';
import { withFiller } from '../fixtures/large-pack';
import { servePacks, type PackHost } from '../fixtures/pack-server';
import { NEWSROOM, newsroomPack } from '../fixtures/subscription-pack';
import { askWorker } from './harness/ask';

const V1 = 'The Il-76 carried 80 people, according to a flight manifest seen by the newsroom.';
const V2 = 'The Il-76 carried 74 people, the newsroom now says after a second look.';

let site: TestSite;
let harness: ChromiumHarness;
let host: PackHost;
let page: Page;
let privateJwk: unknown;
let publicKey: string;

async function publish(p: ClaimPack): Promise<void> {
  const bytes = new TextEncoder().encode(JSON.stringify(p));
  const signature = await signBytes(bytes, privateJwk);
  if (!signature.ok) throw new Error(signature.error);
  host.publish(bytes, signature.value);
}

const ask = <T>(type: string, data: object = {}) => askWorker<T>(page, type, data);

/** The newsroom's quotes in the Il-76's coverage, as a card gets it. */
async function newsroomQuotes(): Promise<string[]> {
  const coverage = await ask<Coverage>('coverage', { entityId: 'il-76' });
  return coverage.facets.flatMap((f) => f.outlets.flatMap((o) => o.claims.filter((c) => c.via === NEWSROOM).map((c) => c.quote)));
}

/** The keys of the subscriptions' stored parts (not the bundled pack's), read from the extension's own database by an extension page. */
function partKeys(): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const keys = db.transaction('packParts').objectStore('packParts').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            done((keys.result as string[]).filter((k) => !k.startsWith('bundled@')));
          };
          keys.onerror = () => fail(keys.error);
        };
      }),
  );
}

beforeAll(async () => {
  ({ site, harness } = await launchOnSite());
  ({ privateJwk, publicKey } = await generateKeyPair());
  host = await servePacks({ cors: true });
  await publish(newsroomPack(V1));
  page = await harness.openExtensionPage('corpus.html');
  await page.getByRole('heading', { name: 'Subscriptions', level: 2 }).waitFor();
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
  await host?.close();
});

describe('switching a new version in (Chromium)', () => {
  it('a worker stopped while writing a large update shows the last good version, and leaves nothing of the new one', async () => {
    const answer = await ask<{ kind: string; subscription: Subscription }>('subscribe', { url: host.url, key: publicKey });
    const live = answer.subscription;
    expect(await newsroomQuotes()).toEqual([V1]);
    const liveParts = (await partKeys()).filter((k) => k.startsWith(`${live.id}@${live.gen}|`));
    expect(liveParts.length).toBeGreaterThan(0);

    await publish(withFiller(newsroomPack(V2), 60_000));
    // Its answer never comes: the worker is gone before it finishes.
    const updating = ask('updateSubscription', { id: live.id }).catch(() => undefined);
    // Parts of the new version appear one write at a time; the worker is stopped between two of them.
    await expect.poll(async () => (await partKeys()).length, { interval: 5, timeout: 60_000 }).toBeGreaterThan(liveParts.length);
    await stopWorkers(page);
    await updating;

    // Woken by the next message: the last good version, named by the record, is what cards show…
    expect(await newsroomQuotes()).toEqual([V1]);
    expect((await ask<Subscription[]>('subscriptions'))[0].gen).toBe(live.gen);
    // …and what the cut-short write left is deleted once the worker has started.
    await expect.poll(() => partKeys(), { timeout: 15_000 }).toEqual(expect.arrayContaining(liveParts));
    await expect.poll(async () => (await partKeys()).length, { timeout: 15_000 }).toBe(liveParts.length);

    // The next update completes and switches in the whole new version.
    const updated = await ask<Subscription>('updateSubscription', { id: live.id });
    expect(updated.counts.claims).toBe(60_002);
    expect(await newsroomQuotes()).toEqual([V2]);
    expect((await partKeys()).every((k) => k.startsWith(`${live.id}@${updated.gen}|`))).toBe(true);
  });
});
