import { describe, expect, it } from 'vitest';
import { anchorIn } from '../../../../lib/core/anchor/anchor';
import { CONTEXT, describeRange } from '../../../../lib/core/anchor/describe';

const ARTICLE = [
  'A Russian Il-76 military transport plane crashed on Wednesday morning near Belgorod.',
  'Russia said the plane was carrying 65 Ukrainian prisoners of war to an exchange, and accused Kyiv of shooting it down.',
  'Ukraine’s military intelligence said it had not been told that the plane would carry prisoners.',
  'Kremlin spokesman Dmitry Peskov refused to comment on the plane crash, saying he had nothing to add.',
  'The Ukrainian parliament’s human rights commissioner called for an international investigation.',
].join('\n');

const PASSAGE = 'Ukraine’s military intelligence said it had not been told that the plane would carry prisoners.';

/** Saves a highlight of `passage` the way the content script does. */
function save(text: string, passage: string) {
  const start = text.indexOf(passage);
  expect(start).toBeGreaterThanOrEqual(0);
  return describeRange(text, start, start + passage.length);
}

/** The text anchorIn found, or null. */
const found = (text: string, a: ReturnType<typeof anchorIn>) => (a ? text.slice(a.start, a.end) : null);

describe('describeRange', () => {
  it('keeps 32 characters either side, fewer at the edges', () => {
    const { quote, position } = save(ARTICLE, PASSAGE);
    expect(quote.exact).toBe(PASSAGE);
    expect(quote.prefix).toHaveLength(CONTEXT);
    expect(ARTICLE.slice(position.start - CONTEXT, position.end + CONTEXT)).toBe(quote.prefix + PASSAGE + quote.suffix);
    const edge = describeRange('Short text.', 0, 5);
    expect(edge.quote).toEqual({ exact: 'Short', prefix: '', suffix: ' text.' });
  });

  it('never splits an astral character at the edge of the context', () => {
    // 32 code units back from "quote" falls inside the first 😀, 32 on from its end inside the second.
    const text = `a😀${'x'.repeat(31)}quote${'y'.repeat(31)}😀z`;
    const start = text.indexOf('quote');
    const { quote } = describeRange(text, start, start + 5);
    expect(quote).toEqual({ exact: 'quote', prefix: 'x'.repeat(31), suffix: 'y'.repeat(31) });
    expect(describeRange(text, start - 1, start + 6).quote).toEqual({
      exact: 'xquotey',
      prefix: `😀${'x'.repeat(30)}`,
      suffix: `${'y'.repeat(30)}😀`,
    });
  });

  it('refuses a range outside the text', () => {
    expect(() => describeRange('abc', 2, 9)).toThrow(RangeError);
  });
});

