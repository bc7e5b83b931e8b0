/**
 * What the benchmark builds for itself: the in-page harness (esbuild, one IIFE), the extension as
 * shipped (`wxt build`), and a variant whose bundled claim pack is a synthetic one
 * (lib/tools/bench/wxt.config.ts, which reads PARALLAX_BENCH_CORPUS), each into .output/.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const benchOut = path.join(repoRoot, '.output/bench');

export async function buildHarness(): Promise<string> {
  const outfile = path.join(benchOut, 'page-harness.js');
  await build({
    entryPoints: [path.join(repoRoot, 'lib/tools/bench/page-harness.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/wxt/bin/wxt.mjs'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`wxt ${args.join(' ')} failed (${code}):\n${output}`))));
  });
}

/** The Chrome MV3 build as shipped, into .output/chrome-mv3. */
export async function buildExtension(): Promise<string> {
  await run(['build']);
  return path.join(repoRoot, '.output/chrome-mv3');
}

/** The same extension with `corpusFile` bundled instead of seeds/corpus.json, into .output/bench/chrome-mv3. */
export async function buildWithCorpus(corpusFile: string): Promise<string> {
  await run(['build', '-c', 'lib/tools/bench/wxt.config.ts'], { PARALLAX_BENCH_CORPUS: corpusFile });
  return path.join(benchOut, 'chrome-mv3');
}
