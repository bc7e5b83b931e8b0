/**
 * Subscriptions in real Chromium, as a reader and a publisher do it: the publisher makes a key and
 * signs a pack with `npm run pack`; a host on 127.0.0.1 (allowing cross-origin reads) serves it; the
 * reader subscribes on My corpus and finds its claim in the Il-76 card "via Harbour Newsroom"; a new
 * version arrives with Update now; a 304 changes nothing; a tampered, oversized or invalid pack, or
 * an older version served again, is refused with the last good version kept; an unreachable address is refused; Unsubscribe leaves
 * the corpus exactly as it was.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Subscription } from '../../lib/core/corpus/subscriptions';
import type { ClaimPack } from '../../lib/core/pack/types';
import { activeTabId, cardClaims, type CardClaim } from './harness/card-claims';
import type { ChromiumHarness } from './harness/chromium';
import { launchOnSite, playwrightDriver, waitForMentions, type ChromiumDriver, type TestSite } from './harness/pages';
import { servePacks, type PackHost } from '../fixtures/pack-server';
import { NEWSROOM, newsroomPack } from '../fixtures/subscription-pack';
import { askWorker } from './harness/ask';

const AFP = 'afp-2024-01-24-russia-says-plane-crashes';
const V1 = 'The Il-76 carried 80 people, according to a flight manifest seen by the newsroom.';
const V2 = 'The Il-76 carried 74 people, the newsroom now says after a second look.';
const root = path.join(import.meta.dirname, '..', '..');

let site: TestSite;
let harness: ChromiumHarness;
let news: Page;
let d: ChromiumDriver;
let corpus: Page;
let host: PackHost;
let dir: string;
let publicKey: string;
let before: ClaimPack;
let tabId: number;

/** Runs `npm run pack -- …` as a publisher does. */
const pack = (...args: string[]) =>
  new Promise<string>((done, fail) =>
    execFile('npm', ['run', '-s', 'pack', '--', ...args], { cwd: root }, (error, stdout, stderr) =>
      error ? fail(new Error(stderr || String(error))) : done(stdout),
    ),
  );

/** Writes a version of the pack, signs it with the CLI and has the host serve it. */
async function publish(p: ClaimPack): Promise<void> {
  const file = path.join(dir, 'pack.json');
  await writeFile(file, JSON.stringify(p, null, 2));
  await pack('sign', file, '--key', path.join(dir, 'keys', 'private.jwk'));
  host.publish(new Uint8Array(await readFile(file)), await readFile(`${file}.sig`, 'utf8'));
}

const ask = askWorker;

/** The Il-76's card on AFP's seed page, opened through the popup: each claim's quote and its "via". */
async function il76Card(): Promise<CardClaim[]> {
  await news.goto(site.seed(AFP));
  await waitForMentions(d, 10);
  return cardClaims(harness, { page: news, d, tabId }, 'il-76');
}

const item = () => corpus.locator('.mc-subscription');
const state = () => item().locator('.mc-state');
const subscriptions = () => ask<Subscription[]>(corpus, 'subscriptions');

async function updateNow(): Promise<void> {
  await item().getByRole('button', { name: 'Update now' }).click();
  await item().getByRole('button', { name: 'Update now' }).waitFor();
}

