/**
 * The in-page side of the matcher benchmark, bundled with esbuild and injected into a plain page (no
 * extension): the project's matcher (collectText, findMentions, and the Ranges the content script
 * paints) and the two baselines, run on the same page with the same alias list. mark.js itself is
 * loaded from node_modules as a script tag; it changes the DOM, so the runner reloads between runs.
 */
import { ParallaxDb } from '../../worker/db/schema';
import { macrotask } from '../../worker/macrotask';
import { BUNDLED } from '../../worker/sources/bundled';
import { newGeneration } from '../../worker/sources/generation';
import { writeGeneration } from '../../worker/sources/store';
import { parseJsonInSteps } from '../../core/pack/parse-in-steps';
import { validatePackInSteps } from '../../core/pack/validate';
import { collectText, locate } from '../../core/spot/dom-text';
import { compileGazetteer, type Gazetteer, type GazetteerEntry } from '../../core/spot/gazetteer';
import { findMentions } from '../../core/spot/mentions';

interface MarkOptions {
  separateWordSearch: boolean;
  accuracy: string;
  diacritics: boolean;
  caseSensitive: boolean;
  done(count: number): void;
}
declare class Mark {
  constructor(ctx: Element);
  mark(keywords: string[], options: MarkOptions): void;
}

export interface Timing {
  /** Milliseconds, by phase; `total` is what the figure compares. */
  read: number;
  match: number;
  locate: number;
  total: number;
  /** Characters of page text read. */
  chars: number;
  found: number;
}

let gazetteer: Gazetteer | undefined;
let aliases: string[] = [];
let regexps: RegExp[] = [];

const MARK_BATCH = 1000;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const bench = {
  /** Compiles the gazetteer (and the naive baseline's RegExps); returns the compile time in ms. */
  load(entries: GazetteerEntry[]): number {
    aliases = entries.flatMap((e) => e.aliases);
    regexps = aliases.map((a) => new RegExp(`\\b${escapeRe(a)}\\b`, 'gi'));
    const t0 = performance.now();
    gazetteer = compileGazetteer(entries);
    return performance.now() - t0;
  },

  /** The project's spotting: read the page's text, find every mention, and make its Range. */
  ours(): Timing {
    const g = gazetteer!;
    const t0 = performance.now();
    const page = collectText(document.body);
    const t1 = performance.now();
    const mentions = findMentions(g, page.text);
    const t2 = performance.now();
    let found = 0;
    for (const m of mentions) {
      const a = locate(page, m.start, 'start');
      const b = locate(page, m.end, 'end');
      if (!a || !b) continue;
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      found++;
    }
    const t3 = performance.now();
    return { read: t1 - t0, match: t2 - t1, locate: t3 - t2, total: t3 - t0, chars: page.text.length, found };
  },

  /** Baseline: the same page text, one case-insensitive RegExp with \b per alias. */
  naive(): Timing {
    const t0 = performance.now();
    const text = collectText(document.body).text;
    const t1 = performance.now();
    let found = 0;
    for (const re of regexps) {
      re.lastIndex = 0;
      while (re.exec(text) !== null) found++;
    }
    const t2 = performance.now();
    return { read: t1 - t0, match: t2 - t1, locate: 0, total: t2 - t0, chars: text.length, found };
  },

  /**
   * Baseline: mark.js over the page body with the same aliases (whole phrases, diacritics and case
   * folded, whole words). mark.js recurses once per keyword and overflows the stack past a few
   * thousand, so the list goes in batches of MARK_BATCH, one call each.
   */
  mark(): Timing {
    let found = 0;
    const t0 = performance.now();
    for (let i = 0; i < aliases.length; i += MARK_BATCH) {
      new Mark(document.body).mark(aliases.slice(i, i + MARK_BATCH), {
        separateWordSearch: false,
        accuracy: 'exactly',
        diacritics: true,
        caseSensitive: false,
        done: (n) => (found += n),
      });
    }
    const total = performance.now() - t0;
    return { read: 0, match: total, locate: 0, total, chars: document.body.textContent?.length ?? 0, found };
  },
};

export interface PackPhases {
  /** The pack's bytes fetched (as the worker fetches the file from its package). */
  fetch: number;
  /** Decoded and parsed in steps (parse-in-steps.ts). */
  parse: number;
  /** validatePackInSteps. */
  validate: number;
  /** Cut into parts, made text and written (sources/store.ts writeGeneration). */
  write: number;
  parts: number;
  claims: number;
}

/**
 * Where the time of storing a large pack goes, in a plain page (its own IndexedDB, the project's
 * Dexie schema): the steps the service worker takes for a subscription's pack once its signature is
 * checked, phase by phase (the bundled pack skips the validation: its build checked it).
 */
async function loadPack(url: string): Promise<PackPhases> {
  const t0 = performance.now();
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const t1 = performance.now();
  const json = await parseJsonInSteps(bytes, macrotask);
  const t2 = performance.now();
  const valid = await validatePackInSteps(json, macrotask);
  if (!valid.ok) throw new Error(valid.error);
  const t3 = performance.now();
  const db = new ParallaxDb('parallax-bench');
  await db.open();
  const t4 = performance.now();
  await writeGeneration(db, BUNDLED, newGeneration(0, Date.now()), valid.value, { pause: macrotask });
  const t5 = performance.now();
  const parts = await db.packParts.count();
  await db.delete();
  return { fetch: t1 - t0, parse: t2 - t1, validate: t3 - t2, write: t5 - t4, parts, claims: valid.value.claims.length };
}

export type PageBench = typeof bench & { loadPack: typeof loadPack };
(window as unknown as { parallaxBench: PageBench }).parallaxBench = { ...bench, loadPack };
