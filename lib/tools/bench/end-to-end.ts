/**
 * End to end, as a reader waits: from the page's DOMContentLoaded to its names painted, for the
 * extension (worker running, or stopped before each load as Chrome stops an idle one) and for
 * mark.js marking the same names in a page that loads it (./page-workloads.ts, `withMarkJs`).
 */
import type { Page } from 'playwright-core';
import type { Extension } from './extension-figures';
import { openPainted } from './extension';
import { median } from './stats';

export interface EndToEnd {
  samples: number[];
  median: number;
  marked: number;
}

/** Stops the extension's service worker (CDP), as Chrome does after it has been idle. */
async function stopWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** DOMContentLoaded → mentions painted, `n` loads of `url`, median. */
export async function extensionEndToEnd(e: Extension, url: string, n: number, workerAsleep: boolean): Promise<EndToEnd> {
  const samples: number[] = [];
  let marked = 0;
  for (let i = 0; i < n; i++) {
    if (workerAsleep) {
      await e.page.goto('about:blank');
      await stopWorkers(e.page);
      // Chrome takes a moment to tear the worker down.
      await e.page.waitForTimeout(500);
    }
    const f = await openPainted(e.page, url);
    samples.push(f.dclToPainted);
    marked = f.mentions;
  }
  return { samples, median: median(samples), marked };
}

/** The script that holds the slow article at its head, and for how long the browser delays it. */
export const SLOW_SCRIPT = 'slow-head.js';
export const SLOW_SCRIPT_MS = 300;

/**
 * extensionEndToEnd with the worker stopped, on a page held at its head by a script that arrives
 * SLOW_SCRIPT_MS late, as a page whose parts come over a network: the background is woken as the
 * page starts (entrypoints/wake.content.ts), so it has started by the time the text is spotted.
 */
export async function slowPageEndToEnd(e: Extension, url: string, n: number): Promise<EndToEnd> {
  const late = `**/${SLOW_SCRIPT}`;
  await e.page.route(late, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, SLOW_SCRIPT_MS));
    await route.continue();
  });
  try {
    return await extensionEndToEnd(e, url, n, true);
  } finally {
    await e.page.unroute(late);
  }
}

/** DOMContentLoaded → mark.js done, `n` loads of a page that runs mark.js itself, median. */
export async function markJsEndToEnd(page: Page, url: string, n: number): Promise<EndToEnd> {
  const samples: number[] = [];
  let marked = 0;
  for (let i = 0; i < n; i++) {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('markjs:done').length > 0, null, { timeout: 120_000, polling: 20 });
    const r = await page.evaluate(() => {
      const done = performance.getEntriesByName('markjs:done')[0] as PerformanceMark;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { ms: done.startTime - nav.domContentLoadedEventStart, marked: (done.detail as { marked: number }).marked };
    });
    samples.push(r.ms);
    marked = r.marked;
  }
  return { samples, median: median(samples), marked };
}

/** The longest animation frame of each page loaded alone (no extension), from DOMContentLoaded to `settleMs` after load: what the page costs itself. */
export async function pageOwnFrames(page: Page, urls: readonly string[], settleMs = 1500): Promise<number> {
  let worst = 0;
  for (const url of urls) {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    const longest = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const frames = (window as Window & { __pxFrames?: { start: number; duration: number }[] }).__pxFrames ?? [];
      return Math.max(0, ...frames.filter((f) => f.start + f.duration >= nav.domContentLoadedEventStart).map((f) => f.duration));
    });
    worst = Math.max(worst, longest);
  }
  return worst;
}
