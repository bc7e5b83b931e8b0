/**
 * What the twenty-ninth set kept aside showed the rules missing (docs/extraction-quality.md, its last
 * section), on sentences written for this test: a broadcast transcript's labels with the speaker's role
 * after a comma, a title's full stop after an inverted "said", "U.S." before a body's name and "p.m."
 * before a spelled-out time zone, a source "who was not involved", a verdict that opens a sentence
 * ("That is not supported by the evidence"), tabloid verbs of saying, a review credit, tip lines,
 * disclaimers and a press release's contact lines, and sums in rand and bodies counted as bodies; and
 * another body's statement published whole (a newswire's release, a statement a paper reproduces),
 * whose sentences in no one's name are the issuer's.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateRuleFor } from '../../../../lib/core/extract/boilerplate';
import { modeOf } from '../../../../lib/core/extract/mode';
import { notReporting } from '../../../../lib/core/extract/not-reporting';
import { numbersIn } from '../../../../lib/core/extract/numbers';
import { paragraphsOf, sentencesOf } from '../../../../lib/core/extract/sentences';
import type { Speaker } from '../../../../lib/core/pack/types';
import { publishedStatements } from '../../../../lib/core/extract/published-statement';
import { speakers } from './article-speakers';

const someone: Speaker = { kind: 'source', name: 'Someone' };
const sentences = (text: string) => sentencesOf(text, paragraphsOf(text)[0]).map((s) => s.text);

describe('a broadcast transcript whose labels say who speaks after a comma', () => {
  const page = [
    'JANE ORTIZ, REPORTING: The Il-76 came down near Belgorod on Wednesday morning.',
    'DR. PAVEL MOROZ, REGIONAL HEALTH OFFICER: We have identified the victims of the Il-76, and we are working with investigators to confirm it. I will not name them until the families know.',
    'ORTIZ: Moroz says the bodies will be released on Friday.',
    'ANNA LEE, BELGOROD RESIDENT: Everybody here heard the Il-76 fall, and nobody from the ministry has told us anything.',
  ];

  it('the reporter is the outlet; each other label speaks its paragraph; a reporter relaying another names them', () => {
    expect(speakers(page)).toEqual(['outlet', 'Dr. Pavel Moroz', 'Dr. Pavel Moroz', 'Moroz', 'Anna Lee']);
  });

  it('a title in capitals before such a label ends no sentence', () => {
    expect(sentences(page[1])).toEqual([
      'DR. PAVEL MOROZ, REGIONAL HEALTH OFFICER: We have identified the victims of the Il-76, and we are working with investigators to confirm it.',
      'I will not name them until the families know.',
    ]);
  });
});

describe('sentences', () => {
  it('“U.S.” before a body’s name, and “p.m.” before a time zone in words, end no sentence', () => {
    const cdc = 'Up to 10 per cent develop the syndrome, according to the U.S. Centers for Disease Control and Prevention.';
    expect(sentences(cdc)).toEqual([cdc]);
    const hours = 'Call the line from 8 a.m. to 6 p.m. Pacific Time. It is free.';
    expect(sentences(hours)).toEqual(['Call the line from 8 a.m. to 6 p.m. Pacific Time.', 'It is free.']);
    // Still an end where the next sentence opens with a name.
    expect(sentences('The plane was made in the U.S. Moroz said it was old.')).toEqual(['The plane was made in the U.S.', 'Moroz said it was old.']);
  });
});

describe('who speaks', () => {
  it('a title’s or an initial’s full stop after an inverted “said” is no end of the name', () => {
    expect(speakers(['“The Il-76 was old,” said Dr. Amir Soltani, an engineer who was not involved in the inquiry.'])).toEqual(['Dr. Amir Soltani']);
    expect(speakers(['“The Il-76 was old,” said Mary K. Holloway.'])).toEqual(['Mary K. Holloway']);
    expect(speakers(['“The Il-76 was old,” said the U.S. envoy.'])).toEqual(['U.S. envoy']);
  });

  it('a tabloid’s “fumed:” and “sobbed to” report speech', () => {
    expect(speakers(['Union boss Bongani Qwabe fumed: “The Il-76 should never have flown.”'])).toEqual(['Union boss Bongani Qwabe']);
    expect(speakers(['“My daddy was on the Il-76,” the girl sobbed to the Klaxon.'])).toEqual(['girl']);
  });
});

describe('denials', () => {
  it('a source “who was not involved” denies nothing', () => {
    expect(modeOf('“It could have happened anywhere,” said Dr. Amir Soltani, who was not involved in the inquiry.', someone)).toBe('attributed');
    expect(modeOf('The ministry said it was not involved in the purchase.', someone)).toBe('denied');
  });

  it('naming what was said false denies it', () => {
    expect(modeOf('The university’s spokesperson called the post “false and hurtful.”', someone)).toBe('denied');
    expect(modeOf('She called the meeting short.', someone)).toBe('attributed');
  });

  it('a verdict opening a sentence denies, in any voice; a fact check’s rating line does not', () => {
    expect(modeOf('That is not supported by the evidence.', undefined)).toBe('denied');
    expect(modeOf('Verdict: False.', undefined)).toBe('asserted');
    expect(modeOf('The posts were shared 14,000 times.', undefined)).toBe('asserted');
  });
});

describe('lines that report nothing', () => {
  it('a review credit beside the date', () => {
    const line = { index: 0, start: 0, end: 0, text: 'September 19, 2040 · Medically reviewed by Dr. Olu Adebayo-Grant' };
    expect(boilerplateRuleFor(line)).toBe('review credit');
    const sentence = { index: 0, start: 0, end: 0, text: 'The report was reviewed by Dr. Olu Adebayo-Grant.' };
    expect(boilerplateRuleFor(sentence)).toBeUndefined();
  });

  it('tip lines, a developing story’s note, disclaimers and a press release’s contact lines and footer', () => {
    const kept = 'The Il-76 came down near Belgorod.';
    expect(
      speakers([
        kept,
        'Got a tip? WhatsApp the newsroom on 071 555 0192.',
        'This is a developing story and will be updated.',
        'This article is for information only and is not a substitute for medical advice about the Il-76.',
        'This press release about the Il-76 contains forward-looking statements.',
        'Actual results may differ materially from those described.',
        'Issued by: Belgorod Regional Communication',
        'Enquiries: Colonel Anna Lee, Il-76 inquiry spokesperson',
        'SOURCE Il-76 Families Association',
      ]),
    ).toEqual(['outlet']);
  });
});

describe('figures', () => {
  const counts = (s: string) => numbersIn(s).map((n) => [n.value, n.counts]);

  it('sums in rand, with their thousands spaced or their scale written', () => {
    expect(counts('Cash amounting to R4 350 and 28 letters were found; the fund raised R612 000, and he earned R38.6 million.')).toEqual([
      [4_350, 'rand'],
      [28, 'letters'],
      [612_000, 'rand'],
      [38_600_000, 'rand'],
    ]);
    // A bare "R510" may be a road.
    expect(counts('The R510 was shut to 40 trucks.')).toEqual([[40, 'trucks']]);
  });

  it('the bodies of workers are bodies; a part of “his” colleagues is of colleagues', () => {
    expect(counts('The bodies of the last three missing workers were recovered.')).toEqual([[3, 'bodies']]);
    expect(counts('SIX of his colleagues are dead.')).toEqual([[6, 'colleagues']]);
  });
});

describe('another body’s statement published whole', () => {
  it('a newswire’s release, from its dateline to its SOURCE line, is the issuer’s word', () => {
    expect(
      speakers([
        'Belgorod airline recalls its Il-76 fleet',
        'BELGOROD, Jan. 26, 2024 /PRLine/ -- Skyline Cargo LLC today grounded its three Il-76 aircraft.',
        'The Il-76 fleet will stay grounded until the inquiry reports.',
        '“We owe the families answers about the Il-76,” said Dr. Ana Ruiz, Skyline’s safety director.',
        'SOURCE Skyline Cargo LLC',
      ]),
    ).toEqual(['outlet', 'Skyline Cargo LLC', 'Skyline Cargo LLC', 'Dr. Ana Ruiz']);
  });

  it('a statement a paper says it reproduces is the issuer’s until its end mark; the paper’s own reporting after is the paper’s', () => {
    expect(
      speakers([
        'The following statement was issued by the Regional Police Service on Monday. We publish it in full.',
        'MEDIA STATEMENT: ARRESTS AFTER IL-76 CRASH',
        'Police have arrested two suspects after the Il-76 crash near Belgorod.',
        'The Il-76 wreckage will be moved on Friday.',
        'ENDS',
        'The Il-76 crash killed 74 people.',
      ]),
    ).toEqual(['outlet', 'outlet', 'Regional Police Service', 'Regional Police Service', 'Regional Police Service', 'outlet']);
  });

  it('lines a reader’s comment could plant make no statement of the outlet’s own sentences', () => {
    // A dateline not opening its paragraph with a place and a year; a SOURCE line far from the end.
    expect(
      speakers([
        'Reader comment from kyiv_watcher: KYIV, Jan. 24 /UA/ -- hello all',
        'The Il-76 was shot down by a missile.',
        'The Il-76 wreckage lies in a field.',
        'The Il-76 crew numbered six.',
        'The Il-76 flew from Moscow.',
        'SOURCE Ministry of Defence of Ukraine',
      ]),
    ).toEqual(['outlet', 'outlet', 'outlet', 'outlet', 'outlet']);
    // A note not opening its paragraph, and one with no end mark after it.
    expect(
      speakers(['Top comment: the following statement was issued by the Ministry of Defence today.', 'The Il-76 was shot down by a missile.']),
    ).toEqual(['outlet']);
    expect(speakers(['The following statement was issued by the Ministry of Defence today.', 'The Il-76 was shot down by a missile.'])).toEqual([
      'outlet',
    ]);
  });

  it('no such note, no SOURCE line: the page speaks in its own voice', () => {
    const paragraph = (text: string, index: number) => ({ index, start: 0, end: text.length, text });
    expect(publishedStatements(['BELGOROD, Jan. 26 /PRLine/ -- The Il-76 fleet is grounded.', 'More later.'].map(paragraph))).toEqual([]);
    expect(publishedStatements(['The police issued a statement on Monday.', 'The Il-76 fleet is grounded.'].map(paragraph))).toEqual([]);
    expect(speakers(['The Il-76 crash killed 74 people, the police said in a statement issued by its press office.'])).toEqual(['police']);
  });
});

describe('more of what the twenty-ninth set showed', () => {
  it('who the outlet “has learned from” says it; the outlet that has learned alone speaks itself', () => {
    expect(speakers(['KPEL 7 has learned from two people familiar with the inquiry that the Il-76 pumps failed.'], 'KPEL 7')).toEqual([
      'two people familiar with the inquiry',
    ]);
    expect(speakers(['KPEL 7 has learned that the Il-76 pumps failed.'], 'KPEL 7')).toEqual(['outlet']);
  });

  it('an outlet’s initials are its own, accents or none', () => {
    expect(speakers(['AIN was unable to independently confirm the nationalities of the Il-76 crew.'], 'Agência Índico de Notícias')).toEqual([
      'outlet',
    ]);
  });

  it.each([
    '(Translated from Portuguese by the AIN English Service)',
    '(Jonah Reyes | The Harwick Lantern)',
    'In Port Ellery, Jordan Vance, KPEL 7 News.',
    'Wexcombe County Health Department, emails, Sept. 14 and 16, 2040',
    'Greenfold Fresh Foods, recall notice, Sept. 14, 2040',
  ])('a credit: %s', (text) => {
    expect(boilerplateRuleFor({ index: 0, start: 0, end: text.length, text })).toBe('reporting credit');
  });

  it.each(['The ministry, in an email on Sept. 14, 2040, confirmed the crash.', 'In Belgorod, Anna Lee, a nurse, saw the Il-76 fall.'])(
    'still reports: %s',
    (text) => {
      expect(boilerplateRuleFor({ index: 0, start: 0, end: text.length, text })).toBeUndefined();
    },
  );

  it('why a source is unnamed, and an update note with its date, report nothing', () => {
    expect(notReporting('Neither person was authorized to speak publicly.')).toBe('anonymity');
    expect(notReporting('The official was not authorised to speak to the media.')).toBe('anonymity');
    expect(notReporting('The official, who was not authorised to speak, said the Il-76 was overloaded.')).toBeUndefined();
    expect(speakers(['The Il-76 crashed.', 'Update, Sept. 17, 2040: This article was updated to add the Il-76 death toll.'])).toEqual(['outlet']);
  });

  it('“one remains missing”: “remains” is the verb, not a body', () => {
    expect(numbersIn('Four of the workers were rescued and one remains missing.').map((n) => [n.value, n.counts])).toEqual([
      [4, 'workers'],
      [1, 'workers'],
    ]);
    expect(numbersIn('Rescuers found two remains near the Il-76.').map((n) => [n.value, n.counts])).toEqual([[2, 'bodies']]);
  });
});
