/**
 * Vite plugin: gives the background `virtual:spot-code`, a digest made at build time of the code
 * that decides which names are spotted and how they are compiled. The background keeps its compiled
 * gazetteer between starts (lib/worker/stored-names.ts) under a key that includes it, so a build
 * that spots differently never reads a gazetteer an earlier build compiled.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:spot-code';
const RESOLVED = `\0${ID}`;

/** The .ts files of `sources` (files, or folders read one level deep), in a stable order. */
async function files(sources: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const source of sources) {
    if ((await stat(source)).isFile()) found.push(source);
    else for (const name of await readdir(source)) if (name.endsWith('.ts')) found.push(path.join(source, name));
  }
  return found.sort();
}

/** `sources`: absolute paths of the files and folders whose code the digest covers. */
export function spotCode(sources: readonly string[]): Plugin {
  return {
    name: 'parallax-spot-code',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const hash = createHash('sha256');
      for (const file of await files(sources)) {
        this.addWatchFile(file);
        hash
          .update(path.basename(file))
          .update('\0')
          .update(await readFile(file))
          .update('\0');
      }
      return `export default ${JSON.stringify(hash.digest('hex').slice(0, 32))};`;
    },
  };
}
