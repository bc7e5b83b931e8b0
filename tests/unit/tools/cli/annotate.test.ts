/**
 * The annotate CLI as a user runs it: a real process per invocation, checked on a seed article,
 * an HTML page, look-alike words and every way a file can be unusable. All processes are started
 * together once, so the suite costs about one tsx start-up, not one per case.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runCli, type Run } from './run-cli';
import { articleText } from '../../../../lib/tools/cli/article-text';
import type { Annotation } from '../../../../lib/tools/cli/annotation';
import { CORPUS_PATH } from '../../../../lib/tools/cli/seed-files';
import type { ClaimPack } from '../../../../lib/core/pack/types';

const fixtures = 'tests/fixtures/cli';
const AFP = 'seeds/articles/002_ab51681ac8b4fd5f.txt';
const HTML = `${fixtures}/article.html`;
const ALL_OUTLETS = ['afp', 'euromaidan-press', 'pravda-ru', 'rferl', 'wsws'];

const run = (args: string[]) => runCli('lib/tools/cli/annotate.ts', args);

const tmp = mkdtempSync(join(tmpdir(), 'parallax-annotate-'));
const binary = join(tmp, 'photo.txt');
const latin1 = join(tmp, 'latin1.txt');

/** Every error case: arguments, expected exit code, and words the one-line message must contain. */
const failures: { name: string; args: string[]; code: 1 | 2; says: string[] }[] = [
  { name: 'an unknown flag', args: ['--jsn', AFP], code: 2, says: ['--jsn', 'unknown option'] },
  { name: 'no FILE', args: ['--json'], code: 2, says: ['missing FILE'] },
  { name: 'two FILEs', args: [AFP, 'other.txt'], code: 2, says: ['other.txt'] },
  { name: 'an unsupported type', args: ['package.json'], code: 2, says: ['package.json', 'unsupported'] },
  { name: 'a directory', args: [fixtures], code: 1, says: [fixtures, 'directory'] },
  { name: 'a missing file', args: [`${fixtures}/nope.txt`], code: 1, says: ['nope.txt', 'no such file'] },
  { name: 'a binary file', args: [binary], code: 1, says: ['photo.txt', 'binary'] },
  { name: 'a non-UTF-8 file', args: [latin1], code: 1, says: ['latin1.txt', 'UTF-8'] },
  { name: 'an empty file', args: [`${fixtures}/empty.txt`], code: 1, says: ['empty.txt', 'empty'] },
  { name: 'a white-space file', args: [`${fixtures}/blank.txt`], code: 1, says: ['blank.txt', 'empty'] },
  { name: 'an HTML file with no text', args: [`${fixtures}/no-text.html`], code: 1, says: ['no-text.html', 'no readable text'] },
];

const pack = JSON.parse(readFileSync(CORPUS_PATH, 'utf8')) as ClaimPack;
const entity = (id: string) => pack.entities.find((e) => e.id === id)!;
let afpJson: Run, afpHuman: Run, htmlJson: Run, otherJson: Run, help: Run;
let failed: Run[];

