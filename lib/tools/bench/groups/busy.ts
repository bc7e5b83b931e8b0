/**
 * Group `busy`: does the worker keep answering while it writes? `status` while a page just under
 * the caps is added, and (#14 Scale) while a 100,000-claim subscription is updated — `status` every
 * 50 ms from the My corpus page and cards clicked on the AFP seed page meanwhile, against the same
 * with nothing running, in the same profile.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { pageUnderCaps, statusDuringAdd } from '../add-figures';
import { clickCard, mentionTargets, popoverLatency } from '../card-clicks';
import type { Context, Group } from '../context';
import { openPainted } from '../extension';
import { ms, times, type Row } from '../report';
import { freshShipped, site } from '../shared';
import { statusRounds } from '../subscription-figures';
import { publish, subscribed100k, UPDATE_TIMEOUT_MS } from '../subscription-workloads';
import { percentile } from '../stats';

const CLICK_TIMEOUT_MS = 30_000;
const trio = (xs: number[]) => [50, 95, 100].map((p) => ms(percentile(xs, p))).join(' / ');
const tail = (xs: number[]) => `${ms(percentile(xs, 95))} / ${ms(Math.max(...xs))}`;

/** Clicks the page's cards in turn, `count` times or until `running()` is false; clicks with no card within 30 s are counted apart. */
async function clicksWhile(page: Page, targets: number[], count: number, running: () => boolean) {
  const samples: number[] = [];
  let stalled = 0;
  for (let i = 0; running() && (count === 0 || i < count); i++) {
    const click = await clickCard(page, targets[i % targets.length], CLICK_TIMEOUT_MS);
    if (click) samples.push(click.ms);
    else stalled++;
  }
  return { samples, stalled };
}

async function whileAdding(ctx: Context): Promise<Row> {
  const { url } = await site(ctx);
  await writeFile(path.join(ctx.work, 'add-under-caps.html'), pageUnderCaps(ctx.seed));
  const ext = await freshShipped(ctx);
  try {
    ctx.log('status while adding a page just under the caps');
    const adding = await statusDuringAdd(ext, url('/fixtures/add-under-caps.html'));
    return {
      figure: `status answered while adding a page just under the caps (${adding.during.length} asks, add ${ms(adding.addMs)}: ${adding.added}), p50 / max`,
      value: `${ms(percentile(adding.during, 50))} / ${ms(Math.max(...adding.during))}`,
      baseline: `${ms(adding.idleP50)} idle (p50)`,
      data: { ...adding },
    };
  } finally {
    await ext.close();
  }
}

async function whileUpdating(ctx: Context): Promise<Row[]> {
  const { urls } = await site(ctx);
  const one = await subscribed100k(ctx);
  const what = `${one.pack.claims.toLocaleString('en')}-claim subscription`;
  if (one.result.ms === undefined) {
    const why = one.result.error ?? 'it did not finish loading';
    return [{ figure: `While a ${what} updates: status and cards`, value: `not measured: ${why}` }];
  }
  const v2 = await publish(ctx, 'single', 0, 2);
  ctx.log(`Idle, then while the ${what} updates: status every 50 ms, and cards`);
  await openPainted(one.page, urls.seed);
  await popoverLatency(one.page, 4, 4); // warm-up, as popoverOn
  const targets = await mentionTargets(one.page, 8);
  const idleStatus = await statusRounds(one.corpus, { count: 40, timeoutMs: 60_000 });
  const idleCards = await clicksWhile(one.page, targets, 24, () => true);
  let running = true;
  const updating = statusRounds(one.corpus, { update: one.result.subscriptionId, timeoutMs: UPDATE_TIMEOUT_MS }).finally(() => {
    running = false;
  });
  const busyCards = await clicksWhile(one.page, targets, 0, () => running);
  const busy = await updating;
  const outcome =
    busy.updateError !== undefined
      ? `update failed: ${busy.updateError}`
      : busy.updateMs === undefined
        ? `update did not finish in ${Math.round(UPDATE_TIMEOUT_MS / 1000)} s`
        : busy.revision !== 2
          ? `the update left revision ${busy.revision}`
          : `update ${ms(busy.updateMs)}`;
  const stalled = busyCards.stalled ? `, ${busyCards.stalled} with no card within ${CLICK_TIMEOUT_MS / 1000} s` : '';
  return [
    {
      figure: `status every 50 ms from the My corpus page while a ${what} updates (${busy.samples.length} asks, ${outcome}), p50 / p95 / max`,
      value: trio(busy.samples),
      baseline: `${trio(idleStatus.samples)} idle`,
      ratio: times(percentile(busy.samples, 95) / percentile(idleStatus.samples, 95)),
      target: '≤ 100 ms (max)',
      met: busy.updateMs !== undefined && !busy.updateError && busy.cut === 0 && Math.max(...busy.samples) <= 100,
      data: { idle: idleStatus, busy, v2: { bytes: v2.bytes, claims: v2.claims } },
    },
    {
      figure: `Card, click → rendered on the AFP seed page while it updates (${busyCards.samples.length + busyCards.stalled} clicks${stalled}), p95 / max`,
      value: busyCards.samples.length ? tail(busyCards.samples) : 'none rendered',
      baseline: `${tail(idleCards.samples)} idle (${idleCards.samples.length} clicks)`,
      ratio: busyCards.samples.length ? times(percentile(busyCards.samples, 95) / percentile(idleCards.samples, 95)) : undefined,
      data: { idle: idleCards, busy: busyCards },
    },
  ];
}

export const busy: Group = {
  name: 'busy',
  needs: ['subscribed'],
  async rows(ctx) {
    return [await whileAdding(ctx), ...(await whileUpdating(ctx))];
  },
};
