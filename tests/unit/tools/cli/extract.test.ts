/**
 * The extract CLI as a user runs it: a real process per invocation, on the saved pages in
 * tests/fixtures/articles. Packs written with --out or to stdout, --outlet, the summary line, and
 * every way an argument or file can be unusable. All processes start together, once.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type Run } from './run-cli';
import type { ClaimPack } from '../../../../lib/core/pack/types';
import { validatePack } from '../../../../lib/core/pack/validate';

const fixtures = 'tests/fixtures/articles';
const IL76 = `${fixtures}/il76-unknown.html`;
const NOISY = `${fixtures}/noisy.html`;
const NO_TEXT = `${fixtures}/no-text.html`;

const run = (args: string[]) => runCli('lib/tools/cli/extract.ts', args);

const tmp = mkdtempSync(join(tmpdir(), 'parallax-extract-'));
const at = (name: string) => join(tmp, name);
const out = at('pack.json');
const twoOut = at('two.json');

const failures: { name: string; args: string[]; code: 1 | 2; says: string[] }[] = [
  { name: 'an unknown flag', args: ['--outlets', 'X', IL76], code: 2, says: ['--outlets', 'unknown option'] },
  { name: 'no FILE', args: ['--out', out], code: 2, says: ['missing FILE'] },
  { name: '--out without a value', args: [IL76, '--out'], code: 2, says: ['--out needs a value'] },
  { name: '--outlet given twice', args: [IL76, '--outlet', 'A', '--outlet=B'], code: 2, says: ['--outlet given twice'] },
  { name: '--out onto an input', args: [IL76, '--out', IL76], code: 2, says: ['would overwrite'] },
  { name: 'an unsupported type', args: ['tests/fixtures/cli/other-senses.txt'], code: 2, says: ['other-senses.txt', 'unsupported', '.html'] },
  { name: 'a missing file', args: [`${fixtures}/nope.html`], code: 1, says: ['nope.html', 'no such file'] },
  { name: 'a directory', args: [fixtures], code: 1, says: [fixtures, 'directory'] },
  { name: 'an empty file', args: [at('empty.html')], code: 1, says: ['empty.html', 'is empty'] },
  { name: 'a binary file', args: [at('photo.html')], code: 1, says: ['photo.html', 'binary'] },
  { name: 'a file that is not HTML', args: [at('plain.html')], code: 1, says: ['plain.html', 'not HTML'] },
  { name: 'a page without article text', args: [NO_TEXT], code: 1, says: ['no-text.html', 'no article text found'] },
  { name: 'an unwritable --out', args: [IL76, '--out', at('missing-dir/pack.json')], code: 1, says: ['pack.json', 'cannot be written'] },
];

let written: Run, toStdout: Run, knownOutlet: Run, newOutlet: Run, undated: Run, twoOneBad: Run, help: Run;
let failed: Run[];

beforeAll(async () => {
  writeFileSync(at('empty.html'), '');
  writeFileSync(at('photo.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(at('plain.html'), 'Just some words, saved with the wrong name.\n');
  writeFileSync(
    at('fragment.html'),
    '<p>Kremlin spokesman Dmitry Peskov said the Il-76 crash would be looked into by Russian investigators alone, without any outside help.</p>',
  );
  [written, toStdout, knownOutlet, newOutlet, undated, twoOneBad, help, ...failed] = await Promise.all([
    run([IL76, '--out', out]),
    run([IL76, NOISY]),
    run(['--outlet', 'Agence France-Presse', IL76]),
    run([`--outlet=My Clippings`, IL76, '--out', '-']),
    run([at('fragment.html')]),
    run([IL76, NO_TEXT, '--out', twoOut]),
    run(['--help']),
    ...failures.map((f) => run(f.args)),
  ]);
}, 90_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const packOf = (json: string): ClaimPack => {
  const result = validatePack(JSON.parse(json));
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('extract builds a pack', () => {
  it('writes a valid pack to --out and a one-line summary to stderr', () => {
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    const pack = packOf(readFileSync(out, 'utf8'));
    expect(pack.articles.map((a) => a.title)).toEqual(['Moscow and Kyiv trade blame over Il-76 crash']);
    expect(pack.outlets.map((o) => [o.id, o.labels.ownership])).toEqual([['user-exampledaily-example', 'unrated']]);
    const entities = new Set(pack.claims.flatMap((c) => c.entityIds)).size;
    expect(written.stderr).toBe(`1 article, ${pack.claims.length} claims about ${entities} known entities; new outlet: Example Daily (unrated)\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^\{\n "format": "parallax-claims\/1",[\s\S]*\}\n$/);
  });

  it('prints the pack to stdout without --out, one article per FILE', () => {
    expect(toStdout.code).toBe(0);
    const pack = packOf(toStdout.stdout);
    expect(pack.articles).toHaveLength(2);
    expect(pack.outlets.map((o) => o.name)).toEqual(['Example Daily', 'Hill Country Post']);
    expect(toStdout.stderr).toMatch(
      /^2 articles, \d+ claims? about \d+ known entit(y|ies); new outlets: Example Daily \(unrated\), Hill Country Post \(unrated\)\n$/,
    );
    expect(toStdout.stdout).not.toContain('\x1b[');
  });

  it('--outlet NAME picks a known outlet, with its labels', () => {
    expect(knownOutlet.code).toBe(0);
    const pack = packOf(knownOutlet.stdout);
    expect(pack.outlets).toHaveLength(1);
    expect(pack.outlets[0]).toMatchObject({ id: 'afp', labels: { ownership: 'wire', alignment: 'neutral' } });
    expect(pack.claims.every((c) => c.outletId === 'afp')).toBe(true);
    expect(knownOutlet.stderr).not.toContain('new outlet');
  });

  it('--outlet=NAME names a new unrated outlet; --out - is stdout', () => {
    expect(newOutlet.code).toBe(0);
    expect(packOf(newOutlet.stdout).outlets).toEqual([
      expect.objectContaining({ id: 'user-my-clippings', name: 'My Clippings', labels: { ownership: 'unrated', alignment: 'unrated' } }),
    ]);
    expect(newOutlet.stderr).toContain('new outlet: My Clippings (unrated)');
  });

  it('reads a bare fragment, and dates a page without a date today', () => {
    expect(undated.code).toBe(0);
    const pack = packOf(undated.stdout);
    expect(pack.articles[0].published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pack.claims.map((c) => c.speaker)).toContainEqual(expect.objectContaining({ entityId: 'dmitry-peskov' }));
    expect(undated.stderr).toContain('1 page gives no date, dated today');
  });
});

describe('extract --help and errors', () => {
  it('documents usage', () => {
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run extract -- FILE.html [FILE2.html …] [--outlet NAME] [--out pack.json]');
    expect(help.stdout).toContain('unrated');
  });

  it('writes nothing when one of several files fails, and names that file', () => {
    expect(twoOneBad.code).toBe(1);
    expect(twoOneBad.stdout).toBe('');
    expect(twoOneBad.stderr).toBe(`extract: ${NO_TEXT}: no article text found on this page\n`);
    expect(existsSync(twoOut)).toBe(false);
  });

  failures.forEach((f, i) => {
    it(`exits ${f.code} with one clear line for ${f.name}`, () => {
      const r = failed[i];
      expect(r.code).toBe(f.code);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^extract: /);
      for (const word of f.says) expect(lines[0]).toContain(word);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    });
  });
});
