/**
 * What the thirty-seventh set kept aside showed the rules missing (docs/extraction-quality.md, its last
 * section), on sentences written for this test: a board's and a wiki's furniture, a syndicated
 * column's notes, a page's log of its changes, a "myths and facts" page, an analyst's price target,
 * "…, the survey found.", a decision contested, and a verb of saying in a clause of time after a comma.
 */
import { describe, expect, it } from 'vitest';
import { modeOf } from '../../../../lib/core/extract/mode';
import { notReporting } from '../../../../lib/core/extract/not-reporting';
import { numbersIn } from '../../../../lib/core/extract/numbers';
import { PROMO_SENTENCE } from '../../../../lib/core/extract/promo';
import { speakers } from './article-speakers';

const source = { kind: 'source', name: 'the airline' } as const;

describe('lines that report nothing', () => {
  it('a board’s meeting, a public summary on itself, a wiki’s furniture, a change log, a column’s notes', () => {
    for (const text of [
      'Held at the Education Centre, Harwick General Hospital, at 10am.',
      'Chair: Lorna Quayle.',
      'Item 4: Il-76 serious incident update (paper EHT/49/112)',
      'This summary is published by the trust to help members of the public follow the board’s business.',
      'It is not the formal minutes, which will be approved at the next meeting.',
      'Papers are available on request from the trust secretary.',
      'It does not form part of the findings.',
      'From Harwickpedia, the Harwick wiki',
      'Not to be confused with Il-76 Roofing.',
      '“Il-76 wreck moved to hangar”, The Harwick Gazette, 12 March 2048.',
      '29 November 2049: updated the number of Il-76 flights cancelled.',
      'This column is syndicated by Northern Features and may appear in other titles.',
      'Morven Lyle is a former airline pilot and writes a weekly column on aviation.',
    ])
      expect(notReporting(text), text).toBeDefined();
    for (const text of [
      'Held at gunpoint, the Il-76 crew were released on Monday.',
      'Item 4 of the Il-76 report says the engines failed.',
      '“The Il-76 was overloaded”, the minister said on 12 March 2048.',
      'Lorna Quayle is a former Il-76 pilot who says the plane was overloaded.',
    ])
      expect(notReporting(text), text).toBeUndefined();
  });

  it('the page selling or asking: “Book now”, “Listen again”, “If you found this useful, share it”', () => {
    for (const text of [
      'Book now for Aviation Live 2050, 12–13 May.',
      'Listen again to the full programme on our app.',
      'If you found this useful, the best thing you can do is share it with a friend.',
    ])
      expect(PROMO_SENTENCE.test(text), text).toBe(true);
  });
});

describe('who speaks, and how', () => {
  it('a “myths and facts” page: a myth is denied by the page, and neither label is a speaker', () => {
    expect(speakers(['Myth: The Il-76 was shot down by a drone.', 'Fact: The Il-76 came down after an engine fire.'])).toEqual(['outlet', 'outlet']);
    expect(modeOf('Myth: The Il-76 was shot down by a drone.', undefined)).toBe('denied');
    expect(modeOf('Fact: The Il-76 came down after an engine fire.', undefined)).toBe('asserted');
    // Whoever the myth says said it, the page denies it (eighteenth attack suite: "Myth: Peskov said …" was Peskov's denial).
    expect(speakers(['Myth: Dmitry Peskov said the Il-76 was shot down by a drone.'])).toEqual(['outlet']);
  });

  it('an analyst’s price target, and a survey’s finding closing its sentence', () => {
    expect(
      speakers([
        'Holmgard cut its price target on the Il-76 maker to 380 crowns.',
        'Only 12 of the 64 Il-76 crews had a second pilot, the survey found.',
        'The Il-76 was found.',
      ]),
    ).toEqual(['Holmgard', 'survey', 'outlet']);
  });

  it('a verb of saying in a clause of time after a comma is not the sentence’s', () => {
    expect(speakers(['Shares in the Il-76 maker fell 21%, after it confirmed that a second aircraft was grounded.'])).toEqual(['outlet']);
  });

  it('a decision contested is denied', () => {
    expect(modeOf('The airline says it will contest the termination of its Il-76 contract.', source)).toBe('denied');
    expect(modeOf('The airline will contest the Il-76 race next year.', source)).toBe('attributed');
  });

  it('a programme titled with its presenter: the presenter’s turns are the outlet’s', () => {
    const turns = (title: string) =>
      speakers([
        title,
        'GORDON BISSET: It is now day eleven since the Il-76 crash.',
        'MOIRA DUNN: The Il-76 site has not been cleared.',
        'GORDON BISSET: The Il-76 inquiry opens on Friday.',
        'MOIRA DUNN: Nobody has told us about the Il-76 inquiry.',
      ]);
    expect(turns('The Morning Phone-In with Gordon Bisset · Tuesday 17 March')).toEqual(['outlet', 'outlet', 'Moira Dunn', 'outlet', 'Moira Dunn']);
    // Not a guest named in a headline.
    expect(turns('Talks with Gordon Bisset on the Il-76')[1]).toBe('Gordon Bisset');
    expect(turns('Yusov met on Sunday with Gordon Bisset about the Il-76')[1]).toBe('Gordon Bisset');
  });
});

