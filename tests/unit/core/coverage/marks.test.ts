import { describe, expect, it } from 'vitest';
import { markSpans, splitByMarks } from '../../../../lib/core/coverage/marks';

const marked = (quote: string, aliases: string[], exactCase?: string[]) => markSpans(quote, aliases, exactCase).map(([s, e]) => quote.slice(s, e));

describe('markSpans', () => {
  it('finds an alias case-insensitively and gives offsets into the original', () => {
    const q = 'IL-76 plane crash: only five bodies were delivered.';
    expect(markSpans(q, ['Il-76 plane crash'])).toEqual([[0, 17]]);
  });

  it('folds as spotting does (diacritics, NBSP, soft hyphens) and still gives offsets into the original', () => {
    const q = 'Volodymyr\u00a0Zelenskyy met Tomáš Pojar; Glad\u00adkov was absent.';
    expect(marked(q, ['Volodymyr Zelenskyy', 'Tomas Pojar', 'Gladkov'])).toEqual(['Volodymyr\u00a0Zelenskyy', 'Tomáš Pojar', 'Glad\u00adkov']);
  });

  it('prefers the longest alias and never overlaps', () => {
    const q = 'The Il-76 crash in Belgorod region was investigated; the Il-76 crash shocked many.';
    expect(marked(q, ['Il-76', 'Il-76 crash', 'Il-76 crash in Belgorod region'])).toEqual(['Il-76 crash in Belgorod region', 'Il-76 crash']);
  });

  it('matches whole words only', () => {
    expect(marked('Kremlinology and the Kremlin', ['Kremlin'])).toEqual(['Kremlin']);
    expect(marked('an ambassador', ['bass'])).toEqual([]);
    expect(marked('Davos, then Davos-Platz.', ['Davos'])).toEqual(['Davos', 'Davos']);
  });

  it('treats curly and straight apostrophes as the same', () => {
    expect(marked('Russia’s FSB said', ["Russia's FSB"])).toEqual(['Russia’s FSB']);
    expect(marked("Russia's FSB said", ['Russia’s FSB'])).toEqual(["Russia's FSB"]);
  });

  it('tolerates hyphen look-alikes and non-breaking spaces', () => {
    expect(marked('the Il\u201176\u00a0crash', ['Il-76 crash'])).toEqual(['Il\u201176\u00a0crash']);
  });

  it('keeps exact-case aliases to their spelling', () => {
    expect(marked('PACE voted at a steady pace', ['PACE'], ['PACE'])).toEqual(['PACE']);
    expect(marked('PACE voted at a steady pace', ['PACE'])).toEqual(['PACE', 'pace']);
  });

  it('returns spans in text order and ignores empty aliases', () => {
    const q = 'Zelensky met Peskov? No: Peskov spoke of Zelensky.';
    expect(markSpans(q, ['', 'Zelensky', 'Peskov'])).toEqual([
      [0, 8],
      [13, 19],
      [25, 31],
      [41, 49],
    ]);
  });

  it('finds nothing when no alias occurs', () => {
    expect(markSpans('No mention here.', ['Kremlin'])).toEqual([]);
  });
});

describe('splitByMarks', () => {
  it('cuts the text into marked and unmarked pieces that join back to it', () => {
    const text = 'Peskov said the Kremlin agrees';
    const pieces = splitByMarks(text, markSpans(text, ['Kremlin', 'Peskov']));
    expect(pieces).toEqual([
      { text: 'Peskov', marked: true },
      { text: ' said the ', marked: false },
      { text: 'Kremlin', marked: true },
      { text: ' agrees', marked: false },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('gives one unmarked piece without spans, and none for empty text', () => {
    expect(splitByMarks('plain', [])).toEqual([{ text: 'plain', marked: false }]);
    expect(splitByMarks('', [])).toEqual([]);
  });

  it('clips spans past the end and trims overlapping ones', () => {
    expect(
      splitByMarks('abcdef', [
        [0, 3],
        [2, 4],
        [5, 99],
      ]),
    ).toEqual([
      { text: 'abc', marked: true },
      { text: 'd', marked: true },
      { text: 'e', marked: false },
      { text: 'f', marked: true },
    ]);
  });
});
