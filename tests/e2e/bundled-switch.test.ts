/**
 * A new build's bundled pack is switched in whole or not at all, in real Chromium: the extension runs
 * once with the seed pack, then again, over the same profile, as a build that bundles a far larger
 * pack. While the worker writes it, the worker is stopped (as Chrome stops an idle one). What it had
 * written is never shown; woken, it writes the pack again, whole, deletes what the cut-short write
 * left, and a later start finds the pack stored and writes nothing. The names the worker compiled
 * (kept between its starts) follow: a woken worker spots the new pack's names, never the old build's list.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../lib/core/coverage/types';
import type { ProtocolMap } from '../../lib/core/messages/worker-protocol';
import type { Article, Claim, ClaimPack, Entity } from '../../lib/core/pack/types';
import { withFiller } from '../fixtures/large-pack';
import { askWorker } from './harness/ask';
import { type BundledStore, bundledStore } from './harness/bundled-store';
import { launchChromium, stopWorkers, type ChromiumHarness } from './harness/chromium';
import { loadSeedPack } from './harness/pages';
import { bundledDigest, copyBuiltExtension, rebundle } from './harness/rebundle';

const FILLER = 60_000;
const SEED_ENTITY = 'il-76';
/** An entity of the new pack only, with one claim: cards know it only once the new pack is in. */
const PROBE = 'rebuilt-pack-probe';
const PROBE_QUOTE = 'The rebuilt pack names a freighter crew of nine.';
const PROBE_CLAIM = 'rebuilt-pack-article@0';

let dir: string;
let extension: string;
let profile: string;
let harness: ChromiumHarness | undefined;
let page: Page;

const seed = loadSeedPack();
/** The seed pack, one article with the probe's claim, and FILLER claims about 2,000 invented people. */
function newPack(): ClaimPack {
  const article: Article = { id: 'rebuilt-pack-article', outletId: 'afp', title: 'A rebuilt pack', published: '2024-02-02', text: PROBE_QUOTE };
  const probe: Entity = {
    id: PROBE,
    name: 'Rebuilt Pack Probe',
    type: 'object',
    aliases: ['Rebuilt Pack Probe'],
    description: 'Only in the new pack.',
  };
  const claim: Claim = {
    id: PROBE_CLAIM,
    articleId: article.id,
    outletId: 'afp',
    quote: PROBE_QUOTE,
    start: 0,
    end: PROBE_QUOTE.length,
    entityIds: [PROBE],
    facetIds: [],
    speaker: { kind: 'outlet' },
    mode: 'asserted',
    numbers: [],
  };
  const withProbe = { ...seed, articles: [...seed.articles, article], entities: [...seed.entities, probe], claims: [...seed.claims, claim] };
  return withFiller(withProbe, FILLER, 'afp');
}
const next = newPack();
/** The ids of the people the filler's claims are about, shared among them evenly. */
const people = next.entities.filter((e) => e.id !== PROBE && !seed.entities.some((s) => s.id === e.id)).map((e) => e.id);

type Status = ProtocolMap['status']['response'];
const ask = <T>(type: string, data: object = {}) => askWorker<T>(page, type, data);
const status = () => ask<Status>('status');
const claimIds = (c: Coverage) => c.facets.flatMap((f) => f.outlets.flatMap((o) => o.claims.map((claim) => claim.id))).sort();
const SPOT_TEXT = 'Rebuilt Pack Probe flew the Il-76, Dmitry Peskov said.';
/** The entities the background spots in SPOT_TEXT, as a page's content script asks. */
const spotted = async () =>
  (
    await ask<{ mentions: { entityId: string }[] }>('spot', { text: SPOT_TEXT, until: SPOT_TEXT.length, state: { seen: [], reached: 0, carry: [] } })
  ).mentions.map((m) => m.entityId);

/** What cards show of the bundled pack: the seed entity's claims, the probe's (null: unknown entity). */
async function shown(): Promise<{ seed: string[]; probe: string[] | null }> {
  const ofSeed = claimIds(await ask<Coverage>('coverage', { entityId: SEED_ENTITY }));
  const probe = await ask<Coverage>('coverage', { entityId: PROBE }).then(claimIds, (e: Error) => {
    if (!e.message.includes(`Unknown entity "${PROBE}"`)) throw e;
    return null;
  });
  return { seed: ofSeed, probe };
}

/** The browser with the copied extension over the test's profile, and a page of the extension that asks nothing by itself. */
async function launch(): Promise<void> {
  harness = await launchChromium({ extensionDir: extension, profile });
  page = await harness.context.newPage();
  // The manifest, not one of the extension's pages: those message the worker themselves, and would wake it.
  await page.goto(`chrome-extension://${harness.extensionId}/manifest.json`);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'parallax-e2e-bundled-'));
  extension = path.join(dir, 'extension');
  profile = path.join(dir, 'profile');
  await copyBuiltExtension(extension);
  await launch();
});

afterAll(async () => {
  await harness?.close();
  if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
});

