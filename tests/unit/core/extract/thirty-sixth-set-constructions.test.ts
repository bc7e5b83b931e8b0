/**
 * What the thirty-sixth set kept aside showed the rules missing (docs/extraction-quality.md, its last
 * section), on sentences written for this test: minutes' and findings' verbs of saying, a speech a
 * page publishes whole, a speaker's own first person, and a given name standing for a name written
 * in full at a sentence's end.
 */
import { describe, expect, it } from 'vitest';
import { notReporting } from '../../../../lib/core/extract/not-reporting';
import { speakers } from './article-speakers';

describe('who speaks', () => {
  it('"advised that", "gave evidence that", "disclosed that" report speech; advice and disclosure as acts do not', () => {
    expect(
      speakers([
        'Dr. Ilse Marrow advised that the Il-76 had been overloaded.',
        'A flight engineer gave evidence that the Il-76 lost power at 11:05.',
        'The federation’s president, Aldo Brenn, disclosed that the Il-76 had been refused a permit.',
        'The court gave the airline 30 days to disclose the Il-76’s logbooks.',
        'The agency advised caution near the Il-76 wreck.',
      ]),
    ).toEqual(['Dr. Ilse Marrow', 'A flight engineer', 'Aldo Brenn', 'outlet', 'outlet']);
  });

  it('a speech published whole is its speaker’s, after the publisher’s notes and up to its thanks', () => {
    expect(
      speakers([
        'Address by Maren Vollsted, President, Aldenland Pilots’ Union, to the annual conference, 3 March 2024',
        'The union represents the crew of the Il-76. The text below is the President’s speech as prepared.',
        'Check against delivery.',
        'The Il-76 was sent out with one pilot where it used to carry two.',
        'The airline says the Il-76 was airworthy.',
        'Thank you. [Applause]',
        'The union’s next conference on the Il-76 is in May.',
      ]),
    ).toEqual(['outlet', 'outlet', 'Maren Vollsted', 'airline', 'outlet']);
  });

  it('a news story opening with no speech head stays the outlet’s', () => {
    expect(speakers(['The address by Maren Vollsted was cut short.', 'The Il-76 was sent out with one pilot.'])).toEqual(['outlet']);
  });

  it('the first person before a verb of saying is whoever has the floor, not a source called "let me"', () => {
    expect(speakers(['So let me tell you what the Il-76 crew did that day.', 'I want to say that the Il-76 crew did nothing wrong.'])).toEqual([
      'outlet',
      'outlet',
    ]);
  });

  it('a given name stands for the name in full written at a sentence’s end', () => {
    expect(speakers(['The Il-76 was flown by Kasimir Oduya.', 'Kasimir told the inquiry the Il-76 had no fuel left.'])).toEqual([
      'outlet',
      'Kasimir Oduya',
    ]);
  });
});

describe('lines that report nothing', () => {
  it('a note of what the room did, and a speech’s note on its text', () => {
    for (const text of ['[Applause]', '[Laughter.]', '(Cheers)', '[inaudible]', 'Check against delivery.', 'As prepared for delivery.'])
      expect(notReporting(text), text).toBeDefined();
    for (const text of ['[The Il-76 was refuelled at 11:05.]', '(Reuters) - The Il-76 crashed.', 'They checked the Il-76 against the manifest.'])
      expect(notReporting(text), text).toBeUndefined();
  });
});
