/**
 * `npm run bench [-- --json FILE]`: builds what it needs (the extension as shipped, a variant with a
 * synthetic 100,000-claim pack, the in-page harness), generates the workloads, drives real Chromium,
 * and prints one table of figures with their baselines, ratios and targets. Not part of `npm test`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveLocal } from '../cli/serve';
import type { ClaimPack } from '../../core/pack/types';
import { chromiumPath, launch } from './browser';
import { benchOut, buildExtension, buildHarness, buildWithCorpus, repoRoot } from './build';
import { copyFile } from 'node:fs/promises';
import { coverageQuery, heapGrowth, popoverOn, repeatPage, startExtension, type Repeated } from './extension-figures';
import { preparePages } from './extension';
import { extensionEndToEnd, markJsEndToEnd, pageOwnFrames } from './end-to-end';
import { domHeavyHtml, withMarkJs } from './page-workloads';
import type { PageBench } from './page-harness';
import { percentile } from './stats';
import { matcherFigures } from './matcher-figures';
import { extractionScaling, pageUnderCaps, statusDuringAdd } from './add-figures';
import { describeMachine, formatTable, kb, machine, mb, ms, times, type Row } from './report';
import { articleHtml, syntheticPack } from './workloads';

const CLAIMS = 100_000;
const FULL_ALIASES = 50_000;
const SEED_PAGE = 'afp-2024-01-24-russia-says-plane-crashes';
/** Entities named on the seed page used for the popover, for the coverage-only timing. */
const CLICKED = ['il-76', 'il76-crash', 'dmitry-peskov', 'kyiv', 'belgorod', 'vladimir-putin', 'volodymyr-zelensky', 'sergei-lavrov'];

/** No long task, and no long animation frame the extension took part in, on any of these loads. */
function longRows(corpus: string, pages: readonly Repeated[], ownFrames: number): Row[] {
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
      baseline: `${none(ownFrames)} (the pages alone)`,
      target: 'no frame ≥ 50 ms',
      met: frame < 50,
      data: { byPage: pages.map((p) => ({ url: p.runs[0].url, longestFrame: p.longestFrame })), worst: worst?.runs.map((r) => r.longestFrameDetail) },
    },
  ];
}

function args(): { json?: string } {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--json');
  if (i >= 0 && !argv[i + 1]) throw new Error('--json needs a file name');
  return i >= 0 ? { json: path.resolve(argv[i + 1]) } : {};
}