describe('switching a new build’s bundled pack in (Chromium)', () => {
  let before: { seed: string[]; probe: string[] | null };
  let seedStore: BundledStore;
  let newDigest: string;

  it('the first build stores the seed pack, and cards show it', async () => {
    before = await shown();
    expect(before.seed.length).toBeGreaterThan(0);
    expect(await spotted()).toEqual([SEED_ENTITY, 'dmitry-peskov']);
    // Woken again (its compiled names kept, or compiled anew if not yet written), it spots the same names.
    await stopWorkers(page);
    expect(await spotted()).toEqual([SEED_ENTITY, 'dmitry-peskov']);
    expect(before.probe).toBeNull();
    const s = await status();
    expect(s.pack).toMatchObject({ digest: await bundledDigest(extension), counts: { claims: seed.claims.length } });
    seedStore = await bundledStore(page);
    expect(seedStore.record?.stamp.digest).toBe(s.pack?.digest);
    expect(seedStore.keys.length).toBeGreaterThan(0);
    expect(seedStore.keys.every((k) => k.startsWith(`bundled@${seedStore.record?.gen}|`))).toBe(true);
  });

  it('a worker stopped while writing the new build’s pack shows none of it; woken, it writes it whole and deletes the cut-short write', async () => {
    await harness?.close();
    newDigest = await rebundle(extension, new TextEncoder().encode(JSON.stringify(next)));
    await launch();

    // A card asked for now is answered with a whole pack, or not at all (the worker is stopped first).
    const early = shown().catch(() => 'stopped' as const);
    // Stopped between two writes of the new generation's parts.
    await expect
      .poll(async () => (await status()).loading.find((t) => t.key === 'bundled' && t.done > 0 && t.done < t.total), { interval: 5, timeout: 30_000 })
      .toBeDefined();
    await stopWorkers(page);
    const answered = await early;
    if (answered !== 'stopped') expect([before, whole()]).toContainEqual(answered);

    // The worker is stopped: the record still names the seed pack's generation, all of it kept, beside parts of a new one.
    const cut = await bundledStore(page);
    expect(cut.record).toEqual(seedStore.record);
    expect(cut.keys).toEqual(expect.arrayContaining(seedStore.keys));
    const leftover = cut.keys.filter((k) => !seedStore.keys.includes(k));
    expect(leftover.length).toBeGreaterThan(0);
    expect(cut.writing.length).toBe(1);

    // Woken by a message: cards show a whole pack (the old, or the new once written), then the new one, complete.
    expect([before, whole()]).toContainEqual(await shown());
    await expect
      .poll(status, { timeout: 30_000 })
      .toMatchObject({ pack: { digest: newDigest, counts: { claims: seed.claims.length + 1 + FILLER } }, loadError: null, loading: [] });
    expect(await shown()).toEqual(whole());
    expect(await spotted()).toEqual([PROBE, SEED_ENTITY, 'dmitry-peskov']);
    // Every invented person's claims, whichever part holds them.
    expect(new Set(await fillerCounts())).toEqual(new Set([FILLER / people.length]));

    // Stored: one generation, complete; nothing of the cut-short write nor of the seed pack's left.
    const stored = await bundledStore(page);
    expect(stored.record).toMatchObject({ stamp: { digest: newDigest } });
    expect(stored.missing).toEqual([]);
    const live = `bundled@${stored.record?.gen}|`;
    await expect.poll(async () => (await bundledStore(page)).keys.filter((k) => !k.startsWith(live)), { timeout: 15_000 }).toEqual([]);
    expect((await bundledStore(page)).writing).toEqual([]);
  });

  it('a later start finds the new pack stored and writes nothing', async () => {
    const stored = await bundledStore(page);
    await stopWorkers(page);
    expect(await shown()).toEqual(whole());
    expect(await spotted()).toEqual([PROBE, SEED_ENTITY, 'dmitry-peskov']);
    expect((await status()).loading).toEqual([]);
    expect(await bundledStore(page)).toEqual(stored);
  });

  /** What cards show of the new pack: the seed entity's claims as before, and the probe's one claim. */
  function whole() {
    return { seed: before.seed, probe: [PROBE_CLAIM] };
  }
});

/** How many claims each invented person's card counts (those it was sent and those it says it was not; -1: unknown), asked in the page. */
function fillerCounts(): Promise<number[]> {
  return page.evaluate(async (ids) => {
    const chrome = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } } }
    ).chrome;
    // All asked at once: the worker answers them as its reads come back, far sooner than one by one.
    return Promise.all(
      ids.map(async (entityId) => {
        const r = await chrome.runtime.sendMessage({ type: 'coverage', data: { entityId } });
        const c = r.value as { facets: { outlets: { claims: unknown[]; more?: number }[] }[] } | undefined;
        return c ? c.facets.reduce((n, f) => n + f.outlets.reduce((m, o) => m + o.claims.length + (o.more ?? 0), 0), 0) : -1;
      }),
    );
  }, people);
}
