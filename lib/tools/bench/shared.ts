/**
 * The workloads, builds, servers and browsers several groups of rows use, each made once per run
 * (./context.ts): the generated pages served from 127.0.0.1 with the seed pages, the extension as
 * shipped, the variant with the synthetic 100,000-claim pack bundled, a plain browser, and
 * the shipped extension started fresh (seed corpus only).
 */
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serveLocal } from '../cli/serve';
import { launch } from './browser';
import { buildExtension, buildHarness, buildWithCorpus, repoRoot } from './build';
import type { BrowserName, Context } from './context';
import { startExtension, type Extension } from './extension-figures';
import { preparePages } from './extension';
import { SLOW_SCRIPT } from './end-to-end';
import { domHeavyHtml, withMarkJs } from './page-workloads';
import { syntheticPack } from './pack-workloads';
import { probeEntity } from './subscription-packs';
import { articleHtml } from './workloads';

export const CLAIMS = 100_000;
export const FULL_ALIASES = 50_000;
export const SEED_PAGE = 'afp-2024-01-24-russia-says-plane-crashes';
export const markJsFile = path.join(repoRoot, 'node_modules/mark.js/dist/mark.min.js');

/** The generated pages, written into the run's folder. */
export const pageWorkloads = (ctx: Context) =>
  ctx.once('pages', async () => {
    const { seed, work } = ctx;
    const short = articleHtml(seed, 10_000, 100, 1);
    const long = articleHtml(seed, 200_000, 100, 2);
    const mid = articleHtml(seed, 20_000, 100, 3);
    const heavy = domHeavyHtml(seed, 60_000);
    await writeFile(path.join(work, 'article-10k.html'), short.html);
    await writeFile(path.join(work, 'article-200k.html'), long.html);
    await writeFile(path.join(work, 'article-20k.html'), mid.html);
    await writeFile(path.join(work, 'dom-60k.html'), heavy.html);
    // The same article held at its head by a script, as a page whose parts arrive over a network
    // (the bench's browser delays the script: ./end-to-end.ts, SLOW_SCRIPT_MS).
    await writeFile(path.join(work, 'article-20k-slow.html'), mid.html.replace('<head>', `<head><script src="${SLOW_SCRIPT}"></script>`));
    await writeFile(path.join(work, SLOW_SCRIPT), '');
    await copyFile(markJsFile, path.join(work, 'mark.min.js'));
    await writeFile(
      path.join(work, 'article-20k-markjs.html'),
      withMarkJs(
        mid.html,
        seed.entities.flatMap((e) => e.aliases),
        'mark.min.js',
      ),
    );
    return { short, long, mid, heavy };
  });

/** The synthetic 100,000-claim pack (50,000 aliases), as a file of the run's folder, with an entity only it has. */
export const bundledPack = (ctx: Context) =>
  ctx.once('pack-100k', async () => {
    const pack = syntheticPack(ctx.seed, CLAIMS, Math.ceil((FULL_ALIASES - ctx.seedAliases) / 2));
    const file = path.join(ctx.work, 'pack-100k.json');
    const json = JSON.stringify(pack);
    await writeFile(file, json);
    return { file, bytes: json.length, probe: probeEntity(pack) };
  });

/** The seed pages and the generated ones, from 127.0.0.1. */
export const site = async (ctx: Context) => {
  await pageWorkloads(ctx);
  const local = await ctx.resource('site', () => serveLocal(ctx.seed, ctx.work));
  return {
    urls: {
      short: local.url('/fixtures/article-10k.html'),
      long: local.url('/fixtures/article-200k.html'),
      mid: local.url('/fixtures/article-20k.html'),
      midSlow: local.url('/fixtures/article-20k-slow.html'),
      markJs: local.url('/fixtures/article-20k-markjs.html'),
      heavy: local.url('/fixtures/dom-60k.html'),
      seed: local.url(`/seed/${SEED_PAGE}.html`),
      pack: local.url('/fixtures/pack-100k.json'),
    },
    seedUrls: ctx.seed.articles.map((a) => local.url(`/seed/${a.id}.html`)),
    url: local.url,
  };
};

export const shippedBuild = (ctx: Context) =>
  ctx.once('build-shipped', () => {
    ctx.log('Building the extension (wxt build)');
    return buildExtension();
  });
export const variantBuild = (ctx: Context) =>
  ctx.once('build-variant', async () => {
    const { file } = await bundledPack(ctx);
    ctx.log('Building the 100,000-claim variant');
    return buildWithCorpus(file);
  });
export const harnessBuild = (ctx: Context) =>
  ctx.once('build-harness', () => {
    ctx.log('Building the in-page harness');
    return buildHarness();
  });

const browser = <T extends { close(): Promise<void> }>(ctx: Context, name: BrowserName, open: () => Promise<T>) => ctx.resource(name, open);

/** A browser without the extension, with one page open. */
export const plainBrowser = (ctx: Context) =>
  browser(ctx, 'plain', async () => {
    const b = await launch();
    return { ...b, page: await b.context.newPage() };
  });
/** The plain browser with the page observers of ./extension.ts (the matcher's rounds run without them). */
export const observedPlainBrowser = async (ctx: Context) => {
  const plain = await plainBrowser(ctx);
  await ctx.once('plain-observed', () => preparePages(plain.context));
  return plain;
};

const started = (e: Extension) => ({ ...e, close: () => e.browser.close() });
/** The extension as shipped (seed corpus), in a fresh profile. */
export const shippedExtension = (ctx: Context) => browser(ctx, 'shipped', async () => started(await startExtension(await shippedBuild(ctx))));
/** The extension with the 100,000-claim pack bundled (50,000 aliases), in a fresh profile. */
export const variantExtension = (ctx: Context) => browser(ctx, 'variant', async () => started(await startExtension(await variantBuild(ctx))));
/** Another fresh profile with the extension as shipped, for the subscription workloads. */
export const freshShipped = async (ctx: Context) => started(await startExtension(await shippedBuild(ctx)));
