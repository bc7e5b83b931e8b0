/**
 * Group `loading` (#13 row 4): the bundled pack stored by a fresh worker (seed, and the synthetic
 * 100,000 claims) until queryable, with where the time goes and `status` meanwhile, and packs by
 * subscription: one of 100,000 claims from Subscribe to queryable, and 1,000,000 claims as 10 packs
 * subscribed one after the other.
 */
import type { Group } from '../context';
import type { PageBench } from '../page-harness';
import { type BundledLoad, startUntilQueryable } from '../bundled-load';
import { ms } from '../report';
import { bundledPack, harnessBuild, observedPlainBrowser, shippedBuild, site, variantBuild } from '../shared';
import { percentile } from '../stats';
import { MILLION_TIMEOUT_MS, SUBSCRIBE_TIMEOUT_MS, subscribed100k, subscribedMillion } from '../subscription-workloads';
import type { Queryable } from '../subscription-figures';

const s = (timeoutMs: number) => `${Math.round(timeoutMs / 1000)} s`;
const outcome = (r: Queryable | BundledLoad, timeoutMs: number) =>
  r.error ? `failed: ${r.error}` : r.ms === undefined ? `did not finish in ${s(timeoutMs)}` : ms(r.ms);
/** A fresh worker storing its bundled pack: past this it is reported as not finished. */
const START_TIMEOUT_MS = 300_000;

export const loading: Group = {
  name: 'loading',
  needs: ['plain', 'subscribed', 'million'],
  async rows(ctx) {
    const { urls } = await site(ctx);
    const pack = await bundledPack(ctx);
    const harnessJs = await harnessBuild(ctx);
    ctx.log('Loading the 100,000-claim pack in a plain page, phase by phase');
    const { page } = await observedPlainBrowser(ctx);
    await page.goto(urls.short, { waitUntil: 'load' });
    await page.addScriptTag({ path: harnessJs });
    const phases = await page.evaluate((u) => (window as unknown as { parallaxBench: PageBench }).parallaxBench.loadPack(u), urls.pack);
    ctx.log('Starting the extension in fresh profiles until its bundled pack is queryable (seed, then 100,000 claims)');
    const seedProbe = ctx.seed.claims[ctx.seed.claims.length - 1].entityIds[0];
    const seed = await startUntilQueryable(await shippedBuild(ctx), seedProbe, START_TIMEOUT_MS);
    const big = await startUntilQueryable(await variantBuild(ctx), pack.probe, START_TIMEOUT_MS);
    const one = await subscribed100k(ctx);
    const million = await subscribedMillion(ctx);
    const done = million.results.filter((r) => r.ms !== undefined).length;
    const failed = million.results.find((r) => r.error);
    return [
      {
        figure: `Load the seed pack (${ctx.seed.claims.length} claims): service worker start → queryable (a card of the pack has its claims)`,
        value: outcome(seed, START_TIMEOUT_MS),
        data: { ...seed },
      },
      {
        figure: `Load ${phases.claims.toLocaleString('en')} claims (bundled): service worker start → queryable (a card of the pack has its claims)`,
        value: outcome(big, START_TIMEOUT_MS),
        baseline: seed.ms === undefined ? undefined : `${ms(seed.ms)} (seed pack)`,
        target: '≤ 5 s',
        met: big.ms !== undefined && big.ms <= 5000,
        data: { ...big, packBytes: pack.bytes },
      },
      {
        figure: `the same pack stored as a subscription's is, in a page: fetch / decode and parse / validate (in steps; not for the bundled pack, checked by its build) / cut and write ${phases.parts} parts`,
        value: [phases.fetch, phases.parse, phases.validate, phases.write].map(ms).join(' / '),
        data: { ...phases },
      },
      {
        figure: `status every 50 ms while the bundled 100,000 claims load (${big.status.length} asks), p50 / max`,
        value: big.status.length > 0 ? `${ms(percentile(big.status, 50))} / ${ms(Math.max(...big.status))}` : 'not measured',
        target: '≤ 100 ms (max)',
        met: big.status.length > 0 && Math.max(...big.status) <= 100,
        data: { samples: big.status },
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
