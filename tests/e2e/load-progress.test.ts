/**
 * Progress in real Chromium, as a reader sees it while a subscription updates: a publisher's host
 * on 127.0.0.1 sends the new version of its signed pack slowly and stops half way; meanwhile the
 * popup lists the update with a <progress> bar at the bytes received, and the subscription's row on
 * My corpus says "Updating… N%" with its actions disabled. When the host sends the rest, the bar
 * goes, the row is up to date, and the new claim is in the Il-76 card.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, signBytes, type KeyPair } from '../../lib/core/pack/signature';
import type { ClaimPack } from '../../lib/core/pack/types';
import { servePacks, type PackHost } from '../fixtures/pack-server';
import { NEWSROOM, newsroomPack } from '../fixtures/subscription-pack';
import { seriousViolations } from './harness/axe';
import { activeTabId, cardClaims } from './harness/card-claims';
import type { ChromiumHarness } from './harness/chromium';
import { launchOnSite, playwrightDriver, waitForMentions, type ChromiumDriver, type TestSite } from './harness/pages';

const AFP = 'afp-2024-01-24-russia-says-plane-crashes';
const V2 = 'The Il-76 carried 74 people, the newsroom now says after a second look.';
const TASK = `Updating “${NEWSROOM}”`;

let site: TestSite;
let harness: ChromiumHarness;
let host: PackHost;
let publisher: KeyPair;
let news: Page;
let d: ChromiumDriver;
let tabId: number;
let corpus: Page;

/** Signs a version of the pack and has the host serve it; answers its bytes. */
async function publish(pack: ClaimPack): Promise<Uint8Array> {
  const bytes = new TextEncoder().encode(JSON.stringify(pack, null, 2));
  const signature = await signBytes(bytes, publisher.privateJwk);
  if (!signature.ok) throw new Error(signature.error);
  host.publish(bytes, signature.value);
  return bytes;
}

const row = () => corpus.locator('.mc-subscription');

beforeAll(async () => {
  ({ site, harness } = await launchOnSite());
  publisher = await generateKeyPair();
  host = await servePacks({ cors: true });
  await publish(newsroomPack());
  news = await harness.context.newPage();
  d = playwrightDriver(news);
  await news.goto(site.seed(AFP));
  tabId = await activeTabId(harness);
  corpus = await harness.openExtensionPage('corpus.html');
  await corpus.getByLabel('Pack address').fill(host.url);
  await corpus.getByLabel('Publisher key').fill(publisher.publicKey);
  await corpus.getByRole('button', { name: 'Subscribe', exact: true }).click();
  await row().locator('.mc-state', { hasText: 'Up to date' }).waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
  await host?.close();
});

describe('progress while a subscription updates (Chromium)', () => {
  it('the popup shows the update with a progress bar at the bytes received, and the row says how far', async () => {
    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-testid="corpus-counts"]').waitFor();
    // Nothing is loading: no progress at all.
    expect(await popup.locator('.pp-loading').count()).toBe(0);

    const bytes = await publish(newsroomPack(V2));
    const half = Math.floor(bytes.byteLength / 2);
    const gate = host.hold(half);
    await row().getByRole('button', { name: 'Update now' }).click();

    // The popup opened before asks no more (nothing was loading then); one opened now follows the update.
    const during = await harness.context.newPage();
    await during.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
    const bar = during.getByRole('progressbar', { name: TASK });
    await expect.poll(() => bar.evaluate((p: HTMLProgressElement) => [p.value, p.max]), { timeout: 15_000 }).toEqual([half, bytes.byteLength]);
    const percent = Math.floor((half * 100) / bytes.byteLength);
    expect(await during.locator('.pp-loading li').textContent()).toBe(`${TASK}${percent}%`);
    for (const scheme of ['light', 'dark'] as const) {
      await during.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(during, { include: ['.pp-corpus'] }), scheme).toEqual([]);
    }

    await expect.poll(() => row().locator('.mc-update').textContent(), { timeout: 5_000 }).toBe(`Updating… ${percent}%`);
    expect(await row().locator('.mc-update').isDisabled()).toBe(true);
    expect(await row().getByRole('button', { name: 'Unsubscribe…' }).isDisabled()).toBe(true);
    expect(await row().locator('select').isDisabled()).toBe(true);

    gate.release();
    await expect.poll(() => during.locator('.pp-loading').count(), { timeout: 15_000 }).toBe(0);
    expect(await during.locator('progress').count()).toBe(0);
    await expect.poll(() => row().locator('.mc-update').textContent(), { timeout: 5_000 }).toBe('Update now');
    expect(await row().locator('.mc-state').textContent()).toBe('Up to date');
    await during.close();
    await popup.close();
  });

  it('the new version’s claim is in the Il-76 card, via the subscription', async () => {
    await news.goto(site.seed(AFP));
    await waitForMentions(d, 10);
    expect(await cardClaims(harness, { page: news, d, tabId }, 'il-76')).toContainEqual({ quote: V2, via: `· via ${NEWSROOM}` });
  });
});
