/**
 * The subscription workloads, each in a fresh profile of the extension as shipped (seed corpus
 * bundled), subscribed from its My corpus page to signed packs on a 127.0.0.1 host: one pack of
 * 100,000 claims (group `loading`, then updated by group `busy`), and 1,000,000 claims as 10
 * packs of 100,000 subscribed one after the other (groups `loading`, `cards`, `memory`).
 */
import type { Context } from './context';
import { benchKey, signedPack } from './pack-cache';
import { hostPacks } from './pack-host';
import { freshShipped } from './shared';
import { MILLION_PACKS, MILLION_SERIES } from './subscription-packs';
import { corpusPage, subscribeUntilQueryable, type Queryable } from './subscription-figures';

/** How long a wait may last before its row says it did not finish (today's main loads a pack in one long transaction). */
export const SUBSCRIBE_TIMEOUT_MS = 300_000;
export const UPDATE_TIMEOUT_MS = 300_000;
export const MILLION_TIMEOUT_MS = 1_200_000;

const packHost = (ctx: Context) => ctx.resource('pack-host', () => hostPacks());

/** Pack `index` of the series (version `version`), signed, served at /packs/NAME.json. */
export async function publish(ctx: Context, name: string, index: number, version = 1) {
  const host = await packHost(ctx);
  const pack = await ctx.once(`pack-${index}-v${version}`, () => {
    ctx.log(`Signed pack ${index + 1} of the series, version ${version} (made once, then read from .output/bench/packs/)`);
    return signedPack(ctx.seed, index, MILLION_SERIES, version);
  });
  host.publish(name, pack.file);
  return { ...pack, url: host.url(name), key: (await benchKey()).publicKey };
}

/** A fresh profile subscribed to one pack of 100,000 claims, with how long it took to be queryable. */
export const subscribed100k = (ctx: Context) =>
  ctx.resource('subscribed', async () => {
    const pack = await publish(ctx, 'single', 0);
    const ext = await freshShipped(ctx);
    const corpus = await corpusPage(ext);
    ctx.log(`Subscribing to one pack of ${pack.claims.toLocaleString('en')} claims`);
    const result = await subscribeUntilQueryable(corpus, pack, SUBSCRIBE_TIMEOUT_MS);
    return { ...ext, corpus, pack, result };
  });

/**
 * A fresh profile subscribed to the 10 packs in turn (each once the last is queryable and answered),
 * until all are or the time is up. totalMs: the sum of each pack's subscribe → queryable and answered.
 */
export const subscribedMillion = (ctx: Context) =>
  ctx.resource('million', async () => {
    const packs = [];
    for (let i = 0; i < MILLION_PACKS; i++) packs.push(await publish(ctx, `p${i}`, i));
    const ext = await freshShipped(ctx);
    const corpus = await corpusPage(ext);
    const results: Queryable[] = [];
    const deadline = Date.now() + MILLION_TIMEOUT_MS;
    for (const [i, pack] of packs.entries()) {
      ctx.log(`Subscribing to pack ${i + 1} of ${packs.length}`);
      const r = await subscribeUntilQueryable(corpus, pack, deadline - Date.now());
      results.push(r);
      if (r.ms === undefined) break;
    }
    const finished = results.length === packs.length && results.every((r) => r.ms !== undefined);
    const claims = packs.slice(0, results.filter((r) => r.ms !== undefined).length).reduce((n, p) => n + p.claims, 0);
    return { ...ext, corpus, packs, results, finished, claims, totalMs: results.reduce((t, r) => t + Math.max(r.ms ?? 0, r.answeredMs ?? 0), 0) };
  });
