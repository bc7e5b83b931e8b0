/**
 * The bundled pack from a fresh worker's start until it is queryable, measured as the subscription
 * row measures a pack (./subscription-figures.ts): from an extension page, `coverage` for an entity
 * only that pack has, asked every 50 ms until its answer has claims; meanwhile `status` is asked
 * every 50 ms, as the popup does while something loads. Times are from the service worker's
 * timeOrigin (its script starts after it). Every wait has a deadline.
 */
import { launch } from './browser';
import { UNTIL_PROBE_HAS_CLAIMS } from './subscription-figures';

export interface BundledLoad {
  /** Worker start → the first coverage answer for `probe` with claims, ms; undefined: not within the deadline. */
  ms?: number;
  /** Worker start → the first `status` that reports the pack, ms. */
  statusMs?: number;
  claims: number;
  polls: number;
  /** Round trips of `status` asked while the pack was loading, ms. */
  status: number[];
  error?: string;
}

/** Runs in the extension page. Plain JavaScript source: tsx would wrap inner functions in a helper the page does not have. */
const UNTIL_QUERYABLE = `async ({ probe, swOrigin, timeoutMs }) => {
  const since = () => performance.timeOrigin + performance.now() - swOrigin;
  const t0 = performance.now();
  const left = () => timeoutMs - (performance.now() - t0);
  const within = (p) => Promise.race([p, new Promise((done) => setTimeout(() => done(undefined), Math.max(0, left())))]);
  const ask = (type, data) => chrome.runtime.sendMessage({ type, data }).catch((e) => ({ ok: false, error: String(e) }));
  const pause = (ms) => new Promise((done) => setTimeout(done, Math.max(0, ms)));
  const out = { claims: 0, polls: 0, status: [] };
  const statusLoop = (async () => {
    while (out.ms === undefined && out.error === undefined && left() > 0) {
      const tick = performance.now();
      const r = await within(ask('status', {}));
      if (out.ms === undefined) out.status.push(performance.now() - tick);
      if (r && r.ok && r.value.loadError) out.error = r.value.loadError;
      if (r && r.ok && r.value.pack && out.statusMs === undefined) out.statusMs = since();
      await pause(50 - (performance.now() - tick));
    }
  })();
  const claims = await (${UNTIL_PROBE_HAS_CLAIMS})(ask, within, probe, out, () => out.error === undefined && left() > 0);
  if (claims > 0) {
    out.ms = since();
    out.claims = claims;
  }
  await statusLoop;
  return out;
}`;

/** Starts the extension built in `dir` in a fresh profile and waits (at most `timeoutMs`) until `probe`'s card has claims. */
export async function startUntilQueryable(dir: string, probe: string, timeoutMs: number): Promise<BundledLoad> {
  const browser = await launch(dir);
  try {
    const { context } = browser;
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
    const swOrigin = await sw.evaluate(() => performance.timeOrigin);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(sw.url()).host}/popup.html`, { waitUntil: 'domcontentloaded' });
    return (await page.evaluate(`(${UNTIL_QUERYABLE})(${JSON.stringify({ probe, swOrigin, timeoutMs })})`)) as BundledLoad;
  } finally {
    await browser.close();
  }
}
