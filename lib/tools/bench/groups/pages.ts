/**
 * Group `pages`: the extension as shipped (seed corpus) on the seed pages and the generated ones —
 * content script start → painted, end to end against mark.js, long tasks and frames, JS heap growth
 * (#13 rows 1–3 and 6, the seed side). Its seed-corpus figures are the baselines of group `aliases`.
 */
import type { Context, Group } from '../context';
import { extensionEndToEnd, markJsEndToEnd, pageOwnFrames, SLOW_SCRIPT_MS, slowPageEndToEnd } from '../end-to-end';
import { heapGrowth, repeatPage, type Repeated } from '../extension-figures';
import { mb, ms, times, type Row } from '../report';
import { observedPlainBrowser, pageWorkloads, plainBrowser, shippedExtension, site } from '../shared';

/** mark.js end to end, in the plain browser before its pages are observed (as it always ran). */
const markJsRun = (ctx: Context) =>
  ctx.once('markjs-e2e', async () => {
    const { urls } = await site(ctx);
    ctx.log('mark.js end to end');
    return markJsEndToEnd((await plainBrowser(ctx)).page, urls.markJs, 5);
  });

/** The longest animation frame of the pages loaded alone (no extension). */
export const ownFrames = (ctx: Context) =>
  ctx.once('own-frames', async () => {
    const { urls, seedUrls } = await site(ctx);
    await markJsRun(ctx);
    ctx.log('The pages alone');
    const plain = await observedPlainBrowser(ctx);
    const page = await plain.context.newPage();
    const worst = await pageOwnFrames(page, [...seedUrls, urls.short, urls.long, urls.heavy]);
    await page.close();
    return worst;
  });

/** Start → painted on every page with the seed corpus. */
export const seedCorpusPages = (ctx: Context) =>
  ctx.once('seed-pages', async () => {
    const { urls, seedUrls } = await site(ctx);
    const ext = await shippedExtension(ctx);
    ctx.log('The extension as shipped (seed pack): pages');
    const seeds: Repeated[] = [];
    for (const u of seedUrls) seeds.push(await repeatPage(ext.page, u, 3));
    const mid10k = await repeatPage(ext.page, urls.short, 7);
    const big = await repeatPage(ext.page, urls.long, 5);
    const dom = await repeatPage(ext.page, urls.heavy, 3);
    return { seeds, mid10k, big, dom };
  });

/** End to end on the 20,000-word article with the seed corpus, the worker running and stopped before each load. */
export const seedEndToEnd = (ctx: Context) =>
  ctx.once('seed-e2e', async () => {
    const { urls } = await site(ctx);
    // After the heap, as the group has always measured them (its heap is of a page loaded only once).
    await seedHeap(ctx);
    const ext = await shippedExtension(ctx);
    ctx.log('End to end, worker running and stopped');
    return {
      awake: await extensionEndToEnd(ext, urls.mid, 5, false),
      asleep: await extensionEndToEnd(ext, urls.mid, 5, true),
      slowAsleep: await slowPageEndToEnd(ext, urls.midSlow, 5),
    };
  });

/** The 200,000-word page's JS heap with the extension as shipped, against the page alone. */
export const seedHeap = (ctx: Context) =>
  ctx.once('seed-heap', async () => {
    const { urls } = await site(ctx);
    await seedCorpusPages(ctx);
    return heapGrowth((await shippedExtension(ctx)).page, (await observedPlainBrowser(ctx)).page, urls.long);
  });

/** No long task, and no long animation frame the extension took part in, on any of these loads. */
export function longRows(corpus: string, pages: readonly Repeated[], own: number): Row[] {
  const task = Math.max(...pages.map((p) => p.longestTask));
  const frame = Math.max(...pages.map((p) => p.longestFrame));
  const worst = pages.find((p) => p.longestFrame === frame);
  const none = (v: number) => (v === 0 ? 'none ≥ 50 ms' : ms(v));
  return [
    {
      figure: `Longest task after parallax:start, ${corpus}: seed pages, 10k, 200k words, 60,000 nodes`,
      value: none(task),
      baseline: `${pages.filter((p) => p.longestTask > 0).length} of ${pages.length} pages had one`,
      target: 'no task ≥ 50 ms',
      met: task < 50,
      data: { byPage: pages.map((p) => ({ url: p.runs[0].url, longestTask: p.longestTask })) },
    },
    {
      figure: `Longest animation frame the extension took part in, ${corpus}, same pages`,
      value: none(frame),
      baseline: `${none(own)} (the pages alone)`,
      target: 'no frame ≥ 50 ms',
      met: frame < 50,
      data: { byPage: pages.map((p) => ({ url: p.runs[0].url, longestFrame: p.longestFrame })), worst: worst?.runs.map((r) => r.longestFrameDetail) },
    },
  ];
}

export const pages: Group = {
  name: 'pages',
  needs: ['plain', 'shipped'],
  async rows(ctx) {
    const { heavy, mid } = await pageWorkloads(ctx);
    const markE2e = await markJsRun(ctx);
    const own = await ownFrames(ctx);
    const { seeds, mid10k, big, dom } = await seedCorpusPages(ctx);
    const heap = await seedHeap(ctx);
    const { awake, asleep, slowAsleep } = await seedEndToEnd(ctx);
    return [
      {
        figure: 'Content script start → mentions painted, seed pages (median)',
        value: ms(seeds.map((x) => x.startToPainted).sort((a, b) => a - b)[2]),
        data: {
          pages: seeds.map((x) => ({
            url: x.runs[0].url,
            startToPainted: x.startToPainted,
            mentions: x.mentions,
            longestTask: x.longestTask,
            longestFrame: x.longestFrame,
          })),
        },
      },
      { figure: 'Content script start → mentions painted, 10,000-word page', value: ms(mid10k.startToPainted), data: { ...mid10k } },
      { figure: 'Content script start → mentions painted, 200,000-word page', value: ms(big.startToPainted), data: { ...big } },
      {
        figure: `Content script start → mentions painted, ${heavy.nodes.toLocaleString('en')}-node page`,
        value: ms(dom.startToPainted),
        data: { ...dom },
      },
      {
        figure: `End to end: DOMContentLoaded → painted, ${mid.words.toLocaleString('en')}-word article, seed names, worker running (median of 5)`,
        value: ms(awake.median),
        baseline: `${ms(markE2e.median)} (mark.js, ${markE2e.marked} marked)`,
        ratio: times(markE2e.median / awake.median),
        target: '≥ 20× faster',
        met: markE2e.median / awake.median >= 20,
        data: { ours: awake, markJs: markE2e },
      },
      {
        figure: 'End to end, the same with the worker stopped before each load (median of 5)',
        value: ms(asleep.median),
        baseline: `${ms(markE2e.median)} (mark.js)`,
        ratio: times(markE2e.median / asleep.median),
        data: { ...asleep },
      },
      {
        figure: `End to end, the worker stopped, the article held ${SLOW_SCRIPT_MS} ms at its head by a script (a page arriving over a network; median of 5)`,
        value: ms(slowAsleep.median),
        baseline: `${ms(awake.median)} (worker running, the article at once)`,
        ratio: times(slowAsleep.median / awake.median),
        data: { ...slowAsleep },
      },
      ...longRows(`seed corpus (${ctx.seedAliases} aliases)`, [...seeds, mid10k, big, dom], own),
      {
        figure: `JS heap growth, 200,000-word page (${big.mentions} mentions), seed corpus`,
        value: mb(heap.withExtension - heap.without),
        baseline: `${mb(heap.without)} without the extension`,
        data: heap,
      },
    ];
  },
};
