/**
 * Vite plugin: ships the bundled claim pack as a file of the extension (`bundled-corpus.json`) and
 * gives the background a tiny module `virtual:bundled-corpus` with its path and a digest of its
 * bytes, made here at build time. The worker then compares one short string at each start, and
 * reads and parses the pack (in steps) only when the stored copy is of another build: importing
 * the pack as a module would parse tens of megabytes at every wake and keep them in memory.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:bundled-corpus';
const RESOLVED = `\0${ID}`;
/** Where the pack is in the built extension, from its root (the worker fetches it from its own package). */
export const BUNDLED_FILE = 'bundled-corpus.json';

/** The digest the worker compares with its stored copy's: the pack's bytes, hashed. */
const packDigest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

/** `file`: the claim pack to bundle (seeds/corpus.json; the bench bundles a larger one). */
export function bundledCorpus(file: string): Plugin {
  const source = path.resolve(file);
  return {
    name: 'parallax-bundled-corpus',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(source);
      const bytes = await readFile(source);
      this.emitFile({ type: 'asset', fileName: BUNDLED_FILE, source: bytes });
      return `export default ${JSON.stringify({ file: BUNDLED_FILE, digest: packDigest(bytes) })};`;
    },
  };
}
