/**
 * What the thirtieth set kept aside showed the rules missing (docs/extraction-quality.md, its last
 * section), on sentences written for this test: page stamps run together with a byline, subheadings
 * opening with a question word, a programme's episode line, host credit and editor's marks, a meeting
 * record's and a notice's furniture, a notice a paper reproduces under its issuer's name, whose
 * "version is that …", and who named or identified someone "as" someone; nautical miles, taka and a
 * factbox's fields; a record's field labels, "stresses", "that's simply wrong", a correction of "these
 * show notes", and a description closing a sentence as its own subject.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateRuleFor } from '../../../../lib/core/extract/boilerplate';
import { modeOf } from '../../../../lib/core/extract/mode';
import { numbersIn } from '../../../../lib/core/extract/numbers';
import { speakers } from './article-speakers';

const line = (text: string) => ({ index: 1, start: 0, end: text.length, text });
const before = line('The Il-76 came down near Belgorod.');

describe('lines that report nothing', () => {
  it.each([
    ['Our Correspondent, Belgorod Published: 09 Oct 2040, 11:06 PM Updated: 10 Oct 2040, 01:20 AM', 'publication stamp'],
    ['October 10, 2040 3:52 PM GMT+4 Updated 1 hour ago', 'publication stamp'],
    ['Record MCR-2040-0917 · Status: Open · Last updated 14 Oct 2040', 'publication stamp'],
    ['What the operator says', 'heading'],
    ['How we reported this story', 'heading'],
    ['Episode 214', 'video programme title'],
    ['[…]', 'video programme title'],
    ['[Transcript continues in the full episode]', 'video programme title'],
    ['16 October 2040 · 47 min · Hosted by Tom Rennard', 'review credit'],
  ])('%s', (text, rule) => {
    expect(boilerplateRuleFor(line(text), before)).toBe(rule);
  });

  it.each([
    'Updated figures show 74 people died.',
    'What the Il-76 carried is still unknown.',
    'Who fired the missiles, the ministry did not say.',
    'Episode 214 was recorded in Belgorod.',
  ])('still reports: %s', (text) => {
    expect(boilerplateRuleFor(line(text), before)).toBeUndefined();
  });

  it.each([
    'In attendance: Cllrs B. Hession, N. Gaffney and E. Carolan.',
    'Apologies: Cllr J. Hanrahan.',
    'The Cathaoirleach, Cllr Bríd Hession, presided.',
    'The next meeting of the Members will take place on Monday 17 December at 3pm.',
    'Minutes of this meeting will be published once they have been adopted.',
    'Subject: Tower flange bolted connections',
    'This transcript was produced automatically and edited for clarity.',
    'This interview has been edited for length and clarity.',
  ])('%s', (sentence) => {
    // The page's event frames every sentence of it: one that reports would be a claim.
    expect(speakers(['The Il-76 crashed near Belgorod.', sentence])).toEqual(['outlet']);
  });

  it('a meeting’s own business still reports', () => {
    expect(speakers(['The Il-76 crashed near Belgorod.', 'Cllr Anna Lee said the Il-76 crash was avoidable.'])).toEqual(['outlet', 'Cllr Anna Lee']);
  });
});

describe('who speaks', () => {
  it('a notice a paper reproduces below, under its issuer’s name in capitals, is the issuer’s to its signature', () => {
    expect(
      speakers([
        'The regulator has grounded the Il-76 fleet.',
        'The Belgorod Courier reproduces the operative part of the notice below.',
        'AVIATION SAFETY AUTHORITY OF THE REGION',
        'Issued: 26 January 2024',
        '1. On 24 January 2024, an Il-76 aircraft crashed near Belgorod.',
        '2. Every Il-76 operator shall inspect its aircraft within 21 days.',
        'Download the full notice',
        'The Il-76 fleet has 40 aircraft.',
      ]),
    ).toEqual(['outlet', 'outlet', 'Aviation Safety Authority of the Region', 'Aviation Safety Authority of the Region', 'outlet']);
  });

  it('a programme’s host, credited as such, speaks in the outlet’s voice under their label', () => {
    expect(
      speakers([
        'Episode 12 · 40 min · Hosted by Tom Rennard',
        'TOM RENNARD: The Il-76 came down at dawn.',
        'ANNA LEE: I saw the Il-76 fall.',
        'TOM RENNARD: So, the ministry’s version is that the Il-76 was shot down.',
        'ANNA LEE: Nobody believes that about the Il-76.',
      ]),
    ).toEqual(['outlet', 'Anna Lee', 'ministry', 'Anna Lee']);
  });

  it('who named or identified someone “as” someone says so', () => {
    expect(speakers(['The two Il-76 pilots were identified by the consulate as Ivan Petrov and Oleg Sidorov.'])).toEqual(['consulate']);
    expect(speakers(['Russia’s government has named the Il-76 captain as Ivan Petrov, 52.'])).toEqual(['Russia’s government']);
    expect(speakers(['A pilot named Ivan Petrov flew the Il-76.'])).toEqual(['outlet']);
  });

  it('“talked about” reports', () => {
    expect(speakers(['The ministry talked about a “technical fault” on the Il-76.'])).toEqual(['ministry']);
  });
});

describe('figures', () => {
  const counts = (s: string) => numbersIn(s).map((n) => [n.value, n.counts]);

  it('nautical miles, in words or as “nm”', () => {
    expect(counts('The ship was about nine nautical miles off the port, 9 nm west of the breakwater, 3 miles from the beach.')).toEqual([
      [9, 'nautical miles'],
      [9, 'nautical miles'],
      [3, 'miles'],
    ]);
  });

  it('sums in taka, with their scale in lakh or their thousands', () => {
    expect(counts('His father took a loan of Tk 4 lakh, and each of the two families was given Tk 25,000.')).toEqual([
      [400_000, 'taka'],
      [2, 'families'],
      [25_000, 'taka'],
    ]);
  });

  it('a factbox’s field counts what its label names', () => {
    expect(counts('Persons on board: 23')).toEqual([[23, 'aboard']]);
    expect(counts('Fatalities: 2')).toEqual([[2, 'fatalities']]);
    expect(counts('Missing: 1')).toEqual([[1, 'missing']]);
    expect(counts('Crew: 23')).toEqual([[23, 'crew']]);
    expect(counts('Status: Open')).toEqual([]);
  });
});

describe('more of what the thirtieth set showed', () => {
  it('a record’s field labels are the page’s own entries, no speakers', () => {
    expect(speakers(['Vessel: Il-76 transport (cargo)', 'Location: near Belgorod, Russia', 'Russia: Ukraine shot down the Il-76'])).toEqual([
      'outlet',
      'outlet',
      'Russia',
    ]);
  });

  it('“stresses” reports; “notes” is read as a noun', () => {
    expect(speakers(['Dolan stresses that the Il-76 photographs are no proof.'])).toEqual(['Dolan']);
    expect(speakers(['The Il-76 carried notes worth 2 million roubles.'])).toEqual(['outlet']);
  });

  it('“that’s simply wrong” denies what was said', () => {
    expect(modeOf('The manager, Halvard, says that’s simply wrong.', { kind: 'source', name: 'Halvard' })).toBe('denied');
  });

  it('a correction of “these show notes” is the outlet’s own', () => {
    expect(speakers(['Correction, 17 October 2040: An earlier version of these show notes said the Il-76 crashed on a Monday.'])).toEqual(['outlet']);
  });

  it('a description after a comma, closing the sentence with its verb, is the speaker, not a name in an aside before it', () => {
    expect(
      speakers([
        'Fifteen of the Il-76 passengers were soldiers and three, including the governor, Vyacheslav Gladkov, from Belgorod, the airline’s manager said.',
      ]),
    ).toEqual(['airline’s manager']);
    expect(speakers(['“The Il-76 was sound,” Vyacheslav Gladkov, the region’s governor, said.'])).toEqual(['Vyacheslav Gladkov']);
  });
});
