/**
 * The near-miss fallback on a page of capitalised words the background has not met before, in Node:
 * with the seed corpus's single-word names, and with a corpus holding thousands of them (the
 * synthetic packs' names are two words or more, so the other rows never reach this fallback). Every
 * new word used to be scored against every such name.
 */
import type { ClaimPack } from '../../core/pack/types';
import { compileGazetteer, toGazetteerEntry, type GazetteerEntry } from '../../core/spot/gazetteer';
import { findMentions } from '../../core/spot/mentions';
import { findNearMisses } from '../../core/spot/near-miss';
import { ms, times, type Row } from './report';
import { median } from './stats';
import { prng } from './workloads';

const NAMES = 3000;
const WORDS = 500;
const ROUNDS = 5;

const LETTERS = 'aabcdeeefghiiklmnooprsstuuvyz';
const word = (rand: () => number, n: number) =>
  'BDGKLMNPRSTVZ'[Math.floor(rand() * 13)] + Array.from({ length: n - 1 }, () => LETTERS[Math.floor(rand() * LETTERS.length)]).join('');

/**
 * Median time to find the near misses of WORDS new capitalised words, with a fresh gazetteer each round
 * (nothing is known of the words, and the names' index is made on the way, as on the first page after
 * the names changed).
 */
function nearMissMs(entries: GazetteerEntry[], seed: number): { ms: number; found: number } {
  const rand = prng(seed);
  const samples: number[] = [];
  let found = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const g = compileGazetteer(entries);
    const text = `${Array.from({ length: WORDS }, () => word(rand, 5 + Math.floor(rand() * 8))).join(' said, and ')}.`;
    const exact = findMentions(g, text);
    const t = performance.now();
    // Every entity named: the fallback weighs every word, as on a page that names them all.
    found = findNearMisses(g, text, exact, new Set(g.entries.keys())).length;
    samples.push(performance.now() - t);
  }
  return { ms: median(samples), found };
}

export function nearMissRows(seed: ClaimPack): Row[] {
  const seedEntries = seed.entities.map(toGazetteerEntry);
  const rand = prng(13);
  const organisations: GazetteerEntry[] = Array.from({ length: NAMES }, (_, i) => {
    const name = word(rand, 5 + Math.floor(rand() * 6));
    return { id: `bench-org-${i}`, name, type: 'organization', aliases: [name] };
  });
  // A run of each first: Node's compiling the code is not the figure.
  nearMissMs(seedEntries, 1);
  nearMissMs([...seedEntries, ...organisations], 1);
  const small = nearMissMs(seedEntries, 2);
  const large = nearMissMs([...seedEntries, ...organisations], 2);
  return [
    {
      figure: `Near misses of ${WORDS} new capitalised words, ${NAMES.toLocaleString('en')} single-word names added to the seed corpus (Node, median of ${ROUNDS})`,
      value: ms(large.ms),
      baseline: `${ms(small.ms)} (the seed corpus's own)`,
      ratio: times(large.ms / small.ms),
      data: { large, small, names: NAMES, words: WORDS },
    },
  ];
}
