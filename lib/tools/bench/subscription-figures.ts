/**
 * Subscriptions at scale, timed from an extension page (the My corpus page) through the messages its
 * Subscriptions section sends: `subscribe {url, key}` until a `coverage` answer for an entity of
 * that pack alone has claims (the pack is queryable), and `updateSubscription` while `status` is
 * asked every 50 ms. Every wait has a deadline: past it the figure says it did not finish.
 */
import type { Page } from 'playwright-core';
import type { Extension } from './extension-figures';

/** The My corpus page of the extension, in a tab of its own. */
export async function corpusPage(e: Extension): Promise<Page> {
  const sw = e.browser.context.serviceWorkers()[0];
  const page = await e.browser.context.newPage();
  await page.goto(`chrome-extension://${new URL(sw.url()).host}/corpus.html`, { waitUntil: 'domcontentloaded' });
  return page;
}

export interface Queryable {
  /** Subscribe sent → the first coverage answer with the pack's claims, ms; undefined: not within the deadline. */
  ms?: number;
  /** Subscribe sent → its answer, ms (undefined: no answer within the deadline). */
  answeredMs?: number;
  subscriptionId?: string;
  claims: number;
  polls: number;
  error?: string;
}

/**
 * In-page source of a function that asks `coverage` for `probe` every 50 ms (counting the asks in
 * `out.polls`) while `going()` holds, until an answer has claims; resolves to their number, or 0.
 * Shared by every "→ queryable" figure (here and ./bundled-load.ts).
 */
export const UNTIL_PROBE_HAS_CLAIMS = `async (ask, within, probe, out, going) => {
  while (going()) {
    const tick = performance.now();
    const r = await within(ask('coverage', { entityId: probe, sentence: '' }));
    out.polls++;
    const claims = r && r.ok ? r.value.facets.reduce((n, f) => n + f.outlets.reduce((m, o) => m + o.claims.length, 0), 0) : 0;
    if (claims > 0) return claims;
    await new Promise((done) => setTimeout(done, Math.max(0, 50 - (performance.now() - tick))));
  }
  return 0;
}`;

/**
 * Runs in the extension page. Plain JavaScript source: tsx would wrap inner functions in a helper
 * the page does not have. `within` bounds a message that does not answer (the deadline passes).
 */
const SUBSCRIBE_UNTIL_QUERYABLE = `async ({ url, key, probe, timeoutMs }) => {
  const t0 = performance.now();
  const left = () => timeoutMs - (performance.now() - t0);
  const within = (p) => Promise.race([p, new Promise((done) => setTimeout(() => done(undefined), Math.max(0, left())))]);
  const ask = (type, data) => chrome.runtime.sendMessage({ type, data }).catch((e) => ({ ok: false, error: String(e) }));
  const out = { claims: 0, polls: 0 };
  const answer = ask('subscribe', { url, key }).then((r) => {
    out.answeredMs = performance.now() - t0;
    if (!r.ok) out.error = r.error;
    else if (r.value.kind !== 'subscribed') out.error = 'the host needs a permission: ' + r.value.origin;
    else out.subscriptionId = r.value.subscription.id;
    return r;
  });
  const claims = await (${UNTIL_PROBE_HAS_CLAIMS})(ask, within, probe, out, () => out.error === undefined && left() > 0);
  if (claims > 0) {
    out.ms = performance.now() - t0;
    out.claims = claims;
  }
  await within(answer);
  return out;
}`;

/** Subscribes the browser to the pack at `url` and waits (at most `timeoutMs`) until `probe`'s card has its claims. */
export async function subscribeUntilQueryable(page: Page, pack: { url: string; key: string; probe: string }, timeoutMs: number): Promise<Queryable> {
  return (await page.evaluate(`(${SUBSCRIBE_UNTIL_QUERYABLE})(${JSON.stringify({ ...pack, timeoutMs })})`)) as Queryable;
}

export interface StatusRounds {
  /** Round trips of `status`, ms (one begun every 50 ms, or at once after a slower one). */
  samples: number[];
  /** The update's message sent → answered, ms (undefined for the idle rounds, or not within the deadline). */
  updateMs?: number;
  updateError?: string;
  /** The subscription's revision after the update (it counts up each time its rows are replaced). */
  revision?: number;
  /** Rounds cut by the deadline (still unanswered then). */
  cut: number;
}

/** Asks `status` every 50 ms, `count` times idle or, with `update`, for as long as that update runs. */
const STATUS_ROUNDS = `async ({ count, update, timeoutMs }) => {
  const t0 = performance.now();
  const left = () => timeoutMs - (performance.now() - t0);
  const ask = (type, data) => chrome.runtime.sendMessage({ type, data }).catch((e) => ({ ok: false, error: String(e) }));
  const out = { samples: [], cut: 0 };
  let running = false;
  if (update) {
    running = true;
    ask('updateSubscription', { id: update }).then((r) => {
      running = false;
      out.updateMs = performance.now() - t0;
      if (!r.ok) out.updateError = r.error;
      else if (r.value.state.kind !== 'ok') out.updateError = r.value.state.reason;
      else out.revision = r.value.revision;
    });
  }
  while ((update ? running : out.samples.length < count) && left() > 0) {
    const tick = performance.now();
    const answered = await Promise.race([ask('status', {}).then(() => true), new Promise((done) => setTimeout(() => done(false), Math.max(0, left())))]);
    out.samples.push(performance.now() - tick);
    if (!answered) out.cut++;
    await new Promise((done) => setTimeout(done, Math.max(0, 50 - (performance.now() - tick))));
  }
  return out;
}`;

export async function statusRounds(page: Page, o: { count?: number; update?: string; timeoutMs: number }): Promise<StatusRounds> {
  return (await page.evaluate(`(${STATUS_ROUNDS})(${JSON.stringify({ count: 0, update: null, ...o })})`)) as StatusRounds;
}
