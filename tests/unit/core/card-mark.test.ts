/** The reader's card mark (lib/core/card-mark.ts): a word and a colour at random, checked when read back. */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CardMarkSchema, MARK_COLOURS, MARK_WORDS, markWords, newCardMark } from '../../../lib/core/card-mark';

describe('newCardMark', () => {
  it('picks a word and a colour with the random numbers it is given', () => {
    expect(newCardMark(() => 0)).toEqual({ word: MARK_WORDS[0], colour: Object.keys(MARK_COLOURS)[0] });
    const last = newCardMark((n) => n - 1);
    expect(last).toEqual({ word: MARK_WORDS[MARK_WORDS.length - 1], colour: Object.keys(MARK_COLOURS).at(-1) });
    expect(markWords(last)).toBe(`${last.colour} ${last.word}`);
  });

  it('draws from the browser’s generator: one of 384 marks, each valid', () => {
    expect(MARK_WORDS.length * Object.keys(MARK_COLOURS).length).toBe(384);
    expect(new Set(MARK_WORDS).size).toBe(MARK_WORDS.length);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const mark = newCardMark();
      expect(v.safeParse(CardMarkSchema, mark).success).toBe(true);
      seen.add(markWords(mark));
    }
    expect(seen.size).toBeGreaterThan(50);
  });

  it('refuses a stored mark of another shape', () => {
    expect(v.safeParse(CardMarkSchema, { word: 'lark', colour: 'black' }).success).toBe(false);
    expect(v.safeParse(CardMarkSchema, { word: 'anything', colour: 'amber' }).success).toBe(false);
  });
});