const started = performance.now();
const log = (m: string) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${m}`);

async function main() {
  const { json } = args();
  const seed = JSON.parse(await readFile(path.join(repoRoot, 'seeds/corpus.json'), 'utf8')) as ClaimPack;
  const work = await mkdtemp(path.join(tmpdir(), 'parallax-bench-'));
  const rows: Row[] = [];
  try {
    log('Generating workloads');
    const short = articleHtml(seed, 10_000, 100, 1);
    const long = articleHtml(seed, 200_000, 100, 2);
    const mid = articleHtml(seed, 20_000, 100, 3);
    const heavy = domHeavyHtml(seed, 60_000);
    await writeFile(path.join(work, 'article-10k.html'), short.html);
    await writeFile(path.join(work, 'article-200k.html'), long.html);
    await writeFile(path.join(work, 'article-20k.html'), mid.html);
    await writeFile(path.join(work, 'dom-60k.html'), heavy.html);
    await copyFile(path.join(repoRoot, 'node_modules/mark.js/dist/mark.min.js'), path.join(work, 'mark.min.js'));
    await writeFile(
      path.join(work, 'article-20k-markjs.html'),
      withMarkJs(
        mid.html,
        seed.entities.flatMap((e) => e.aliases),
        'mark.min.js',
      ),
    );
    const seedAliases = seed.entities.reduce((n, e) => n + e.aliases.length, 0);
    const pack = syntheticPack(seed, CLAIMS, Math.ceil((FULL_ALIASES - seedAliases) / 2));
    const packFile = path.join(work, 'pack-100k.json');
    await writeFile(packFile, JSON.stringify(pack));
    await writeFile(path.join(work, 'add-under-caps.html'), pageUnderCaps(seed));

    log('Extraction of 1 MB and 4 MB of text, in Node');
    const scaling = extractionScaling(seed);
    rows.push({
      figure: 'Extraction, 4 MB of text / 1 MB (Node, one run each)',
      value: `${ms(scaling.fourMb)} / ${ms(scaling.oneMb)}`,
      ratio: times(scaling.fourMb / scaling.oneMb),
      target: '≤ 4.5×',
      met: scaling.fourMb / scaling.oneMb <= 4.5,
      data: { ...scaling },
    });

    log('Building: in-page harness, the extension (wxt build), the 100,000-claim variant');
    const shipped = await buildExtension();
    const variant = await buildWithCorpus(packFile);
    const harnessJs = await buildHarness();
    const markJs = path.join(repoRoot, 'node_modules/mark.js/dist/mark.min.js');

    const site = await serveLocal(seed, work);
    const urls = {
      short: site.url('/fixtures/article-10k.html'),
      long: site.url('/fixtures/article-200k.html'),
      mid: site.url('/fixtures/article-20k.html'),
      markJs: site.url('/fixtures/article-20k-markjs.html'),
      heavy: site.url('/fixtures/dom-60k.html'),
      seed: site.url(`/seed/${SEED_PAGE}.html`),
    };
    const seedUrls = seed.articles.map((a) => site.url(`/seed/${a.id}.html`));
    const plain = await launch();
    try {
      log('Matcher in a plain page: ours, naive RegExp, mark.js');
      const page = await plain.context.newPage();
      const matcher = await matcherFigures(
        { page, harnessJs, markJs },
        seed,
        { short: { name: '10,000-word page', url: urls.short }, long: { name: '200,000-word page', url: urls.long } },
        log,
      );
      rows.push(...matcher.rows);

      log('mark.js end to end, and the pages alone');
      const markE2e = await markJsEndToEnd(page, urls.markJs, 5);
      await preparePages(plain.context);
      const ownPage = await plain.context.newPage();
      const ownFrames = await pageOwnFrames(ownPage, [...seedUrls, urls.short, urls.long, urls.heavy]);
      await ownPage.close();

      log('Loading the 100,000-claim pack in a plain page, phase by phase');
      await page.goto(urls.short, { waitUntil: 'load' });
      await page.addScriptTag({ path: harnessJs });
      const phases = await page.evaluate(
        (u) => (window as unknown as { parallaxBench: PageBench }).parallaxBench.loadPack(u),
        site.url('/fixtures/pack-100k.json'),
      );

      log('The extension as shipped (seed pack)');
      const ext = await startExtension(shipped);
      try {
        const seeds: Repeated[] = [];
        for (const u of seedUrls) seeds.push(await repeatPage(ext.page, u, 3));
        const mid10k = await repeatPage(ext.page, urls.short, 3);
        const big = await repeatPage(ext.page, urls.long, 5);
        const dom = await repeatPage(ext.page, urls.heavy, 3);
        const heap = await heapGrowth(ext.page, page, urls.long);
        const awake = await extensionEndToEnd(ext, urls.mid, 5, false);
        const asleep = await extensionEndToEnd(ext, urls.mid, 5, true);
        const popSeed = await popoverOn(ext.page, urls.seed, 24);
        const covSeed = await coverageQuery(ext, CLICKED);
        const adding = await statusDuringAdd(ext, site.url('/fixtures/add-under-caps.html'));
        rows.push(
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
          ...longRows(`seed corpus (${seedAliases} aliases)`, [...seeds, mid10k, big, dom], ownFrames),
          {
            figure: `JS heap growth, 200,000-word page (${big.mentions} mentions), seed corpus`,
            value: mb(heap.withExtension - heap.without),
            baseline: `${mb(heap.without)} without the extension`,
            data: heap,
          },
          {
            figure: `Load the seed pack (${ext.pack.claims} claims): service worker start → in IndexedDB`,
            value: ms(ext.pack.ms),
            data: { ...ext.pack },
          },
          {
            figure: `status answered while adding a page just under the caps (${adding.during.length} asks, add ${ms(adding.addMs)}: ${adding.added}), p50 / max`,
            value: `${ms(percentile(adding.during, 50))} / ${ms(Math.max(...adding.during))}`,
            baseline: `${ms(adding.idleP50)} idle (p50)`,
            data: { ...adding },
          },
        );

        log('The 100,000-claim variant (50,000 aliases)');
        const big100k = await startExtension(variant);
        try {
          const fullSeeds: Repeated[] = [];
          for (const u of seedUrls) fullSeeds.push(await repeatPage(big100k.page, u, 1));
          const full10k = await repeatPage(big100k.page, urls.short, 3);
          const full = await repeatPage(big100k.page, urls.long, 5);
          const fullDom = await repeatPage(big100k.page, urls.heavy, 3);
          const fullHeap = await heapGrowth(big100k.page, page, urls.long);
          const pop = await popoverOn(big100k.page, urls.seed, 24);
          const cov = await coverageQuery(big100k, CLICKED);
          const seedGrowth = heap.withExtension - heap.without;
          const fullGrowth = fullHeap.withExtension - fullHeap.without;
          rows.push(
            {
              figure: `${FULL_ALIASES.toLocaleString('en')} aliases: start → painted, 10,000-word page`,
              value: ms(full10k.startToPainted),
              baseline: `${ms(mid10k.startToPainted)} (seed corpus)`,
              ratio: times(full10k.startToPainted / mid10k.startToPainted),
              target: '≤ 1.25×',
              met: full10k.startToPainted / mid10k.startToPainted <= 1.25,
              data: { ...full10k },
            },
            {
              figure: `${FULL_ALIASES.toLocaleString('en')} aliases: start → painted, 200,000-word page`,
              value: ms(full.startToPainted),
              baseline: `${ms(big.startToPainted)} (seed corpus)`,
              ratio: times(full.startToPainted / big.startToPainted),
              target: '≤ 1.25×',
              met: full.startToPainted / big.startToPainted <= 1.25,
              data: { ...full },
            },
            ...longRows(`${FULL_ALIASES.toLocaleString('en')} aliases`, [...fullSeeds, full10k, full, fullDom], ownFrames),
            {
              figure: `Content script JS heap growth, 200,000-word page, ${FULL_ALIASES.toLocaleString('en')} aliases`,
              value: mb(fullGrowth),
              baseline: `${mb(seedGrowth)} (seed corpus)`,
              ratio: times(fullGrowth / seedGrowth),
              target: '≤ 2× the seed figure',
              met: fullGrowth <= 2 * seedGrowth,
              data: { seed: heap, full: fullHeap },
            },
            {
              figure: `Load ${big100k.pack.claims.toLocaleString('en')} claims: service worker start → in IndexedDB`,
              value: ms(big100k.pack.ms),
              baseline: `${ms(ext.pack.ms)} (seed pack)`,
              target: '≤ 5 s',
              met: big100k.pack.ms <= 5000,
              data: { ...big100k.pack, packBytes: JSON.stringify(pack).length },
            },
            {
              figure: 'of which, in a page: JSON.parse / validatePack / packDigest / loadSeedPack (one Dexie transaction)',
              value: [phases.parse, phases.validate, phases.digest, phases.load].map(ms).join(' / '),
              data: { ...phases },
            },
            {
              figure: `Popover, click → claims rendered, 100,000 claims, p50 (${pop.claims} claims shown)`,
              value: ms(pop.p50),
              baseline: `${ms(popSeed.p50)} (seed pack, ${popSeed.claims} shown)`,
              ratio: times(pop.p50 / popSeed.p50),
              data: { ...pop },
            },
            {
              figure: 'Popover, click → claims rendered, 100,000 claims, p95 (first opens and repeats)',
              value: ms(pop.p95),
              baseline: `${ms(popSeed.p95)} (seed pack)`,
              ratio: times(pop.p95 / popSeed.p95),
              target: '≤ 16 ms',
              met: pop.p95 <= 16,
              data: { seed: popSeed },
            },
            {
              figure: 'of which the coverage message alone (extension page → background), p50 / p95',
              value: `${ms(cov.p50)} / ${ms(cov.p95)}`,
              baseline: `${ms(covSeed.p50)} / ${ms(covSeed.p95)} (seed pack)`,
              data: { withClaims: cov, seed: covSeed },
            },
          );
        } finally {
          await big100k.browser.close();
        }
      } finally {
        await ext.browser.close();
      }
    } finally {
      await plain.close();
      await site.close();
    }

    const content = await readFile(path.join(shipped, 'content-scripts/content.js'));
    const gz = gzipSync(content, { level: 9 }).length;
    rows.push({
      figure: 'Content script (content.js), gzipped',
      value: kb(gz),
      baseline: `${kb(content.length)} minified`,
      target: '≤ 40 kB',
      met: gz <= 40_000,
      data: { bytes: content.length, gzipped: gz },
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  const m = machine(chromiumPath());
  const table = formatTable(rows);
  console.log(`Parallax benchmark — ${new Date().toISOString().slice(0, 10)} — ${describeMachine(m)}\n`);
  console.log(table);
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s; builds in ${path.relative(repoRoot, benchOut)}/)`);
  if (json) {
    await writeFile(json, `${JSON.stringify({ date: new Date().toISOString(), machine: m, rows }, null, 2)}\n`);
    log(`Wrote ${json}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
