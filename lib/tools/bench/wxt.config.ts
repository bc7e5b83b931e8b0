/**
 * Benchmark-only build configuration: the project's own wxt.config.ts, unchanged, but for the
 * bundled-corpus plugin, which bundles the claim pack named by PARALLAX_BENCH_CORPUS (an absolute
 * path to a JSON pack) in place of seeds/corpus.json, written to .output/bench/. The product's code and config are
 * the same as in the shipped build; only the data differs. Used by `npm run bench` (lib/tools/bench/build.ts):
 *
 *   PARALLAX_BENCH_CORPUS=/tmp/pack.json npx wxt build -c lib/tools/bench/wxt.config.ts
 */
import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';
import base from '../../../wxt.config';
import { bundledCorpus } from '../build/bundled-corpus';

const corpus = process.env.PARALLAX_BENCH_CORPUS;
if (!corpus) throw new Error('PARALLAX_BENCH_CORPUS must name the claim pack (JSON) to bundle');

const swapped = bundledCorpus(corpus);
const isCorpusPlugin = (p: PluginOption) => !!p && typeof p === 'object' && 'name' in p && p.name === swapped.name;

export default defineConfig({
  ...base,
  outDir: '.output/bench',
  vite: async (env) => {
    const own = (await base.vite?.(env)) ?? {};
    return { ...own, plugins: [...(own.plugins ?? []).filter((p) => !isCorpusPlugin(p)), swapped] };
  },
});
