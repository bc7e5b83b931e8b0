/**
 * `npm run eval:extract` as a user runs it: a real process on the one-page set in
 * tests/fixtures/extraction-mini, as a table and as JSON, and on folders it cannot use. Rates
 * depend on the extraction of the day, so this checks the counts and the shape, not the rates.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli/run-cli';

const MINI = 'tests/fixtures/extraction-mini';
const run = (args: string[]) => runCli('lib/tools/eval-extract.ts', args);
const tmp = mkdtempSync(join(tmpdir(), 'parallax-eval-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Each case starts tsx processes: seconds each on a small machine, more when the suite runs in parallel.
describe('eval:extract', { timeout: 60_000 }, () => {
  it('prints the table for a set folder', async () => {
    const r = await run([MINI]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 articles, 4 labelled sentences');
    expect(r.stdout).toContain('| class | claims | non-claims | non-claims extracted | recall | precision | mode | speaker | figures |');
    expect(r.stdout).toMatch(/\| \*\*overall\*\* \| 3 \| 1 \|/);
    expect(r.stdout).toMatch(/\| cross-sentence \| 1 \| 0 \|/);
    expect(r.stdout).toContain('Speakers that are not a name, role or organisation:');
  });

  it('prints the scores as JSON with --json', async () => {
    const r = await run(['--json', MINI]);
    expect(r.code).toBe(0);
    const scores = JSON.parse(r.stdout);
    expect(scores).toMatchObject({ articles: 1, labels: 4, failedArticles: [], sentencesNotInText: 0 });
    expect(scores.overall).toMatchObject({ claims: 3, nonClaims: 1, claimsWithFigures: 2 });
    for (const k of ['recall', 'precision', 'mode', 'speaker', 'figures']) {
      expect(scores.overall[k]).toBeGreaterThanOrEqual(0);
      expect(scores.overall[k]).toBeLessThanOrEqual(1);
    }
    expect(Object.keys(scores.byClass).sort()).toEqual(['background', 'cross-sentence', 'figures-digits', 'figures-words', 'said', 'speaker-span']);
    expect(typeof scores.speakersNotAName).toBe('number');
  });

  it('names the first bad field of labels.json, and refuses bad usage', async () => {
    const bad = join(tmp, 'bad');
    cpSync(MINI, bad, { recursive: true });
    writeFileSync(
      join(bad, 'labels.json'),
      JSON.stringify({ format: 'parallax-extraction-labels/1', labels: [{ article: 'mini.html', sentence: 'x', isClaim: true, classes: [] }] }),
    );
    const [labels, none, usage, missing] = await Promise.all([run([bad]), run([]), run([MINI, '--csv']), run([join(tmp, 'nope')])]);
    expect(labels.code).toBe(1);
    expect(labels.stderr).toContain('labels.json: Not a valid labels file: labels[0].entityIds');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('missing DIR');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('unknown option --csv');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('pack.json: no such file');
  });
});