beforeAll(async () => {
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(latin1, Buffer.from('Caf\xe9 in Kyiv', 'latin1'));
  [afpJson, afpHuman, htmlJson, otherJson, help, ...failed] = await Promise.all([
    run([AFP, '--json']),
    run([AFP]),
    run(['--json', HTML]),
    run([`${fixtures}/other-senses.txt`, '--json']),
    run(['--help']),
    ...failures.map((f) => run(f.args)),
  ]);
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const parse = (r: Run): Annotation => {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Annotation;
};

/** Offsets, names and the entity list must agree with the text and the corpus, whatever was found. */
function expectConsistent(a: Annotation, text: string): void {
  for (const m of a.mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect({ name: m.name, type: m.type }).toEqual({ name: entity(m.entityId).name, type: entity(m.entityId).type });
  }
  expect(a.entities.map((e) => e.entityId)).toEqual([...new Set(a.mentions.map((m) => m.entityId))]);
  const questions = new Map(pack.facets.map((f) => [f.id, f.question]));
  for (const e of a.entities) {
    for (const f of e.facets) {
      expect(f.question).toBe(questions.get(f.facetId));
      for (const o of f.outlets) expect(e.outlets).toContain(o);
    }
  }
}

describe('annotate on a seed article (.txt, --json)', () => {
  const text = readFileSync(join(root, AFP), 'utf8');
  const at = (phrase: string, from = 0) => text.indexOf(phrase, from);

  it('gives offsets into the file, canonical names and each entity once', () => {
    expectConsistent(parse(afpJson), text);
  });

  it('links the names a reader would link', () => {
    const { mentions } = parse(afpJson);
    const volodin = at('Vyacheslav Volodin');
    expect(mentions).toContainEqual({
      entityId: 'vyacheslav-volodin',
      name: 'Vyacheslav Volodin',
      type: 'person',
      text: 'Vyacheslav Volodin',
      start: volodin,
      end: volodin + 18,
    });
    // The bare surname counts once the full name has appeared.
    expect(mentions).toContainEqual(expect.objectContaining({ entityId: 'vyacheslav-volodin', text: 'Volodin', start: at('Volodin told') }));
    expect(mentions.filter((m) => m.entityId === 'vyacheslav-gladkov').map((m) => m.text)).toEqual(['Vyacheslav Gladkov', 'Gladkov', 'Gladkov']);
    // Another spelling maps to the canonical name.
    expect(mentions).toContainEqual(expect.objectContaining({ entityId: 'oleg-synehubov', name: 'Oleh Syniehubov', text: 'Oleg Sinegubov' }));
    // Longest match wins: the whole descriptive alias, not just "IL-76".
    expect(mentions[0]).toMatchObject({ entityId: 'il-76', text: 'IL-76 military transport plane', start: at('IL-76 military') });
    const byText = new Map(mentions.map((m) => [m.text, m.entityId]));
    expect(byText.get("Moscow's defence ministry")).toBe('russian-defence-ministry');
    expect(byText.get("Russia's lower house of parliament")).toBe('state-duma');
    expect(byText.get('Korochansky district')).toBe('korochansky-district');
    expect(byText.get('Olenivka')).toBe('olenivka-2022');
    expect(byText.get('Kyiv')).toBe('kyiv');
  });

  it('lists per entity the outlets that cover it, by facet', () => {
    const { entities } = parse(afpJson);
    const plane = entities.find((e) => e.entityId === 'il-76')!;
    expect([...plane.outlets].sort()).toEqual(ALL_OUTLETS);
    expect(plane.facets.map((f) => f.facetId)).toContain('il76-crash/aboard');
    expect(entities.find((e) => e.entityId === 'vyacheslav-volodin')!.outlets).toContain('afp');
  });

  it('prints a readable report without colour when piped', () => {
    expect(afpHuman.code).toBe(0);
    expect(afpHuman.stderr).toBe('');
    const out = afpHuman.stdout;
    expect(out).not.toContain('\x1b[');
    expect(out).toContain(`${AFP}: `);
    expect(out).toContain('Oleg Sinegubov → Oleh Syniehubov');
    expect(out).toMatch(/^ {2}Vyacheslav Volodin \(person, mentioned twice\)$/m);
    expect(out).toContain('Ilyushin Il-76');
    expect(out).toContain('What brought the plane down, and who is blamed?');
    expect(out).toContain('Who was on board, and how many?');
    expect(out).toContain('Agence France-Presse');
  });
});

describe('annotate on an HTML page', () => {
  const html = readFileSync(join(root, HTML), 'utf8');
  const text = articleText(html);

  it('reads only the article: no navigation, script, style, title, form or footer text', () => {
    expect(text).toContain('Dmitry Peskov');
    for (const outside of ['Vladimir Putin', 'NATO', 'Zelensky', 'Kharkiv', 'Courier', 'Reuters', 'Donetsk', 'Olenivka', 'Tuapse']) {
      expect(text).not.toContain(outside);
    }
  });

  it('finds names split by inline markup, with offsets into the extracted text', () => {
    const a = parse(htmlJson);
    expectConsistent(a, text);
    expect(a.mentions).toContainEqual(expect.objectContaining({ entityId: 'sergei-lavrov', text: 'Sergei Lavrov' }));
    expect(a.mentions).toContainEqual(expect.objectContaining({ entityId: 'kyiv', name: 'Kyiv', text: 'Kiev' }));
    expect(a.entities.map((e) => e.entityId)).toEqual(['kremlin', 'il76-crash', 'dmitry-peskov', 'kyiv', 'sergei-lavrov', 'united-nations']);
  });

  it('reports the Il-76 crash as covered by all five outlets, with real facets only', () => {
    const crash = parse(htmlJson).entities.find((e) => e.entityId === 'il76-crash')!;
    expect(crash.name).toBe('Il-76 crash in Belgorod region');
    expect([...crash.outlets].sort()).toEqual(ALL_OUTLETS);
    expect(crash.facets.length).toBeGreaterThan(0);
    expect(crash.facets.find((f) => f.facetId === 'il76-crash/cause')).toMatchObject({ question: 'What brought the plane down, and who is blamed?' });
  });

  it('links nothing in the look-alike sentence of the article', () => {
    const from = text.indexOf('He kept a brisk pace');
    expect(from).toBeGreaterThan(0);
    expect(parse(htmlJson).mentions.filter((m) => m.start >= from)).toEqual([]);
  });
});

describe('annotate on the same words in other senses', () => {
  it('links nothing', () => {
    expect(parse(otherJson)).toEqual({ mentions: [], entities: [] });
  });
});

describe('annotate --help and errors', () => {
  it('documents usage and what the offsets index', () => {
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run annotate -- FILE [--json]');
    expect(help.stdout).toContain('extracted article text');
  });

  failures.forEach((f, i) => {
    it(`exits ${f.code} with one clear line for ${f.name}`, () => {
      const r = failed[i];
      expect(r.code).toBe(f.code);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^annotate: /);
      for (const word of f.says) expect(lines[0]).toContain(word);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    });
  });
});