describe('anchorIn', () => {
  it('uses the stored position when the text there is still the quote', () => {
    const { quote, position } = save(ARTICLE, PASSAGE);
    expect(anchorIn(ARTICLE, quote, position)).toEqual({ ...position, method: 'position' });
  });

  it('searches for the exact quote when the position is stale', () => {
    const { quote, position } = save(ARTICLE, PASSAGE);
    const page = `Breaking: updated at 12:40.\n${ARTICLE}`;
    const a = anchorIn(page, quote, position);
    expect(a?.method).toBe('exact');
    expect(a?.start).toBe(page.indexOf(PASSAGE));
    expect(anchorIn(page, quote, { start: -1, end: -1 })?.start).toBe(page.indexOf(PASSAGE));
  });

  it('tells repeated phrases apart by their surroundings', () => {
    const page = 'Peskov said he had nothing to add. Later, in Kyiv, Zelenskyy said he had nothing to add. The end.';
    const second = page.lastIndexOf('said he had nothing to add');
    const { quote } = describeRange(page, second, second + 'said he had nothing to add'.length);
    // No position at all: the prefix ("in Kyiv, Zelenskyy ") alone must pick the second.
    expect(anchorIn(page, quote)).toEqual({ start: second, end: second + 26, method: 'exact' });
    // A stale position pointing at the first one must not outvote the context.
    expect(anchorIn(`>> ${page}`, quote, { start: 7, end: 33 })?.start).toBe(second + 3);
  });

  it.each([
    [
      'a typo fixed',
      'Ukraine’s military intelligence said it had not been told that the plane would carry prisoners.',
      'Ukraine’s military inteligence said it had not been told that the plane would carry prisoners.',
    ],
    ['a word changed', 'Ukraine’s military intelligence said it had not been informed that the plane would carry prisoners.', PASSAGE],
    ['punctuation changed', 'Ukraine’s military intelligence said it had not been told the plane would carry prisoners', PASSAGE],
  ])('still anchors after small edits inside the quote: %s', (_name, edited, original) => {
    const saved = save(ARTICLE.replace(PASSAGE, original), original);
    const page = ARTICLE.replace(PASSAGE, edited);
    const a = anchorIn(page, saved.quote, saved.position);
    expect(a?.method).toBe('fuzzy');
    expect(found(page, a)).toBe(edited);
  });

  it('follows the passage when 500 characters are inserted before it, edited or not', () => {
    const { quote, position } = save(ARTICLE, PASSAGE);
    const inserted = `${'Live updates follow. '.repeat(24)}\n`.slice(0, 500);
    const page = ARTICLE.replace('Russia said', `${inserted}Russia said`);
    expect(anchorIn(page, quote, position)).toMatchObject({ start: position.start + 500, method: 'exact' });
    const edited = page.replace('had not been told', 'had not been informed');
    const a = anchorIn(edited, quote, position);
    expect(a).toMatchObject({ start: position.start + 500, method: 'fuzzy' });
    expect(found(edited, a)).toContain('had not been informed that the plane would carry prisoners.');
  });

  it('gives up (an orphan) when the passage was removed', () => {
    const { quote, position } = save(ARTICLE, PASSAGE);
    expect(anchorIn(ARTICLE.replace(`${PASSAGE}\n`, ''), quote, position)).toBeNull();
    // Even when a sentence close in wording remains elsewhere in the text.
    const lookalike = ARTICLE.replace(PASSAGE, 'Ukraine’s air force said it had been told nothing about the flight.');
    expect(anchorIn(lookalike, quote, position)).toBeNull();
  });

  it('gives up on an empty quote', () => {
    expect(anchorIn(ARTICLE, { exact: '', prefix: '', suffix: '' })).toBeNull();
  });

  it('ignores whitespace changes: NBSP, collapsed runs, new line breaks, zero-width characters', () => {
    const { quote, position } = save(ARTICLE, PASSAGE);
    const respaced = 'Ukraine’s military\u00a0intelligence said it   had not\n  been told that the\u200b plane would carry\tprisoners.';
    const page = ARTICLE.replace(PASSAGE, respaced);
    const a = anchorIn(page, quote, position);
    expect(a?.method).toBe('fuzzy');
    expect(found(page, a)).toBe(respaced);
    // And the other way round: saved with NBSP, the page now has plain spaces.
    const nbsp = ARTICLE.replace(PASSAGE, PASSAGE.replace(/ /g, '\u00a0'));
    const saved = save(nbsp, PASSAGE.replace(/ /g, '\u00a0'));
    expect(found(ARTICLE, anchorIn(ARTICLE, saved.quote, saved.position))).toBe(PASSAGE);
  });

  it('anchors a quote near the end of a 400 KB page', () => {
    // Varied filler (not one repeated sentence) so the approximate search has real work to do.
    const words = 'the of officials said forces region city report military government people attack village minister on in and a to'.split(' ');
    let seed = 42;
    const next = () => (seed = (seed * 16807) % 2147483647);
    const filler: string[] = [];
    let size = 0;
    while (size < 400_000) {
      const w = words[next() % words.length];
      filler.push(w);
      size += w.length + 1;
    }
    const page = `${filler.join(' ')}\n${ARTICLE}\nEnd of page.`;
    expect(page.length).toBeGreaterThan(400_000);
    const { quote, position } = save(`${ARTICLE}`, PASSAGE);
    const shifted = page.indexOf(PASSAGE);
    expect(anchorIn(page, quote, position)).toMatchObject({ start: shifted, method: 'exact' });
    const edited = page.replace('had not been told', 'had not been informed');
    expect(anchorIn(edited, quote, position)).toMatchObject({ start: shifted, method: 'fuzzy' });
    expect(anchorIn(page.replace(PASSAGE, ''), quote, position)).toBeNull();
  });
});

describe('anchorIn, a passage over a paragraph break', () => {
  // The passage runs from the end of the third paragraph into the fourth.
  const PASSAGE_ACROSS = 'would carry prisoners.\nKremlin spokesman Dmitry Peskov refused to comment';
  const AD = 'Advertisement\nRead more: Ten things to know about winter tyres before the first frost';
  const paragraphs = ARTICLE.split('\n');
  const withAd = [...paragraphs.slice(0, 3), AD, ...paragraphs.slice(3)].join('\n');

  it('is found with blocks the page put between its paragraphs since, from its first piece to its last', () => {
    const { quote, position } = save(ARTICLE, PASSAGE_ACROSS);
    const a = anchorIn(withAd, quote, position);
    expect(found(withAd, a)).toBe(`would carry prisoners.\n${AD}\nKremlin spokesman Dmitry Peskov refused to comment`);
  });

  it('is not, when a piece of it changed', () => {
    const { quote, position } = save(ARTICLE, PASSAGE_ACROSS);
    const changed = withAd.replace('Dmitry Peskov refused to comment', 'Dmitry Peskov declined to say anything at all about it');
    expect(anchorIn(changed, quote, position)).toBeNull();
  });
});
