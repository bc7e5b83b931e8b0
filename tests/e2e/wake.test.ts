/**
 * A stopped background is woken as a page starts loading (entrypoints/wake.content.ts), in real
 * Chromium: on a page held at its head by a script that arrives late, as over a network, the worker
 * is running again while the page is still being parsed — before its text exists — and the page's
 * mention is painted once it arrives. Chrome stops an idle worker, so this is most pages a reader opens.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopWorkers, type ChromiumHarness } from './harness/chromium';
import { launchOnSite, playwrightDriver, type TestSite, waitForMentions, mentionTexts } from './harness/pages';

/** How long the test's browser holds the page's script: far longer than a worker takes to start. */
const HELD_MS = 4_000;

let harness: ChromiumHarness;
let site: TestSite;

beforeAll(async () => {
  ({ site, harness } = await launchOnSite());
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

/** Whether the extension's service worker is running now, as the devtools protocol reports it. */
async function workerRunning(page: Page): Promise<() => boolean> {
  const cdp = await page.context().newCDPSession(page);
  const running = new Map<string, boolean>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) running.set(v.versionId, v.runningStatus === 'running');
  });
  await cdp.send('ServiceWorker.enable');
  return () => [...running.values()].some(Boolean);
}

describe('waking the background as a page starts (Chromium)', () => {
  it('a stopped worker is running again while the page is still loading, and its mention is painted', async () => {
    const page = await harness.context.newPage();
    await page.goto(site.fixture('unrelated.html'), { waitUntil: 'load' });
    const running = await workerRunning(page);
    await stopWorkers(page);
    await expect.poll(running, { timeout: 10_000 }).toBe(false);

    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/held-head.js', async (route) => {
      await Promise.race([released, new Promise((resolve) => setTimeout(resolve, HELD_MS))]);
      await route.fulfill({ contentType: 'text/javascript', body: '' });
    });
    await page.goto(site.fixture('held-head.html'), { waitUntil: 'commit' });
    // Woken while the page waits for its script: nothing of the page's text exists yet.
    await expect.poll(running, { timeout: HELD_MS - 1_000, interval: 20 }).toBe(true);
    expect(await page.evaluate(() => [document.readyState, document.querySelector('article') === null])).toEqual(['loading', true]);
    release();

    const d = playwrightDriver(page);
    expect(await waitForMentions(d)).toBe(1);
    expect(await mentionTexts(d)).toEqual(['Dmitry Peskov']);
    await page.close();
  });
});
