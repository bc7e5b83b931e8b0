/**
 * Figures of the built extension in Chromium, read from the page side without touching the page:
 * the content script's performance marks (`parallax:start`, `parallax:painted`), long tasks (a
 * PerformanceObserver registered before load), the JS heap (CDP), the popover's latency from click
 * to claims rendered (a MutationObserver on its shadow root, which is closed to page script, so it
 * is reached through the devtools protocol), and the time the service worker takes
 * to have the bundled pack in IndexedDB (asked through the `status` message from an extension page).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { inRoot } from '../cli/closed-root';
import { percentile } from './stats';

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

/**
 * Watches the card's shadow root (run with `this` = the root, in the page's main world, through the
 * devtools protocol): records click → claims rendered into window.__pxPopover. Once per root.
 */
function watchRoot(this: ShadowRoot) {
  const w = window as unknown as { __pxPopover: { ms: number; claims: number }[]; __pxClickedAt: number; __pxWatched?: ShadowRoot };
  if (w.__pxWatched === this) return;
  w.__pxWatched = this;
  const check = () => {
    const card = this.querySelector('.px-popover');
    if (w.__pxClickedAt < 0 || !card || card.querySelector('.px-loading') || !card.querySelector('.px-outlet, .px-empty, .px-error')) return;
    w.__pxPopover.push({ ms: performance.now() - w.__pxClickedAt, claims: card.querySelectorAll('.px-claim').length });
    w.__pxClickedAt = -1;
  };
  new MutationObserver(check).observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
  check();
}

/** Starts watching the card's root once the card exists; false while there is none yet. */
async function watchPopover(page: Page): Promise<boolean> {
  return (await inRoot(page, 'parallax-popover').evaluate(watchRoot, null)) !== undefined;
}

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

/** Opens `url` and waits for the content script to mark the page painted. */
export async function openPainted(page: Page, url: string, timeoutMs = 60_000): Promise<PageFigures> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('parallax:painted').length > 0, null, { timeout: timeoutMs, polling: 20 });
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
      mentions: CSS.highlights.get('parallax-mention')?.size ?? 0,
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

export interface PopoverFigures {
  samples: number[];
  p50: number;
  p95: number;
  /** Median number of claims the popover showed. */
  claims: number;
  entities: number;
}

/** Clicks `reps` mentions in turn (cycling over up to `distinct` entities), timing click → claims rendered. */
export async function popoverLatency(page: Page, reps = 24, distinct = 8): Promise<PopoverFigures> {
  const targets = await page.evaluate((n) => {
    const seen = new Set<string>();
    const out: number[] = [];
    [...(CSS.highlights.get('parallax-mention') ?? [])].forEach((r, i) => {
      const key = (r as Range).toString().toLowerCase();
      if (out.length < n && !seen.has(key)) {
        seen.add(key);
        out.push(i);
      }
    });
    return out;
  }, distinct);
  const before = await page.evaluate(() => (window as Window & { __pxPopover?: unknown[] }).__pxPopover!.length);
  // The root exists once a card has been shown (the warm-up run); until then, watch right after a click.
  let watching = await watchPopover(page);
  for (let i = 0; i < reps; i++) {
    const index = targets[i % targets.length];
    const rect = await page.evaluate((k) => {
      const range = [...(CSS.highlights.get('parallax-mention') ?? [])][k] as Range;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, index);
    await page.mouse.click(rect.x, rect.y);
    if (!watching) watching = await watchPopover(page);
    await page.waitForFunction((n) => (window as Window & { __pxPopover?: unknown[] }).__pxPopover!.length > n, before + i, {
      timeout: 10_000,
      polling: 20,
    });
    await page.keyboard.press('Escape');
    const card = inRoot(page, 'parallax-popover');
    for (const deadline = Date.now() + 5_000; (await card.count('.px-popover')) > 0; ) {
      if (Date.now() > deadline) throw new Error('The card did not close within 5 s of Escape');
      await page.waitForTimeout(20);
    }
    await page.waitForTimeout(50);
  }
  const all = await page.evaluate(() => (window as Window & { __pxPopover?: { ms: number; claims: number }[] }).__pxPopover!);
  const rows = all.slice(before);
  const samples = rows.map((r) => r.ms);
  return {
    samples,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    claims: percentile(
      rows.map((r) => r.claims),
      50,
    ),
    entities: targets.length,
  };
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
