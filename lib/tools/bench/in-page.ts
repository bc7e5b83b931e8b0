/**
 * Runs the matcher and its baselines inside real pages of a plain Chromium (no extension): each
 * round loads the page afresh, injects the bundled harness (and mark.js for its runs), compiles the
 * alias list, and times the scan (the median of three; one for mark.js, which changes the page).
 * Medians over rounds; a slow method gets fewer rounds.
 */
import type { Page } from 'playwright-core';
import type { GazetteerEntry } from '../../core/spot/gazetteer';
import type { PageBench, Timing } from './page-harness';
import { median } from './stats';

export type Method = 'ours' | 'naive' | 'mark';

export interface Cell {
  method: Method;
  page: string;
  aliases: number;
  rounds: number;
  /** Medians over the rounds. */
  compileMs: number;
  totalMs: number;
  matchMs: number;
  chars: number;
  found: number;
}

export interface InPageSetup {
  page: Page;
  harnessJs: string;
  markJs: string;
}

type BenchWindow = Window & { parallaxBench: PageBench };

/** One round: fresh page, harness, alias list, one timed scan. */
async function round(s: InPageSetup, url: string, method: Method, entries: GazetteerEntry[]): Promise<{ compile: number; t: Timing }> {
  await s.page.goto(url, { waitUntil: 'load' });
  await s.page.addScriptTag({ path: s.harnessJs });
  if (method === 'mark') await s.page.addScriptTag({ path: s.markJs });
  const compile = await s.page.evaluate((e) => (window as unknown as BenchWindow).parallaxBench.load(e), entries);
  // Let the page settle (layout, idle GC) before the timed run.
  await s.page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  // Our scan and the naive one leave the page as it was, so each load times three scans and keeps
  // the median; mark.js changes the page, so it gets one scan per load.
  const runs = await s.page.evaluate(({ m, n }) => Array.from({ length: n }, () => (window as unknown as BenchWindow).parallaxBench[m]()), {
    m: method,
    n: method === 'mark' ? 1 : 3,
  });
  const t = runs.sort((a, b) => a.total - b.total)[Math.floor(runs.length / 2)];
  return { compile, t };
}

/** Up to `rounds` rounds, fewer once the method has used `budgetMs` (always at least one). */
export async function measure(
  s: InPageSetup,
  pageName: string,
  url: string,
  method: Method,
  entries: GazetteerEntry[],
  rounds = 5,
  budgetMs = 20_000,
): Promise<Cell> {
  const runs: { compile: number; t: Timing }[] = [];
  let spent = 0;
  while (runs.length < rounds && (runs.length === 0 || spent < budgetMs)) {
    const r = await round(s, url, method, entries);
    runs.push(r);
    spent += r.t.total;
  }
  return {
    method,
    page: pageName,
    aliases: entries.reduce((n, e) => n + e.aliases.length, 0),
    rounds: runs.length,
    compileMs: median(runs.map((r) => r.compile)),
    totalMs: median(runs.map((r) => r.t.total)),
    matchMs: median(runs.map((r) => r.t.match)),
    chars: runs[0].t.chars,
    found: runs[0].t.found,
  };
}
