/**
 * `npm run bench [-- --only GROUP[,GROUP]] [-- --json FILE]`: builds what it needs (the extension as
 * shipped, a variant with a synthetic 100,000-claim pack, the in-page harness, signed subscription
 * packs), generates the workloads, drives real Chromium, and prints one table of figures with their
 * baselines, ratios and targets. Without --only it runs every group, in the order below; a group
 * run alone still measures the baselines its ratios need. Not part of `npm test`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClaimPack } from '../../core/pack/types';
import { chromiumPath } from './browser';
import { benchOut, repoRoot } from './build';
import { createContext, type Group } from './context';
import { aliases } from './groups/aliases';
import { busy } from './groups/busy';
import { cards } from './groups/cards';
import { extraction } from './groups/extraction';
import { loading } from './groups/loading';
import { matcher } from './groups/matcher';
import { memory } from './groups/memory';
import { pages } from './groups/pages';
import { size } from './groups/size';
import { describeMachine, formatTable, machine, type Row } from './report';

const GROUPS: readonly Group[] = [extraction, matcher, pages, aliases, loading, busy, cards, memory, size];

function args(): { json?: string; groups: readonly Group[] } {
  const argv = process.argv.slice(2);
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    if (i >= 0 && (!argv[i + 1] || argv[i + 1].startsWith('--'))) throw new Error(`${flag} needs a value`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const json = value('--json');
  const only = value('--only');
  const names = only?.split(',').map((n) => n.trim()) ?? [];
  const unknown = names.filter((n) => !GROUPS.some((g) => g.name === n));
  if (unknown.length) throw new Error(`--only: no group named ${unknown.join(', ')}; the groups are ${GROUPS.map((g) => g.name).join(', ')}`);
  return { json: json && path.resolve(json), groups: only ? GROUPS.filter((g) => names.includes(g.name)) : GROUPS };
}

const started = performance.now();
const log = (m: string) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${m}`);

async function main() {
  const { json, groups } = args();
  const seed = JSON.parse(await readFile(path.join(repoRoot, 'seeds/corpus.json'), 'utf8')) as ClaimPack;
  const work = await mkdtemp(path.join(tmpdir(), 'parallax-bench-'));
  const ctx = createContext(seed, work, log);
  const rows: Row[] = [];
  try {
    for (const [i, group] of groups.entries()) {
      log(`Group ${group.name}`);
      try {
        rows.push(...(await group.rows(ctx)));
      } catch (e) {
        // One group's failure is reported in its place; the others still run.
        console.error(e);
        rows.push({ figure: `group ${group.name}`, value: `failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` });
        process.exitCode = 1;
      }
      const later = groups.slice(i + 1);
      for (const name of group.needs) if (!later.some((g) => g.needs.includes(name))) await ctx.release(name);
    }
  } finally {
    await ctx.closeAll();
    await rm(work, { recursive: true, force: true });
  }

  const m = machine(chromiumPath());
  const only = groups.length < GROUPS.length ? ` — groups ${groups.map((g) => g.name).join(', ')}` : '';
  console.log(`Parallax benchmark — ${new Date().toISOString().slice(0, 10)}${only} — ${describeMachine(m)}\n`);
  console.log(formatTable(rows));
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s; builds in ${path.relative(repoRoot, benchOut)}/)`);
  if (json) {
    await writeFile(json, `${JSON.stringify({ date: new Date().toISOString(), machine: m, groups: groups.map((g) => g.name), rows }, null, 2)}\n`);
    log(`Wrote ${json}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
