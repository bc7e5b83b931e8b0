import { describe, expect, it } from 'vitest';
import { type Candidate, FuzzyNames, fuzzyScore } from '../../../../lib/core/spot/fuzzy-names';

const candidate = (alias: string, entry: number): Candidate => ({ alias, lower: alias.toLowerCase(), entry });

/** A small deterministic generator (xorshift), so that the names and words are the same every run. */
function generator(seed: number) {
  let x = seed;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

describe('FuzzyNames.best', () => {
  it('is the name with the lowest score', () => {
    const names = new FuzzyNames(['Gazprom', 'Rosatom', 'Rosneft', 'Rostec'].map(candidate));
    expect(names.best('Rosnaft')).toEqual({ item: candidate('Rosneft', 2), score: 1 / 7 });
    expect(names.best('Gazprum')?.item.alias).toBe('Gazprom');
    expect(names.best('Tallinn')).toBeUndefined();
  });

  it('among 1,500 names, is what scoring every name gives, the earliest among equals', () => {
    const pick = generator(20261126);
    // Letters beyond ASCII too: the pairs are of UTF-16 code units, as the score's are.
    const letters = 'aabcdeeéfghiiklmnoöoprsßstuuvyz';
    const word = (n: number) => 'BDGKLMNPRSTVZ'[pick(13)] + Array.from({ length: n - 1 }, () => letters[pick(letters.length)]).join('');
    const list = Array.from({ length: 1500 }, (_, i) => candidate(word(5 + pick(7)), i));
    const names = new FuzzyNames(list);
    // Misspellings of the names (one or two letters changed, dropped or added) and unrelated words.
    const misspelt = (alias: string) => {
      const a = [...alias];
      for (let k = 1 + pick(2); k > 0; k--) {
        const at = 1 + pick(a.length - 1);
        const edit = pick(3);
        if (edit === 0) a[at] = letters[pick(letters.length)];
        else if (edit === 1) a.splice(at, 1);
        else a.splice(at, 0, letters[pick(letters.length)]);
      }
      return a.join('');
    };
    const words = Array.from({ length: 450 }, (_, i) => (i % 3 === 2 ? word(5 + pick(9)) : misspelt(list[pick(list.length)].alias)));
    let found = 0;
    for (const w of words) {
      let expected: { item: Candidate; score: number } | undefined;
      for (const item of list) {
        const score = fuzzyScore(w.toLowerCase(), item.lower);
        if (score !== undefined && (!expected || score < expected.score)) expected = { item, score };
      }
      expect(names.best(w), w).toEqual(expected);
      if (expected) found++;
    }
    expect(found).toBeGreaterThan(200);
  });
});
