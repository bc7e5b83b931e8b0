/**
 * The build's bundled-pack plugin (lib/tools/build/bundled-corpus.ts): a bad pack fails the build,
 * naming the field; a good one ships as its check rebuilt it (unknown fields dropped), with the
 * digest of the bytes shipped (tests/fixtures/pack-digest.ts).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FILE, bundledCorpus } from '../../../lib/tools/build/bundled-corpus';
import { miniPack } from '../../fixtures/mini-pack';
import { expectedPackDigest } from '../../fixtures/pack-digest';

interface Emitted {
  fileName: string;
  source: Uint8Array;
}

/** Runs the plugin's load of its virtual module on `content` as the pack file, as Vite would. */
async function build(content: string): Promise<{ module: string; emitted: Emitted[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bundled-corpus-'));
  const file = path.join(dir, 'pack.json');
  await writeFile(file, content);
  const plugin = bundledCorpus(file);
  const emitted: Emitted[] = [];
  const context = {
    addWatchFile: () => undefined,
    emitFile: (f: Emitted) => void emitted.push(f),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const resolved = (plugin.resolveId as (id: string) => string | undefined)('virtual:bundled-corpus');
  const module = await (plugin.load as unknown as (this: typeof context, id: string) => Promise<string>).call(context, resolved!);
  return { module, emitted };
}

describe('the bundled pack, at build time', () => {
  it('ships a good pack as checked, unknown fields dropped, with the digest of the bytes shipped', async () => {
    const pack = miniPack();
    const { module, emitted } = await build(JSON.stringify({ ...pack, comment: 'not a field of a pack' }));
    expect(emitted.map((e) => e.fileName)).toEqual([BUNDLED_FILE]);
    const shipped = emitted[0].source;
    expect(JSON.parse(new TextDecoder().decode(shipped))).toEqual(pack);
    const digest = expectedPackDigest(shipped);
    expect(module).toBe(`export default ${JSON.stringify({ file: BUNDLED_FILE, digest })};`);
  });

  it('fails the build on a bad pack, naming the field, or on a file that is not JSON', async () => {
    const bad = miniPack();
    bad.claims[2].quote = 'tampered';
    await expect(build(JSON.stringify(bad))).rejects.toThrow(/pack\.json: .*claims\[2\]\.quote/);
    await expect(build('{"format": "parallax-claims/1",')).rejects.toThrow(/pack\.json: the bundled pack is not JSON in UTF-8/);
  });
});
