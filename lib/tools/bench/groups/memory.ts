/**
 * Group `memory` (#13 row 6, the worker's side): the service worker's JS heap after collection with
 * the seed corpus, with the 50,000-alias build (100,000 claims bundled), and with 1,000,000 claims
 * by subscription. The content script's heap is in groups `pages` and `aliases`.
 */
import type { Group } from '../context';
import { messageTime } from '../extension-figures';
import { mb, times, type Row } from '../report';
import { FULL_ALIASES, shippedExtension, variantExtension } from '../shared';
import { subscribedMillion } from '../subscription-workloads';
import { workerHeap } from '../worker-heap';

type Started = Parameters<typeof messageTime>[0];

/** The worker's heap, woken first by a `status` (Chrome may have stopped it while idle). */
async function heapOf(e: Started) {
  await messageTime(e, [{ type: 'status', data: {} }], 1);
  return workerHeap(e.browser.context);
}

export const memory: Group = {
  name: 'memory',
  needs: ['shipped', 'variant', 'million'],
  async rows(ctx) {
    ctx.log('Worker heap: seed corpus, 50,000 aliases, 1,000,000 claims');
    const seed = await heapOf(await shippedExtension(ctx));
    const big = await heapOf(await variantExtension(ctx));
    const million = await subscribedMillion(ctx);
    const rows: Row[] = [
      { figure: 'Worker JS heap after GC, seed corpus', value: mb(seed.used), data: { ...seed } },
      {
        figure: `Worker JS heap after GC, ${FULL_ALIASES.toLocaleString('en')} aliases (100,000 claims bundled)`,
        value: mb(big.used),
        baseline: `${mb(seed.used)} (seed corpus)`,
        ratio: times(big.used / seed.used),
        data: { ...big },
      },
    ];
    if (!million.finished) {
      rows.push({
        figure: 'Worker JS heap after GC, 1,000,000 claims (10 subscriptions)',
        value: 'not measured: 1,000,000 claims did not finish loading (group loading)',
      });
    } else {
      const heap = await heapOf(million);
      rows.push({
        figure: 'Worker JS heap after GC, 1,000,000 claims (10 subscriptions)',
        value: mb(heap.used),
        baseline: `${mb(seed.used)} (seed corpus)`,
        ratio: times(heap.used / seed.used),
        data: { ...heap },
      });
    }
    return rows;
  },
};
