/**
 * What the eleventh set kept aside showed the rules missing (docs/extraction-quality.md, its last
 * section), each on sentences written for this test: findings and rulings, recommendations, an
 * estimate put at a figure, silences about a name, a fact check's verdict lines and corrections, a
 * person named in a clause before the subject's, a present form opening a sentence as a noun, and
 * sums in a currency named as an adjective.
 */
import { describe, expect, it } from 'vitest';
import { modeOf } from '../../../../lib/core/extract/mode';
import { numbersIn } from '../../../../lib/core/extract/numbers';
import { speakerOf } from '../../../../lib/core/extract/speaker';
import type { Speaker } from '../../../../lib/core/pack/types';
import type { SpeakerMention } from '../../../../lib/core/extract/speaker-source';

const source = (name: string): Speaker => ({ kind: 'source', name });
const counts = (s: string) => numbersIn(s).map((n) => [n.value, n.counts]);
const nameOf = (s: Speaker | undefined) => (s?.kind === 'source' || s?.kind === 'entity' ? s.name : s?.kind);

describe('findings, rulings and recommendations are their makers’', () => {
  it.each([
    ['An audit by the rail inspectorate found that four of the signals had no backup power.', 'An audit by the rail inspectorate'],
    ['The tribunal has struck out the claim, ruling that it was brought too late.', 'tribunal'],
    ['In 2025 the harbour board recommended that the quay be closed in storms.', 'harbour board'],
    ['The Water Office put the cost of the repairs at about 3 million crowns.', 'Water Office'],
    ['The regulator’s best estimate is “several thousand” homes.', 'regulator'],
  ])('%s', (sentence, name) => {
    expect(nameOf(speakerOf(sentence, [], {}))).toBe(name);
  });

  it('a person who found something came upon it: the outlet speaks', () => {
    expect(speakerOf('At dawn a porter opened the shed and found that the lock had been cut.', [], {})).toBeUndefined();
  });

  it('"has not named" is a silence of whoever kept it', () => {
    const before = { lastGroup: source('the printing firm'), lastSpeaker: source('the printing firm') };
    expect(speakerOf('It has not named the subcontractor.', [], before)).toEqual(source('the printing firm'));
  });
});

describe('a fact check and its corrections', () => {
  it('"Rent claim: Misleading." is a verdict, not a speaker called "Rent"', () => {
    expect(speakerOf('Rent claim: Misleading.', [], {})).toBeUndefined();
  });

  it('"an earlier version of this fact check" is the outlet retracting', () => {
    const sentence = 'Correction, 3 May: An earlier version of this fact check gave the wrong date for the ruling.';
    expect(speakerOf(sentence, [], { outletName: 'FactDesk' })).toBeUndefined();
    expect(modeOf(sentence, undefined)).toBe('denied');
  });
});

describe('who speaks, by the clause they are in', () => {
  const draper: SpeakerMention = { entityId: 'draper', name: 'Ines Draper', type: 'person', start: 5, end: 16 };

  it('a person named in a clause of its own before the subject is not the speaker', () => {
    const sentence =
      'When Ines Draper signed the licence in September 2026, her ministry described it as the most thoroughly examined application in the history of the country.';
    expect(speakerOf(sentence, [draper], {})).toEqual(source('her ministry'));
  });

  it('a person with a description after the name still is', () => {
    const sentence = 'Ines Draper, the ministry’s head of permits, said it was the safest ever granted.';
    expect(speakerOf(sentence, [{ ...draper, start: 0, end: 11 }], {})).toEqual({ kind: 'entity', entityId: 'draper', name: 'Ines Draper' });
  });

  it('a present form that opens the sentence is a noun: "Claims circulating online … are false"', () => {
    expect(speakerOf('Claims circulating online that the bridge was sold are false.', [], {})).toBeUndefined();
    expect(modeOf('That idea is just not true, she said.', source('someone'))).toBe('denied');
  });
});

describe('numbersIn, on sums and counts the eleventh set showed missing', () => {
  it('reads a currency named as an adjective, a count compared with an average, and a count after "and"', () => {
    expect(counts('Banks tied a 600 million florin loan to the permit.')).toEqual([[600_000_000, 'florins']]);
    expect(counts('Some 2.4 million card payments failed.')).toEqual([[2_400_000, 'payments']]);
    expect(counts('About 9 million shares traded, against a daily average of 2 million.')).toEqual([
      [9_000_000, 'shares'],
      [2_000_000, 'shares'],
    ]);
    expect(counts('She held three meetings with the firm and two with residents, and every one of them was minuted.')).toEqual([
      [3, 'meetings'],
      [2, 'meetings'],
    ]);
    expect(counts('Two men, aged 44 and 51, were held.')).toEqual([[2, 'men']]);
  });
});