describe('figures', () => {
  it('percentage points are a difference of rates, counted apart from percentages', () => {
    const figures = (t: string) => numbersIn(t).map((n) => [n.value, n.counts]);
    expect(figures('Yields rose by 1.4 percentage points, to 6 per cent.')).toEqual([
      [1.4, 'percentage points'],
      [6, 'per cent'],
    ]);
  });
});

describe('what a review found these sets’ rules took too far (ordinary news sentences)', () => {
  it('reports that look like credits, meetings, agenda items, advice or pay walls', () => {
    for (const text of [
      'Photos by Reuters, taken near Belgorod, show the Il-76 falling in flames.',
      'Held in a Belgorod jail since 2022, the prisoners died when the Il-76 came down at 11am.',
      'The Ukrainian delegation left the meeting.',
      '1.5 Million Ukrainians Fled Kharkiv Last Year, UN Says',
      'To receive compensation, contact with the regional administration must be made within 30 days.',
    ])
      expect(notReporting(text), text).toBeUndefined();
    expect(PROMO_SENTENCE.test('Already registered as a candidate, Nadezhdin says he has 200,000 signatures.')).toBe(false);
  });

  it('denials only of what was said; a rumour reported is no denial', () => {
    expect(modeOf('Zelensky described the strike on Kharkiv as malicious.', source)).toBe('attributed');
    expect(modeOf('Gladkov said lawyers who contest the charges were wasting time.', source)).toBe('attributed');
    expect(modeOf('Rumour: Peskov will meet Ukrainian negotiators in Istanbul.', undefined)).toBe('asserted');
  });

  it('no speaker behind a preposition, a finder’s “they” or a speech’s caption', () => {
    expect(speakers(['The Il-76 flight was a provocation, said critics of Vladimir Putin.'])).not.toContain('Vladimir Putin');
    expect(
      speakers(['The Il-76 inquiry found that the crew were tired.', 'Relatives went to the Il-76 morgue, where they found that it was closed.']),
    ).toEqual(['Il-76 inquiry', 'outlet']);
    expect(
      speakers(['Address by Volodymyr Zelensky to the Verkhovna Rada, 24 January 2024 (video).', 'The Il-76 came down near Belgorod on Wednesday.']),
    ).toEqual(['outlet', 'outlet']);
  });

  it('degrees that are no temperature are no figure', () => {
    const figures = (t: string) => numbersIn(t).map((n) => [n.value, n.counts]);
    expect(figures('She holds two degrees from Oxford.')).toEqual([]);
    expect(figures('The Il-76 made a turn of 180 degrees.')).toEqual([]);
    expect(figures('The station recorded 35.4 degrees at 10 a.m.')).toEqual([[35.4, 'degrees']]);
  });
});
