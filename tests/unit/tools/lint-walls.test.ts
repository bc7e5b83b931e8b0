/**
 * The rules of the house, as `npm run lint` checks them: each wall in biome.jsonc catches a planted
 * import that breaks it, names the rule, and lets the allowed imports through. The files are planted
 * in a temporary tree laid out like the project, linted with the project's own biome.jsonc.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './cli/run-cli';

const biome = join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
const RESTRICTED = 'lint/style/noRestrictedImports';
const CYCLE = 'lint/suspicious/noImportCycles';

/** A file (path as in the project) that imports `from`, as a value or as a type. */
interface Plant {
  path: string;
  from: string;
  typeOnly?: boolean;
}

const source = ({ from, typeOnly }: Plant) =>
  typeOnly ? `import type { T } from '${from}';\nexport type U = T;\n` : `import { x } from '${from}';\nexport const y = x;\n`;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Lints the planted files; returns the exit code and, per file, the rules that fired. */
function lint(plants: Plant[]): Promise<{ code: number; rules: Map<string, string[]> }> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-walls-'));
  dirs.push(dir);
  copyFileSync(join(root, 'biome.jsonc'), join(dir, 'biome.jsonc'));
  for (const p of plants) {
    mkdirSync(dirname(join(dir, p.path)), { recursive: true });
    writeFileSync(join(dir, p.path), source(p));
  }
  const args = [
    'lint',
    '--vcs-enabled=false',
    '--reporter=concise',
    '--max-diagnostics=none',
    `--only=style/noRestrictedImports`,
    `--only=suspicious/noImportCycles`,
    '.',
  ];
  return new Promise((done) => {
    execFile(process.execPath, [biome, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      const rules = new Map<string, string[]>();
      for (const m of `${stdout}\n${stderr}`.matchAll(/^[×!] (\S+?):\d+:\d+: (lint\/\S+?):/gm)) rules.set(m[1], [...(rules.get(m[1]) ?? []), m[2]]);
      done({ code: error ? Number(error.code ?? 1) : 0, rules });
    });
  });
}

const broken: (Plant & { rule: string })[] = [
  // Page code never imports worker code, nor Dexie (a content script's IndexedDB is the website's).
  { path: 'lib/content/a.ts', from: '../worker/handlers', rule: RESTRICTED },
  { path: 'lib/content/b.ts', from: 'dexie', rule: RESTRICTED },
  { path: 'entrypoints/content/a.ts', from: '../../lib/worker/db/schema', rule: RESTRICTED },
  { path: 'entrypoints/content/b.ts', from: 'dexie', rule: RESTRICTED },
  // Components never import worker or database code.
  { path: 'components/card/a.tsx', from: '../../lib/worker/highlights/store', rule: RESTRICTED },
  { path: 'components/shared/b.tsx', from: 'dexie', rule: RESTRICTED },
  // The core imports nothing runtime-specific.
  { path: 'lib/core/a.ts', from: 'wxt/browser', rule: RESTRICTED },
  { path: 'lib/core/b.ts', from: 'dexie', rule: RESTRICTED },
  { path: 'lib/core/c.ts', from: 'node:fs', rule: RESTRICTED },
  { path: 'lib/core/d.ts', from: 'playwright-core', rule: RESTRICTED },
  { path: 'lib/core/e.ts', from: '../worker/handlers', rule: RESTRICTED },
  { path: 'lib/core/spot/f.ts', from: '../../content/scan', rule: RESTRICTED },
  { path: 'lib/core/g.ts', from: '../pages/download', rule: RESTRICTED },
  { path: 'lib/core/h.ts', from: '../extension/messages', rule: RESTRICTED },
  { path: 'lib/core/coverage/i.ts', from: '../../tools/cli/annotate', rule: RESTRICTED },
  { path: 'lib/core/j.ts', from: '../../lib/worker/db/schema', rule: RESTRICTED, typeOnly: true },
  // Extension-page helpers reach the worker by messages only.
  { path: 'lib/pages/a.ts', from: '../worker/handlers', rule: RESTRICTED },
];

const allowed: Plant[] = [
  { path: 'lib/content/ok.ts', from: '../core/spot/mentions' },
  { path: 'lib/content/ok2.ts', from: '../extension/messages' },
  { path: 'entrypoints/content/ok.ts', from: '../../lib/content/scan' },
  { path: 'components/card/ok.tsx', from: '../../lib/core/coverage/types' },
  { path: 'components/card/ok2.tsx', from: 'preact/hooks' },
  { path: 'lib/core/ok.ts', from: './spot/normalise' },
  { path: 'lib/core/ok2.ts', from: 'approx-string-match' },
  { path: 'lib/pages/ok.ts', from: '../core/highlights/types' },
  { path: 'lib/worker/ok.ts', from: 'dexie' },
  // Tools may import anything.
  { path: 'lib/tools/ok.ts', from: '../worker/handlers' },
  { path: 'lib/tools/ok2.ts', from: 'playwright-core' },
  { path: 'lib/tools/ok3.ts', from: 'node:fs' },
];

describe('the walls (biome.jsonc)', () => {
  it('catches each planted import across a wall and names the rule', async () => {
    const { code, rules } = await lint([...broken, ...allowed]);
    expect(code).not.toBe(0);
    for (const p of broken) expect(rules.get(p.path), `${p.path} importing ${p.from}`).toEqual([p.rule]);
    for (const p of allowed) expect(rules.get(p.path), `${p.path} importing ${p.from}`).toBeUndefined();
  });

  it('catches an import cycle, even one made only of type imports', async () => {
    const { code, rules } = await lint([
      { path: 'lib/core/cycle/a.ts', from: './b', typeOnly: true },
      { path: 'lib/core/cycle/b.ts', from: './a', typeOnly: true },
      { path: 'lib/core/cycle/c.ts', from: './a', typeOnly: true },
    ]);
    expect(code).not.toBe(0);
    expect(rules.get('lib/core/cycle/a.ts')).toEqual([CYCLE]);
    expect(rules.get('lib/core/cycle/b.ts')).toEqual([CYCLE]);
    expect(rules.get('lib/core/cycle/c.ts')).toBeUndefined();
  });

  it('passes a tree whose imports all stay inside the walls', async () => {
    const { code, rules } = await lint(allowed);
    expect([...rules]).toEqual([]);
    expect(code).toBe(0);
  });
});
