/**
 * The matcher's figures, measured in a plain Chromium page: spotting time against mark.js and the
 * naive one-RegExp-per-alias scan (same page, same alias list, same run), throughput, and the cost
 * at each gazetteer size.
 */
import type { ClaimPack } from '../../core/pack/types';
import { measure, type Cell, type InPageSetup, type Method } from './in-page';
import { ms, times, type Row } from './report';
import { gazetteerOf } from './workloads';

export const SIZES = [100, 1000, 10_000, 50_000] as const;
const FULL = 50_000;

export interface MatcherPages {
  /** name → URL */
  short: { name: string; url: string };
  long: { name: string; url: string };
}

export interface MatcherRun {
  cells: Cell[];
  rows: Row[];
}

export async function matcherFigures(s: InPageSetup, seed: ClaimPack, pages: MatcherPages, log: (m: string) => void): Promise<MatcherRun> {
  const cells: Cell[] = [];
  const run = async (page: MatcherPages['short'], method: Method, size: number) => {
    const cell = await measure(
      s,
      page.name,
      page.url,
      method,
      gazetteerOf(seed, size),
      5,
      method === 'ours' ? 60_000 : method === 'naive' ? 20_000 : 10_000,
    );
    log(
      `  ${method.padEnd(5)} ${page.name.padEnd(16)} ${String(size).padStart(6)} aliases: ${ms(cell.totalMs)} (${cell.rounds} rounds, ${cell.found} found)`,
    );
    cells.push(cell);
    return cell;
  };
  // One unmeasured round first: the browser's first page and compiled code are not the figure.
  await measure(s, pages.short.name, pages.short.url, 'ours', gazetteerOf(seed, 100), 1);
  const ours = new Map<string, Cell>();
  for (const size of SIZES) {
    ours.set(`short:${size}`, await run(pages.short, 'ours', size));
    ours.set(`long:${size}`, await run(pages.long, 'ours', size));
  }
  const naive = new Map<number, Cell>();
  const mark = new Map<number, Cell>();
  for (const size of SIZES) naive.set(size, await run(pages.short, 'naive', size));
  for (const size of SIZES) mark.set(size, await run(pages.short, 'mark', size));

  const o = ours.get(`short:${FULL}`)!;
  const m = mark.get(FULL)!;
  const n = naive.get(FULL)!;
  const long = ours.get(`long:${FULL}`)!;
  const mbps = (c: Cell, t: number) => c.chars / 1e6 / (t / 1000);
  const rows: Row[] = [
    {
      figure: `Spotting vs mark.js, ${pages.short.name}, 50,000 aliases`,
      value: ms(o.totalMs),
      baseline: `${ms(m.totalMs)} (mark.js)`,
      ratio: times(m.totalMs / o.totalMs),
      target: '≥ 20× faster',
      met: m.totalMs / o.totalMs >= 20,
      data: { ours: o, markjs: m },
    },
    {
      figure: `Spotting vs naive RegExp per alias, same page and aliases`,
      value: ms(o.totalMs),
      baseline: `${ms(n.totalMs)} (naive)`,
      ratio: times(n.totalMs / o.totalMs),
      data: { ours: o, naive: n },
    },
    {
      figure: `Matcher throughput (findMentions), ${pages.long.name}, 50,000 aliases`,
      value: `${mbps(long, long.matchMs).toFixed(1)} MB/s`,
      baseline: `${mbps(n, n.matchMs).toFixed(2)} MB/s (naive)`,
      ratio: times(mbps(long, long.matchMs) / mbps(n, n.matchMs)),
      data: { chars: long.chars, matchMs: long.matchMs, naiveChars: n.chars, naiveMatchMs: n.matchMs },
    },
  ];
  const base = ours.get('long:100')!;
  for (const size of SIZES) {
    const c = ours.get(`long:${size}`)!;
    const ratio = c.totalMs / base.totalMs;
    rows.push({
      figure: `Spotting, ${pages.long.name}, ${size.toLocaleString('en')} aliases`,
      value: ms(c.totalMs),
      baseline: size === 100 ? undefined : `${ms(base.totalMs)} (100 aliases)`,
      ratio: size === 100 ? undefined : times(ratio),
      target: size === FULL ? '≤ 1.5× the 100-alias cost' : undefined,
      met: size === FULL ? ratio <= 1.5 : undefined,
      data: { cell: c },
    });
  }
  for (const size of SIZES) {
    const c = ours.get(`long:${size}`)!;
    rows.push({
      figure: `Compiling the gazetteer, ${size.toLocaleString('en')} aliases (in the background, once per change of names)`,
      value: ms(c.compileMs),
      data: { compileMs: c.compileMs },
    });
  }
  return { cells, rows };
}
