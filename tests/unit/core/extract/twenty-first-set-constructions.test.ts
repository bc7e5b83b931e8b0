/**
 * What the twenty-first set kept aside showed the rules missing (docs/extraction-quality.md, its last
 * section), each on sentences written for this test: wrongdoing denied, a
 * first person disagreeing, a silence ("would not be drawn"), a pronoun with its auxiliary written on,
 * an interview's last answer running over several paragraphs, and sums whose currency is left out.
 */
import { describe, expect, it } from 'vitest';
import { modeOf } from '../../../../lib/core/extract/mode';
import { numbersIn } from '../../../../lib/core/extract/numbers';
import { speakerOf } from '../../../../lib/core/extract/speaker';
import type { Speaker } from '../../../../lib/core/pack/types';
import { speakers } from './article-speakers';

const source = (name: string): Speaker => ({ kind: 'source', name });

describe('denials', () => {
  it.each([
    // In the outlet's own voice the same words are its verdict (ninth-set-constructions.test.ts); someone's are a denial.
    ['Reports that the ferry was still loading at the time are not correct, the operator said.', source('operator'), 'denied'],
    ['Claims by the opposition that the vote was rigged are fabricated, she said.', source('Ana Ruiz'), 'denied'],
    ['The firm says it did nothing wrong.', source('firm'), 'denied'],
    ['I’ve read the findings, and I don’t agree.', source('Ana Ruiz'), 'denied'],
    ['Reports that the ferry sank spread quickly.', undefined, 'asserted'],
    ['We agree with the findings, she said.', source('Ana Ruiz'), 'attributed'],
  ])('%s', (sentence, speaker, mode) => {
    expect(modeOf(sentence, speaker)).toBe(mode);
  });
});

describe('who speaks', () => {
  it('"would not be drawn on" is a silence, the speaker’s', () => {
    expect(speakerOf('She would not be drawn on the cause.', [], { lastPerson: source('Ana Ruiz') })).toEqual(source('Ana Ruiz'));
  });

  it('"I’ve" is the first person, not a name', () => {
    expect(speakerOf('I’ve said that before.', [], {})).toBeUndefined();
    expect(speakerOf('She’d said so twice.', [], { lastPerson: source('Ana Ruiz') })).toEqual(source('Ana Ruiz'));
  });
});

describe('sums whose currency is left out', () => {
  const counted = (sentence: string) => numbersIn(sentence).map((n) => [n.value, n.counts]);
  it.each([
    [
      'Vela was fined 118 million crowns, Astor 61 million and Quill 33 million.',
      [
        [118e6, 'crowns'],
        [61e6, 'crowns'],
        [33e6, 'crowns'],
      ],
    ],
    ['Staff fear what a 118 million crown penalty means for the town.', [[118e6, 'crowns']]],
    ['It made 2.4 million card payments.', [[2.4e6, 'payments']]],
  ])('%s', (sentence, figures) => {
    expect(counted(sentence)).toEqual(figures);
  });
});

describe('an interview’s last answer', () => {
  it('runs on over the paragraphs in the first person after it, and a short one between them; not over the page’s note after', () => {
    const said = speakers([
      'Mr Ola Brandt chairs the inquiry into the Il-76 crash.',
      'Q: Is the Il-76 crash inquiry late?',
      'A: I would not say late. I have seen the Il-76 crash files myself.',
      'Q: Will the Il-76 crash report be published?',
      'A: I hope so.',
      'Q: Are you worried about an appeal over the Il-76 crash?',
      'No.',
      'Appeals over the Il-76 crash take years.',
      'We have won every appeal over the Il-76 crash so far, and I expect to win this one.',
      'We rely on readers to fund our Il-76 crash coverage.',
      'The Il-76 crash inquiry is due to report in June, a ministry spokesman said.',
    ]);
    expect(said.slice(-5)).toEqual(['Ola Brandt', 'Ola Brandt', 'Ola Brandt', 'outlet', 'a ministry spokesman']);
  });
});
