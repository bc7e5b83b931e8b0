/**
 * A copy of the built extension whose bundled pack can be swapped as a new build would swap it: the
 * pack checked and rebuilt as the build does (lib/tools/build/bundled-corpus.ts), the pack file
 * replaced, the digest compiled into the worker replaced by the new file's (made with Node's own hash,
 * tests/fixtures/pack-digest.ts, so the tests' expectations are their own), and the version raised,
 * as a release's is. Chromium launched again over the same profile then runs that build against the database the
 * last one filled.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_FILE, checkedPackBytes } from '../../../lib/tools/build/bundled-corpus';
import { expectedPackDigest } from '../../fixtures/pack-digest';

const built = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../.output/chrome-mv3');

interface Manifest {
  version: string;
  background: { service_worker: string };
}

/** Copies the built extension (.output/chrome-mv3, built beforehand) to `dir`. */
export async function copyBuiltExtension(dir: string): Promise<void> {
  await cp(built, dir, { recursive: true });
}

/** The digest of the pack the extension in `dir` bundles now. */
export async function bundledDigest(dir: string): Promise<string> {
  return expectedPackDigest(await readFile(path.join(dir, BUNDLED_FILE)));
}

/** Bundles `pack` as the extension in `dir`, checked and rebuilt as its build would ship it; answers its digest. */
export async function rebundle(dir: string, pack: Uint8Array): Promise<string> {
  const checked = checkedPackBytes(pack);
  if (!checked.ok) throw new Error(`Not a pack a build would ship: ${checked.error}`);
  const bytes = checked.value;
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest;
  const oldScript = path.join(dir, manifest.background.service_worker);
  const old = await bundledDigest(dir);
  const digest = expectedPackDigest(bytes);
  const code = (await readFile(oldScript, 'utf8')).split(old);
  // Once, or the swap would be a guess: the digest is compiled in as the 32-digit string it is.
  if (code.length !== 2) throw new Error(`The worker holds the bundled pack's digest ${code.length - 1} times, not once`);
  // The worker under a new name: Chromium restarted over a profile keeps running the script it registered
  // for the old version when the name is the same (seen with Chromium 156), where an update installed while
  // it runs would replace it. Under a new name it is registered as the new version's.
  const script = `background-${digest.slice(0, 8)}.js`;
  const version = manifest.version.split('.').map(Number);
  version[version.length - 1]++;
  await writeFile(path.join(dir, BUNDLED_FILE), bytes);
  await writeFile(path.join(dir, script), code.join(digest));
  await rm(oldScript);
  await writeFile(
    manifestFile,
    JSON.stringify({ ...manifest, version: version.join('.'), background: { ...manifest.background, service_worker: script } }),
  );
  return digest;
}