beforeAll(async () => {
  ({ site, harness } = await launchOnSite());
  dir = await mkdtemp(path.join(tmpdir(), 'parallax-e2e-subs-'));
  await pack('keygen', '--out', path.join(dir, 'keys'));
  publicKey = (await readFile(path.join(dir, 'keys', 'public.txt'), 'utf8')).trim();
  host = await servePacks({ cors: true });
  await publish(newsroomPack(V1));
  news = await harness.context.newPage();
  d = playwrightDriver(news);
  await news.goto(site.seed(AFP));
  // The news tab was just opened, so it is the active one; it keeps its id as it navigates.
  tabId = await activeTabId(harness);
  corpus = await harness.openExtensionPage('corpus.html');
  await corpus.getByRole('heading', { name: 'Subscriptions', level: 2 }).waitFor();
  before = await ask<ClaimPack>(corpus, 'exportPack');
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
  await host?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('subscribing to a signed pack (Chromium)', () => {
  it('subscribes through the form and lists the subscription as up to date', async () => {
    await corpus.getByLabel('Pack address').fill(host.url);
    await corpus.getByLabel('Publisher key').fill(publicKey);
    await corpus.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect.poll(() => item().count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => item().locator('h3').textContent()).toBe(NEWSROOM);
    expect(await state().textContent()).toBe('Up to date');
    expect(await item().locator('.mc-holds').textContent()).toBe('Holds 2 articles, 2 claims, 2 outlets');
    expect(await item().locator('.mc-fingerprint').textContent()).toMatch(/^Key [0-9A-F]{4}(·[0-9A-F]{4}){3}$/);
    expect(host.requests[0].cookie).toBeUndefined();
  });

  it('shows its claim in the Il-76 card, via the subscription', async () => {
    const claims = await il76Card();
    expect(claims).toContainEqual({ quote: V1, via: `· via ${NEWSROOM}` });
    // The pack's forged AFP claim never reaches the card: AFP's rows are the bundled ones.
    expect(claims.some((c) => /retracts/.test(c.quote))).toBe(false);
  });

  it('follows a new version on Update now', async () => {
    await publish(newsroomPack(V2));
    await updateNow();
    expect(await state().textContent()).toBe('Up to date');
    expect((await subscriptions())[0].revision).toBe(2);
    expect(await il76Card()).toContainEqual({ quote: V2, via: `· via ${NEWSROOM}` });
  });

  it("a 304 leaves the rows' revision and last change as they were", async () => {
    const [s] = await subscriptions();
    const asked = host.requests.length;
    await updateNow();
    expect(host.requests.length).toBe(asked + 1);
    expect(host.requests.at(-1)?.ifNoneMatch).toBe(s.etag);
    const [after] = await subscriptions();
    expect(after).toMatchObject({ revision: s.revision, lastChanged: s.lastChanged, state: { kind: 'ok' } });
    expect(after.lastChecked).toBeGreaterThan(s.lastChecked!);
  });

  it('refuses a pack changed after signing, says why, and keeps the last good version', async () => {
    host.tamper(new TextEncoder().encode(JSON.stringify(newsroomPack('The Il-76 carried 999 people.'))));
    await updateNow();
    expect(await state().textContent()).toMatch(
      /^Update failed .*: Signature refused: The signature does not match.*The last good version is kept\.$/,
    );
    expect(await il76Card()).toContainEqual({ quote: V2, via: `· via ${NEWSROOM}` });
  });

  it('refuses a pack over the 64 MB cap, and an invalid one, each saying why', async () => {
    host.endless();
    await updateNow();
    expect(await state().textContent()).toMatch(/The pack is larger than the cap of 64 MB: reading stopped there\./);
    const invalid = newsroomPack(V2);
    invalid.claims[0].start = 5;
    await publish(invalid);
    await updateNow();
    expect(await state().textContent()).toMatch(/Not a valid claim pack: claims\[0\]\.quote: is not the article's text at 5–/);
    expect((await subscriptions())[0].revision).toBe(2);
  });

  it('refuses an older signed version served again, once a version with an issue time is held', async () => {
    const V3 = 'The Il-76 carried 65 people, the newsroom says in its third version.';
    await publish({ ...newsroomPack(V3), issued: '2026-11-27T10:00:00Z' });
    await updateNow();
    expect(await state().textContent()).toBe('Up to date');
    // The host serves a version the publisher signed earlier (found by the session-16 attack suite).
    await publish({ ...newsroomPack(V2), issued: '2026-11-26T10:00:00Z' });
    await updateNow();
    expect(await state().textContent()).toMatch(
      /^Update failed .*: An older version of the pack was refused: it was issued 2026-11-26T10:00:00Z, not after the pack you have \(issued 2026-11-27T10:00:00Z\)\./,
    );
    expect(await il76Card()).toContainEqual({ quote: V3, via: `· via ${NEWSROOM}` });
  });

  it('refuses an unreachable address at Subscribe, saying so', async () => {
    const closed = await servePacks();
    const url = closed.url;
    await closed.close();
    await corpus.getByLabel('Pack address').fill(url);
    await corpus.getByLabel('Publisher key').fill(publicKey);
    await corpus.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect
      .poll(() => corpus.locator('.mc-subscriptions form [role="alert"]').textContent(), { timeout: 15_000 })
      .toContain(`Not subscribed: No answer from ${url}`);
    expect(await item().count()).toBe(1);
  });

  it("the popup's filters hide the subscription like an outlet, and show it again", async () => {
    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('tab', { name: 'Filters' }).click();
    const box = popup.getByLabel(`Claims via ${NEWSROOM}`);
    await box.uncheck();
    await expect.poll(() => il76Card().then((claims) => claims.some((c) => c.via !== '')), { timeout: 10_000 }).toBe(false);
    await box.check();
    await popup.close();
    await expect.poll(() => il76Card().then((claims) => claims.some((c) => c.via !== '')), { timeout: 10_000 }).toBe(true);
  });

  it('unsubscribes after asking, and the corpus is exactly as it was before', async () => {
    await item().getByRole('button', { name: 'Unsubscribe…' }).click();
    await item().getByRole('button', { name: 'Unsubscribe', exact: true }).click();
    await expect.poll(() => item().count(), { timeout: 10_000 }).toBe(0);
    expect(await ask<ClaimPack>(corpus, 'exportPack')).toEqual(before);
    expect((await il76Card()).some((c) => c.via !== '')).toBe(false);
  });
});
