import { describe, expect, it } from 'vitest';
import { paragraphsOf, sentencesOf } from '../../../../lib/core/extract/sentences';
import { claim } from './seed-pack';

describe('paragraphs and sentences', () => {
  it('keeps offsets exact and leaves surrounding white space out', () => {
    const text = '  First one. Second\u00A0one!  \n\nThird.';
    const [p1, p2] = paragraphsOf(text);
    expect(sentencesOf(text, p1).map((s) => [s.text, text.slice(s.start, s.end)])).toEqual([
      ['First one.', 'First one.'],
      ['Second\u00A0one!', 'Second\u00A0one!'],
    ]);
    expect(p2.text).toBe('Third.');
  });

  it('joins a paragraph the page layout broke mid-sentence, as in the WSWS article', () => {
    const c = claim('wsws', 'Government officials veer between');
    expect(c.quote).toContain('were or were\n\nnot on the aircraft');
    expect(c.quote.endsWith('exchange meeting point.')).toBe(true);
  });

  it('does not join a list item ending in a comma to the next item', () => {
    expect(claim('pravda', 'to intimidate other Ukrainian fighters').quote).toBe('to intimidate other Ukrainian fighters who want to surrender,');
  });
});
