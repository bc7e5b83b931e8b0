import { describe, expect, it } from 'vitest';
import { compileGazetteer, toGazetteerEntry } from '../../../../lib/core/spot/gazetteer';
import { findMentionsIn, newSpotState } from '../../../../lib/core/spot/mentions';
import { findNearMisses } from '../../../../lib/core/spot/near-miss';
import { seeds } from '../extract/seed-pack';

const g = compileGazetteer(seeds.entities.map(toGazetteerEntry));
/** Near misses in `text`, with what it names exactly (a near miss counts after an exact mention of its entity). */
function near(text: string) {
  const state = newSpotState();
  const exact = findMentionsIn(g, text, 0, text.length, text.length, state);
  return findNearMisses(g, text, exact, new Set()).map((m) => [m.text, m.entityId]);
}
const NAMED = 'Volodymyr Zelensky and Dmitry Peskov spoke. ';

describe('findNearMisses (Fuse.js fallback)', () => {
  it('links unlisted spellings of names the page names exactly', () => {
    expect(near(`${NAMED}President Zelenskyj met Peskow in Moscow.`)).toEqual([
      ['Zelenskyj', 'volodymyr-zelensky'],
      ['Peskow', 'dmitry-peskov'],
    ]);
  });

  it('links no spelling of a name the page does not name exactly before it: there, it is another word or another person', () => {
    expect(near('President Zelenskyj met Peskow in Moscow.')).toEqual([]);
    expect(near('President Zelenskyj met Dmitry Peskov and Volodymyr Zelensky.')).toEqual([]);
    expect(near('The Kyiv Pechersk Lavra is a monastery. Die Puten werden im Stall gehalten. Best Wi-Fi Router Deals.')).toEqual([]);
  });

  it('links no spelling of a name another story named, past where the page’s context starts afresh', () => {
    const text = `${NAMED}\nThe next story.\nPresident Zelenskyj met Peskow in Moscow.\n`;
    const exact = findMentionsIn(g, text, 0, text.length, text.length, newSpotState());
    const fresh = [text.indexOf('The next')];
    expect(findNearMisses(g, text, exact, new Set(), 0, text.length, fresh)).toEqual([]);
    expect(
      findNearMisses(g, text, exact, new Set(), 0, text.length).map((m) => m.text),
      'without it',
    ).toEqual(['Zelenskyj', 'Peskow']);
    // Named again after the fresh start, they count.
    const again = `${text}Volodymyr Zelensky spoke. Zelenskyj left.\n`;
    const exactAgain = findMentionsIn(g, again, 0, again.length, again.length, newSpotState());
    expect(findNearMisses(g, again, exactAgain, new Set([1]), 0, again.length, fresh).map((m) => m.text)).toEqual(['Zelenskyj']);
  });

  it('links no name cut short: that is another word', () => {
    expect(near('Sergei Lavrov and Reuters reported it. Familie Reuter und Lavro.')).toEqual([]);
  });

  it('never links lowercase words, short words, common capitalised words, or exact matches again', () => {
    expect(near(`${NAMED}the peskow of it; Lavrov said; Western allies, Ukrainians, Russians, Europe, Brussels and Germany agreed.`)).toEqual([]);
  });

  it('reads a word on past ASCII letters, and ends it at punctuation of any script', () => {
    expect(near(`${NAMED}Zelenskýj’s visit; Peskow’s words, “Peskow” again; Peskowa and xPeskow are not him.`)).toEqual([
      ['Zelenskýj', 'volodymyr-zelensky'],
      ['Peskow', 'dmitry-peskov'],
      ['Peskow', 'dmitry-peskov'],
    ]);
  });

  it('finds nothing extra in the seed articles, which the gazetteer lists exactly', () => {
    for (const a of seeds.articles) expect(near(a.text), a.id).toEqual([]);
  });
});

describe("fuzzyScore (the fallback's score, as Fuse.js's Bitap gives it)", () => {
  it('is the fewest edits that make the word part of the alias, per letter of the word', async () => {
    const { fuzzyScore } = await import('../../../../lib/core/spot/fuzzy-names');
    expect(fuzzyScore('peskov', 'peskov')).toBe(0);
    expect(fuzzyScore('peskow', 'peskov')).toBeCloseTo(1 / 6);
    expect(fuzzyScore('zelenskyj', 'zelensky')).toBeCloseTo(1 / 9);
    expect(fuzzyScore('lavro', 'lavrov')).toBe(0.001); // part of the alias: no edit
    expect(fuzzyScore('western', 'lavrov')).toBeUndefined();
  });
});

describe('findNearMisses in prose whose nouns are capitalised', () => {
  it('takes a misspelling between capitalised words in a sentence for the name: only a headline says nothing by its capitals', () => {
    expect(near(`${NAMED}Wie Kremlsprecher Dmitri Peskow Journalisten sagte, ist das so.`)).toEqual([['Peskow', 'dmitry-peskov']]);
  });
});

describe('findNearMisses refuses what is one letter from a name but another word', () => {
  it('a name with an ending (a plural, a feminine form, a derivation), a short word, a word in a title-case headline', () => {
    expect(near(`${NAMED}The Peskovs came; Peskova too. Zelenskyism, they said. Pesky Squirrels Raid Gardens. Best Peskow Deals Today.`)).toEqual([]);
  });
});
