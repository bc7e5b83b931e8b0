import { describe, expect, it } from 'vitest';
import { sentenceOffsets } from '../../../lib/content/offsets';

/** The sentence around the first occurrence of `mention` in `text`, as text. */
function around(text: string, mention: string): string {
  const start = text.indexOf(mention);
  const s = sentenceOffsets(text, start, start + mention.length);
  return text.slice(s.start, s.end);
}

describe('sentenceOffsets (one definition for the card’s Save and for ranking facets)', () => {
  const text =
    'Headline about the crash\n  The plane came down near Belgorod. Dmitry Peskov declined to comment.  Officials said more later.\nNext block.';

  it('gives the sentence of its block that holds the mention, without the white space around it', () => {
    expect(around(text, 'Dmitry Peskov')).toBe('Dmitry Peskov declined to comment.');
    expect(around(text, 'Belgorod')).toBe('The plane came down near Belgorod.');
    expect(around(text, 'Next')).toBe('Next block.');
  });

  it('reaches to the end of a passage that runs past its sentence, and never past its block', () => {
    const start = text.indexOf('Belgorod');
    const end = text.indexOf('Peskov') + 'Peskov'.length;
    const s = sentenceOffsets(text, start, end);
    expect(text.slice(s.start, s.end)).toBe('The plane came down near Belgorod. Dmitry Peskov');
    expect(around(text, 'crash')).toBe('Headline about the crash');
  });
});
