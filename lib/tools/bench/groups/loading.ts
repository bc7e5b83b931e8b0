/**
 * Group `loading` (#13 row 4): the bundled pack loaded by a fresh worker (seed, and the synthetic
 * 100,000 claims) with where the time goes, and packs by subscription: one of 100,000 claims from
 * Subscribe to queryable, and 1,000,000 claims as 10 packs subscribed one after the other.
 */
import type { Group } from '../context';
import type { PageBench } from '../page-harness';
import { ms } from '../report';
import { bundledPack, harnessBuild, observedPlainBrowser, shippedExtension, site, variantExtension } from '../shared';
import { MILLION_TIMEOUT_MS, SUBSCRIBE_TIMEOUT_MS, subscribed100k, subscribedMillion } from '../subscription-workloads';
import type { Queryable } from '../subscription-figures';

const s = (timeoutMs: number) => `${Math.round(timeoutMs / 1000)} s`;
const outcome = (r: Queryable, timeoutMs: number) =>
  r.error ? `failed: ${r.error}` : r.ms === undefined ? `did not finish in ${s(timeoutMs)}` : ms(r.ms);

export const loading: Group = {
  name: 'loading',
  needs: ['plain', 'shipped', 'variant', 'subscribed', 'million'],
  async rows(ctx) {
    const { urls } = await site(ctx);
    const pack = await bundledPack(ctx);
    const harnessJs = await harnessBuild(ctx);
    ctx.log('Loading the 100,000-claim pack in a plain page, phase by phase');
    const { page } = await observedPlainBrowser(ctx);
    await page.goto(urls.short, { waitUntil: 'load' });
    await page.addScriptTag({ path: harnessJs });
    const phases = await page.evaluate((u) => (window as unknown as { parallaxBench: PageBench }).parallaxBench.loadPack(u), urls.pack);
    const ext = await shippedExtension(ctx);
    const big = await variantExtension(ctx);
    const one = await subscribed100k(ctx);
    const million = await subscribedMillion(ctx);
    const done = million.results.filter((r) => r.ms !== undefined).length;
    const failed = million.results.find((r) => r.error);
    return [
      {
        figure: `Load the seed pack (${ext.pack.claims} claims): service worker start → in IndexedDB`,
        value: ms(ext.pack.ms),
        data: { ...ext.pack },
      },
      {
        figure: `Load ${big.pack.claims.toLocaleString('en')} claims: service worker start → in IndexedDB`,
        value: ms(big.pack.ms),
        baseline: `${ms(ext.pack.ms)} (seed pack)`,
        target: '≤ 5 s',
        met: big.pack.ms <= 5000,
        data: { ...big.pack, packBytes: pack.bytes },
      },
      {
        figure: 'of which, in a page: JSON.parse / validatePack / packDigest / loadSeedPack (one Dexie transaction)',
        value: [phases.parse, phases.validate, phases.digest, phases.load].map(ms).join(' / '),
        data: { ...phases },
      },
      {
        figure: `${one.pack.claims.toLocaleString('en')} claims by subscription: Subscribe → queryable (a card of the pack has its claims)`,
        value: outcome(one.result, SUBSCRIBE_TIMEOUT_MS),
        baseline: one.result.answeredMs === undefined ? undefined : `${ms(one.result.answeredMs)} to Subscribe's answer`,
        target: '≤ 5 s',
        met: one.result.ms !== undefined && one.result.ms <= 5000,
        data: { ...one.result, packBytes: one.pack.bytes },
      },
      {
        figure: `1,000,000 claims as ${million.packs.length} signed packs of 100,000, subscribed one after the other: all queryable`,
        value: million.finished
          ? ms(million.totalMs)
          : failed
            ? `failed: ${failed.error}`
            : `did not finish in ${s(MILLION_TIMEOUT_MS)} (${done} of ${million.packs.length} packs queryable)`,
        baseline: done > 0 ? `${ms(million.results[0].ms!)} (the first pack) / ${ms(million.results[done - 1].ms!)} (pack ${done})` : undefined,
        target: '≤ 40 s',
        met: million.finished && million.totalMs <= 40_000,
        data: { results: million.results, packBytes: million.packs.map((p) => p.bytes) },
      },
    ];
  },
};
