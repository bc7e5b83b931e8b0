/**
 * Figures of the built extension in Chromium, read from the page side without touching the page:
 * the content script's performance marks (`parallax:start`, `parallax:painted`), long tasks (a
 * PerformanceObserver registered before load), the JS heap (CDP), the click a card's latency is
 * timed from (./card-clicks.ts), and the time the service worker takes to have the bundled pack in
 * IndexedDB (asked through the `status` message from an extension page).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Runs in the page's main world before any of its scripts. Plain JavaScript source (not a function
 * to serialise: tsx would wrap its inner functions in a helper the page does not have).
 */
const OBSERVE_PAGE = `(() => {
  const w = window;
  w.__pxLong = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__pxLong.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Long animation frames say what a long frame was spent on: scripts (with their source) or rendering.
  w.__pxFrames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      w.__pxFrames.push({
        start: e.startTime, duration: e.duration, renderStart: e.renderStart, styleAndLayoutStart: e.styleAndLayoutStart,
        scripts: e.scripts.map((s) => ({ invoker: s.invoker, source: s.sourceURL, duration: s.duration })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });

  // Popover latency: from the click (capture, before the content script sees it) to the card showing
  // its claims (or its empty or error note); the card's root is watched by watchPopover below.
  w.__pxPopover = [];
  w.__pxClickedAt = -1;
  addEventListener('click', () => { w.__pxClickedAt = performance.now(); }, true);
})();`;

export async function preparePages(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: OBSERVE_PAGE });
  // Pages name no icon; answer the request here rather than with a 404.
  await context.route('**/favicon.ico', (r) => r.fulfill({ status: 204, body: '' }));
}

export interface PageFigures {
  url: string;
  /** Content script start → the first whole-page scan painted, ms. */
  startToPainted: number;
  /** Navigation start → painted, ms. */
  navToPainted: number;
  /** DOMContentLoaded → painted, ms (what a reader waits for once the page's document is in). */
  dclToPainted: number;
  mentions: number;
  /** The longest task from the content script's start until a second after painting, ms (0: none ≥ 50 ms). */
  longestTask: number;
  longTasks: number;
  /** The longest animation frame in the same span, ms (0: none ≥ 50 ms), and what it was spent on. */
  longestFrame: number;
  longestFrameDetail?: unknown;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Waits until `expression` is true in the page, asking every 20 ms through the devtools protocol.
 * Not page.waitForFunction: Playwright first evaluates its own injected script in the page, 20–30 ms
 * of the page's main thread that landed between DOMContentLoaded and the mentions painted, inside
 * the very time being measured.
 */
export async function pollInPage(page: Page, expression: string, timeoutMs: number): Promise<void> {
  if (!sessions.has(page)) sessions.set(page, page.context().newCDPSession(page));
  const session = await sessions.get(page)!;
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { result } = await session.send('Runtime.evaluate', { expression, returnByValue: true });
    if (result.value === true) return;
    if (Date.now() > until) throw new Error(`${expression} was still not true after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Opens `url` and waits for the content script to mark the page painted. */
export async function openPainted(page: Page, url: string, timeoutMs = 60_000): Promise<PageFigures> {
  await page.goto(url, { waitUntil: 'load' });
  await pollInPage(page, "performance.getEntriesByName('parallax:painted').length > 0", timeoutMs);
  await page.waitForTimeout(1000);
  return page.evaluate((u) => {
    const start = performance.getEntriesByName('parallax:start')[0].startTime;
    const painted = performance.getEntriesByName('parallax:painted')[0].startTime;
    const long = ((window as Window & { __pxLong?: { start: number; duration: number }[] }).__pxLong ?? []).filter(
      (t) => t.start + t.duration >= start,
    );
    // Frames the extension took part in: begun after its start, or running one of its scripts. A
    // frame the page began before (its own first layout of a large document) is the page's.
    type Frame = { start: number; duration: number; scripts: { source: string }[] };
    const frames = ((window as Window & { __pxFrames?: Frame[] }).__pxFrames ?? []).filter(
      (f) => f.start >= start || (f.start + f.duration >= start && f.scripts.some((x) => x.source.startsWith('chrome-extension://'))),
    );
    const worst = frames.reduce<Frame | undefined>((w, f) => (!w || f.duration > w.duration ? f : w), undefined);
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      url: u,
      startToPainted: painted - start,
      navToPainted: painted,
      dclToPainted: painted - nav.domContentLoadedEventStart,
      longestFrame: worst?.duration ?? 0,
      longestFrameDetail: worst,
      // What the scan found (a very large page has only the mentions near the viewport painted).
      mentions: (performance.getEntriesByName('parallax:painted')[0] as PerformanceMark).detail?.mentions ?? 0,
      longestTask: Math.max(0, ...long.map((t) => t.duration)),
      longTasks: long.length,
    };
  }, url);
}

/** The page's JS heap in bytes (the whole renderer isolate: page and content script) after a full GC. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

export interface PackLoad {
  /** Service worker start → the bundled pack committed to IndexedDB (the first `status` that reports it), ms. */
  ms: number;
  claims: number;
}

/** How long the freshly started service worker took to have its bundled pack in IndexedDB. */
export async function packLoadTime(context: BrowserContext, extensionId: string, swOrigin: number): Promise<PackLoad> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'domcontentloaded' });
  const answer = await page.evaluate(async () => {
    type Status = { ok: boolean; value?: { pack: { counts: { claims: number } } | null; loadError: string | null } };
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Status> } } }).chrome.runtime;
    for (;;) {
      const r = await runtime.sendMessage({ type: 'status', data: {} });
      if (r.ok && r.value?.loadError) throw new Error(r.value.loadError);
      if (r.ok && r.value?.pack) return { at: performance.timeOrigin + performance.now(), claims: r.value.pack.counts.claims };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  await page.close();
  return { ms: answer.at - swOrigin, claims: answer.claims };
}
