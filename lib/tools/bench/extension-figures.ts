/**
 * The extension's figures in Chromium: start → painted on the seed pages and the long articles,
 * the longest main-thread task while scanning, JS heap growth, pack load times, and the time one
 * message to the background takes (cards: ./card-clicks.ts).
 */
import type { Page } from 'playwright-core';
import { launch, type BenchBrowser } from './browser';
import { heapAfterGc, openPainted, packLoadTime, preparePages, type PackLoad, type PageFigures } from './extension';
import { median, percentile, trimmedMean } from './stats';

export interface Extension {
  browser: BenchBrowser;
  page: Page;
  pack: PackLoad;
}

/** Launches a fresh profile with the extension and times its first pack load. */
export async function startExtension(dir: string): Promise<Extension> {
  const browser = await launch(dir);
  try {
    const { context } = browser;
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
    const origin = await sw.evaluate(() => performance.timeOrigin);
    const pack = await packLoadTime(context, new URL(sw.url()).host, origin);
    await preparePages(context);
    return { browser, page: await context.newPage(), pack };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

export interface Repeated {
  runs: PageFigures[];
  startToPainted: number;
  /** Start → painted, the mean of the loads once the fastest and the slowest fifth are set aside. */
  startToPaintedTrimmed: number;
  longestTask: number;
  longestFrame: number;
  runsWithLongTask: number;
  mentions: number;
}

/** Opens `url` `n` times (a fresh document each time). */
export async function repeatPage(page: Page, url: string, n: number): Promise<Repeated> {
  const runs: PageFigures[] = [];
  for (let i = 0; i < n; i++) runs.push(await openPainted(page, url));
  return repeated(runs);
}

/**
 * Opens `url` `n` times in each of two browsers, one load in each by turns: what slows the host for a
 * while slows both sides of a ratio alike.
 */
export async function pairedPage(a: Page, b: Page, url: string, n: number): Promise<[Repeated, Repeated]> {
  const runs: [PageFigures[], PageFigures[]] = [[], []];
  for (let i = 0; i < n; i++) {
    runs[0].push(await openPainted(a, url));
    runs[1].push(await openPainted(b, url));
  }
  return [repeated(runs[0]), repeated(runs[1])];
}

function repeated(runs: PageFigures[]): Repeated {
  const times = runs.map((r) => r.startToPainted);
  return {
    runs,
    startToPainted: median(times),
    startToPaintedTrimmed: trimmedMean(times, 0.2),
    longestTask: Math.max(...runs.map((r) => r.longestTask)),
    longestFrame: Math.max(...runs.map((r) => r.longestFrame)),
    runsWithLongTask: runs.filter((r) => r.longTasks > 0).length,
    mentions: runs[0].mentions,
  };
}

/** JS heap after GC on `url` with the extension's page, minus the same page in a plain browser. */
export async function heapGrowth(ext: Page, plain: Page, url: string): Promise<{ withExtension: number; without: number }> {
  await openPainted(ext, url);
  const withExtension = await heapAfterGc(ext);
  await plain.goto(url, { waitUntil: 'load' });
  await plain.waitForTimeout(1500);
  const without = await heapAfterGc(plain);
  return { withExtension, without };
}

export interface MessageTiming {
  p50: number;
  p95: number;
  /** Bytes of the answer as JSON (what crosses from the background to the page). */
  bytes: number;
}

/**
 * One background message timed alone, from an extension page (round trip, the answer deserialised):
 * `coverage` is the background's share of popover latency, `gazetteer` what every page asks first.
 */
export async function messageTime(e: Extension, messages: { type: string; data: object }[], reps: number): Promise<MessageTiming> {
  const sw = e.browser.context.serviceWorkers()[0];
  const page = await e.browser.context.newPage();
  await page.goto(`chrome-extension://${new URL(sw.url()).host}/popup.html`, { waitUntil: 'domcontentloaded' });
  const { samples, bytes } = await page.evaluate(
    async ({ messages, reps }) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime;
      const out: number[] = [];
      let size = 0;
      for (let i = 0; i < reps; i++) {
        const t0 = performance.now();
        const r = await runtime.sendMessage(messages[i % messages.length]);
        out.push(performance.now() - t0);
        if (!r.ok) throw new Error(JSON.stringify(r));
        size = JSON.stringify(r).length;
      }
      return { samples: out, bytes: size };
    },
    { messages, reps },
  );
  await page.close();
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), bytes };
}

export const coverageQuery = (e: Extension, entityIds: string[], reps = 24) =>
  messageTime(
    e,
    entityIds.map((entityId) => ({ type: 'coverage', data: { entityId, sentence: '' } })),
    reps,
  );
