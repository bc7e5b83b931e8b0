/**
 * Vite plugin: gives the background `virtual:spot-code`, a digest of the spotting code
 * (lib/core/spot) made at build time. The background keeps its compiled gazetteer between starts
 * (lib/worker/stored-names.ts) under a key that includes it, so a build that spots differently
 * never reads a gazetteer an earlier build compiled.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:spot-code';
const RESOLVED = `\0${ID}`;

export function spotCode(dir: string): Plugin {
  const root = path.resolve(dir);
  return {
    name: 'parallax-spot-code',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const hash = createHash('sha256');
      for (const name of (await readdir(root)).filter((n) => n.endsWith('.ts')).sort()) {
        const file = path.join(root, name);
        this.addWatchFile(file);
        hash
          .update(name)
          .update('\0')
          .update(await readFile(file))
          .update('\0');
      }
      return `export default ${JSON.stringify(hash.digest('hex').slice(0, 32))};`;
    },
  };
}
