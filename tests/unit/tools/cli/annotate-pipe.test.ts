/**
 * The pipe the README shows: `npm run -s annotate -- FILE --json | jq .`. Run through a real shell
 * and npm, standard output must be the JSON alone (without -s, npm prints its banner there first).
 * CI does not install jq, so the test reads the pipe's output with JSON.parse instead.
 */
import { exec } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../lib/tools/cli/annotation';
import { root } from './run-cli';

const AFP = 'seeds/articles/002_ab51681ac8b4fd5f.txt';

const shell = (command: string) =>
  new Promise<{ code: number; stdout: string }>((done) => {
    exec(
      `set -o pipefail; ${command}`,
      { shell: '/bin/bash', cwd: root, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 },
      (error, stdout) => done({ code: error ? Number(error.code ?? 1) : 0, stdout }),
    );
  });

describe('npm run -s annotate -- FILE --json, piped', () => {
  it('writes JSON and nothing else to standard output', async () => {
    const { code, stdout } = await shell(`npm run -s annotate -- ${AFP} --json | cat`);
    expect(code).toBe(0);
    const annotation = JSON.parse(stdout) as Annotation;
    const text = readFileSync(join(root, AFP), 'utf8');
    const gladkov = annotation.mentions.find((m) => m.entityId === 'vyacheslav-gladkov')!;
    expect(gladkov).toMatchObject({ name: 'Vyacheslav Gladkov', type: 'person', text: 'Vyacheslav Gladkov' });
    expect(text.slice(gladkov.start, gladkov.end)).toBe('Vyacheslav Gladkov');
    expect(annotation.entities.find((e) => e.entityId === 'russian-defence-ministry')?.outlets).toEqual(['wsws', 'afp', 'rferl']);
  }, 60_000);
});
