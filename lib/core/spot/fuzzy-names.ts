/**
 * The near-miss fallback's fuzzy score, and the names it scores a word against (./near-miss.ts).
 *
 * The score is Fuse.js's Bitap score with the options the fallback always used (threshold 0.25,
 * location ignored, case-insensitive), computed with approx-string-match: the fewest edits that turn
 * the word into part of the name, per letter of the word. Fuse.js itself was most of the content
 * script; approx-string-match is a few kB and is what anchoring uses too.
 *
 * A word the background has not met before is scored against the names that could be within the
 * threshold of it, not against every name: the fallback's names can be thousands in a large corpus,
 * and a news page has hundreds of capitalised words. Which names could be is decided by shared pairs
 * of letters (the q-gram lemma: a word of m letters that is part of a name after k edits keeps at
 * least m − 1 − 2k of its letter pairs, each of which the name then holds). A name left out that way
 * has no score, so the best name is the one scoring every name would give.
 */
import search from 'approx-string-match';

export const THRESHOLD = 0.25;

export interface Candidate {
  alias: string;
  lower: string;
  entry: number;
}

/**
 * How far `word` is from appearing in `text` (both lower case): 0 when equal, else the fewest
 * insertions, deletions and substitutions that make it a substring of `text`, divided by its length
 * (at least 0.001, as Fuse.js reports it); undefined above the threshold.
 */
export function fuzzyScore(word: string, text: string): number | undefined {
  if (word === text) return 0;
  const m = word.length;
  if (m === 0) return undefined;
  // approx-string-match (Myers' bit-parallel algorithm): a match may start anywhere in the text, and
  // only matches within the threshold are reported.
  const matches = search(text, word, Math.floor(m * THRESHOLD));
  if (matches.length === 0) return undefined;
  const best = Math.min(...matches.map((x) => x.errors));
  return Math.max(0.001, best / m);
}

/** The fallback's names, indexed by the pairs of letters each holds. */
export class FuzzyNames {
  private readonly byPair = new Map<string, number[]>();
  /** Per name, how many of the word's letter pairs it holds (reused from word to word). */
  private readonly held: Int32Array;

  constructor(readonly list: readonly Candidate[]) {
    this.held = new Int32Array(list.length);
    list.forEach((c, i) => {
      for (const pair of new Set(pairs(c.lower))) {
        const names = this.byPair.get(pair);
        if (names) names.push(i);
        else this.byPair.set(pair, [i]);
      }
    });
  }

  /** The name with the lowest score for `word` (the earliest among equals), as Fuse.js's search(word, { limit: 1 }) ranks them. */
  best(word: string): { item: Candidate; score: number } | undefined {
    const lower = word.toLowerCase();
    const need = lower.length - 1 - 2 * Math.floor(lower.length * THRESHOLD);
    const { held, list } = this;
    held.fill(0);
    for (const pair of pairs(lower)) for (const i of this.byPair.get(pair) ?? []) held[i]++;
    let best: { item: Candidate; score: number } | undefined;
    for (let i = 0; i < list.length; i++) {
      if (held[i] < need) continue;
      const score = fuzzyScore(lower, list[i].lower);
      if (score !== undefined && (!best || score < best.score)) best = { item: list[i], score };
    }
    return best;
  }
}

/** The pairs of adjacent code units of `s`, in order, repeats included. */
function pairs(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}
