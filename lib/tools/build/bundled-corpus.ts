/**
 * Vite plugin: checks the bundled claim pack in full (the build fails on a bad one, naming the
 * field), ships it as a file of the extension (`bundled-corpus.json`, as the check rebuilt it) and
 * gives the background a tiny module `virtual:bundled-corpus` with its path and a digest of its
 * bytes. The worker then compares one short string at each start, and reads and parses the pack (in
 * steps) only when the stored copy is of another build: importing the pack as a module would parse
 * tens of megabytes at every wake and keep them in memory. Bytes with that digest are the pack
 * checked here, so the worker does not check them again (about a second at 100,000 claims).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { packDigest } from '../../core/pack/stamp';
import { validatePack } from '../../core/pack/validate';
import { err, ok, type Result } from '../../core/result';

const ID = 'virtual:bundled-corpus';
const RESOLVED = `\0${ID}`;
/** Where the pack is in the built extension, from its root (the worker fetches it from its own package). */
export const BUNDLED_FILE = 'bundled-corpus.json';

/**
 * A claim pack's bytes checked in full and written out as the check rebuilt them (unknown fields
 * dropped): what a build ships. Bytes that are not UTF-8 or not JSON, or a pack with a problem, are
 * refused with the reason.
 */
export function checkedPackBytes(bytes: Uint8Array): Result<Uint8Array> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return err(`the bundled pack is not JSON in UTF-8: ${e instanceof Error ? e.message : String(e)}`);
  }
  const valid = validatePack(parsed);
  return valid.ok ? ok(new TextEncoder().encode(JSON.stringify(valid.value))) : valid;
}

/** `file`: the claim pack to bundle (seeds/corpus.json; the bench bundles a larger one). */
export function bundledCorpus(file: string): Plugin {
  const source = path.resolve(file);
  return {
    name: 'parallax-bundled-corpus',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(source);
      const checked = checkedPackBytes(await readFile(source));
      if (!checked.ok) this.error(`${file}: ${checked.error}`);
      const bytes = checked.value;
      this.emitFile({ type: 'asset', fileName: BUNDLED_FILE, source: bytes });
      return `export default ${JSON.stringify({ file: BUNDLED_FILE, digest: await packDigest(bytes) })};`;
    },
  };
}
