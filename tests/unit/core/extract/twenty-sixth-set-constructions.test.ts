/**
 * What the twenty-sixth set kept aside showed the rules missing (docs/extraction-quality.md, its last
 * section), on sentences written for this test: lines that report nothing (advice to the reader,
 * headings in capitals, why sources went unnamed, a byline with its place, a broadcast's introduction
 * of its reporter, where else a piece appears, a reference code), calls that are acts ("called for
 * help", "called the emergency number"), "stood by that account", a silence "would not give", the
 * outlet's own reporter named in an aside, a description by whose it is, "we spoke to", a silence
 * before "but police said", and figures: "the two survivors", "dozens of", "N of them" after a place.
 */
import { describe, expect, it } from 'vitest';
import { notReporting } from '../../../../lib/core/extract/not-reporting';
import { numbersIn } from '../../../../lib/core/extract/numbers';
import { speakerName, speakers } from './article-speakers';

describe('lines that report nothing', () => {
  it.each([
    ['Check the label on the jar before you open it.', 'reader advice'],
    ['If you have already taken the tablets, call your pharmacist.', 'reader advice'],
    ['Please keep your receipt.', 'reader advice'],
    ['Sign up for our morning briefing.', 'reader advice'],
    ['WHO KNEW WHAT', 'heading in capitals'],
    ['THE REPAIR BILL', 'heading in capitals'],
    ['They spoke on condition of anonymity because the review is not finished.', 'anonymity'],
    ['Both asked not to be named.', 'anonymity'],
    ['Pia Lindgren in Tromsø', 'credit line'],
    ['Words by Oskar Brandt', 'credit line'],
    ["Channel 4's Mara Quist reports from the harbour.", 'credit line'],
    ['This article appears in the spring issue of Quarry.', 'page note'],
    ['This guide is for general information and is not legal advice.', 'page note'],
    ['Update, 3 June: We have added the ministry’s response.', 'page note'],
    ['Reference: PR/2031/118', 'page note'],
    ['Read more: How the ferry timetable was drawn up', 'link label'],
  ])('%s', (sentence, rule) => {
    expect(notReporting(sentence)).toBe(rule);
  });

  it.each([
    // Advice someone gave, a quotation, a noun that reads as a verb, a heading that says who said it.
    'Check your smoke alarms, the fire service said.',
    '“Keep your doors shut,” police told residents.',
    'Tap water in the town is safe to drink.',
    'MINISTER SAYS BRIDGE WILL REOPEN',
    'Two engineers, who spoke on condition of anonymity, said the bolts had sheared.',
    'Pia Lindgren in Tromsø said the ferry had left late.',
  ])('still reports: %s', (sentence) => {
    expect(notReporting(sentence)).toBeUndefined();
  });
});

describe('who speaks', () => {
  it.each([
    // Calls made and money claimed are acts; "called for" an inquiry is still a demand.
    ['The skipper called for help at 04:10 from the wheelhouse.', 'the outlet'],
    ['At noon the guide, Ola Rand, called the emergency number.', 'the outlet'],
    ['If a shop refuses, you can claim from the maker directly.', 'the outlet'],
    ['The union called for an inquiry into the sinking.', 'union'],
    // "stood by that account" repeats it; rescuers who stood by only waited.
    ['The coastguard stood by that account on Friday.', 'coastguard'],
    ['Lifeboat crews stood by through the night.', 'the outlet'],
    // A description by whose it is, between commas after a name.
    ['Brightline Ferries, Mr Rand’s employer, says the engine was serviced in May.', 'Brightline Ferries'],
    // Who the outlet heard them from is no part of the speaker.
    ['Four fishermen we spoke to said the buoy had been missing for weeks.', 'Four fishermen'],
    // A clause is no speaker: "is" and "did not" before the verb.
    ['That is the point sailors will argue over for years.', 'the outlet'],
  ])('%s', (sentence, speaker) => {
    expect(speakerName(sentence)).toBe(speaker);
  });

  it('a silence, then “but police said”: the police speak', () => {
    expect(speakerName('He did not name the skipper, but police later said he was 48.')).toBe('police');
  });

  it('“would not give” is a silence kept by the last speaker', () => {
    expect(
      speakers(['A hospital spokeswoman said two men from the Il-76 were being treated.', 'She would not give the Il-76 crew’s names.']).slice(-1),
    ).toEqual(['A hospital spokeswoman']);
  });

  it('the outlet’s own reporter, named in an aside, reports in its voice', () => {
    expect(speakers(['Our reporter at the quay, Lene Vik, says the Il-76 wreckage has been brought ashore.'], 'Harbour Radio')).toEqual(['outlet']);
  });

  it('a statement that “did not address” something is the silence of whoever put it out', () => {
    expect(
      speakers([
        'The Russian Defence Ministry issued a statement on the Il-76 crash.',
        'The statement did not address claims that the plane carried missiles.',
      ]).slice(-1),
    ).toEqual(['Russian Defence Ministry']);
  });
});

describe('figures', () => {
  const counts = (s: string) => numbersIn(s).map((n) => [n.value, n.counts]);

  it.each([
    ['The two survivors were flown to Bodø.', [[2, 'survivors']]],
    ['The three rescued divers are in hospital.', [[3, 'divers']]],
    [
      'The recall covers 9,000 jars, two wholesalers and dozens of cafés.',
      [
        [9000, 'jars'],
        [2, 'wholesalers'],
      ],
    ],
    ['Thousands of people lost power.', []],
    [
      'The institute counted 31 cases in four counties, 12 of them in children.',
      [
        [31, 'cases'],
        [4, 'counties'],
        [12, 'cases'],
      ],
    ],
    ['Officials confirmed 14 salmonellosis cases.', [[14, 'cases']]],
    ['They spent two nights on the ridge.', []],
  ])('%s', (sentence, expected) => {
    expect(counts(sentence)).toEqual(expected);
  });
});
