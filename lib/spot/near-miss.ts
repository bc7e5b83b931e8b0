/**
 * Near-miss spellings of capitalised names the gazetteer does not list ("Zelenskyj", "Peskow"):
 * a strict Fuse.js fallback over single-word names of people and organisations. Never applied to
 * lowercase words, short words, or text already matched exactly.
 */
import Fuse from 'fuse.js';
import type { Gazetteer } from './gazetteer';
import type { Mention } from './mentions';

interface Candidate {
  alias: string;
  entry: number;
}

interface Fallback {
  fuse: Fuse<Candidate>;
  /** Verdicts per word, kept with the gazetteer: a page repeats its capitalised words. */
  verdicts: Map<string, Candidate | null>;
}

const fallbacks = new WeakMap<Gazetteer, Fallback>();
const MAX_VERDICTS = 20_000;

function fallbackFor(g: Gazetteer): Fallback {
  let f = fallbacks.get(g);
  if (!f) {
    const list = g.patterns
      .filter((p) => !p.blocks && !p.exactCase && !p.afterFullName && /^\p{Lu}\p{Ll}{4,}$/u.test(p.alias))
      .filter((p) => ['person', 'organization', 'group'].includes(g.entries[p.entry].type))
      .map((p) => ({ alias: p.alias, entry: p.entry }));
    f = {
      fuse: new Fuse(list, { keys: ['alias'], includeScore: true, threshold: 0.25, ignoreLocation: true, isCaseSensitive: false }),
      verdicts: new Map(),
    };
    fallbacks.set(g, f);
  }
  return f;
}

const WORD = /\p{Lu}\p{Ll}{4,}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether [s, e) overlaps one of `exact` (in text order and not overlapping, as findMentions gives them). */
function taken(exact: readonly Mention[], s: number, e: number): boolean {
  let lo = 0;
  let hi = exact.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (exact[mid].end <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo < exact.length && exact[lo].start < e;
}

/**
 * Near misses among the words that start in [from, to) of `text` (all of it by default); `exact`
 * holds the exact mentions there, in text order.
 */
export function findNearMisses(g: Gazetteer, text: string, exact: readonly Mention[], from = 0, to = text.length): Mention[] {
  const { fuse, verdicts } = fallbackFor(g);
  const out: Mention[] = [];
  const words = new RegExp(WORD.source, WORD.flags);
  words.lastIndex = from;
  for (let w = words.exec(text); w !== null && w.index < to; w = words.exec(text)) {
    const start = w.index;
    const end = start + w[0].length;
    if (LETTER_OR_DIGIT.test(text[start - 1] ?? '') || LETTER_OR_DIGIT.test(text[end] ?? '') || taken(exact, start, end)) continue;
    let verdict = verdicts.get(w[0]);
    if (verdict === undefined) {
      const best = fuse.search(w[0], { limit: 1 })[0];
      const ok = best && best.score! <= 0.25 && best.item.alias[0] === w[0][0] && Math.abs(best.item.alias.length - w[0].length) <= 2 && best.item.alias.toLowerCase() !== w[0].toLowerCase();
      verdict = ok ? best.item : null;
      if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
      verdicts.set(w[0], verdict);
    }
    if (verdict) out.push({ entityId: g.entries[verdict.entry].id, alias: verdict.alias, text: w[0], start, end });
  }
  return out;
}
