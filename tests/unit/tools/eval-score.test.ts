/**
 * scoreSet by its contract, on hand-made labels and claims. Every expected number below was worked
 * out by hand from the inputs (see the comments), not by running the scorer.
 */
import { describe, expect, it } from 'vitest';
import type { Label } from '../../../lib/tools/eval/labels';
import { sameFigures, scoreSet, type ExtractedClaim } from '../../../lib/tools/eval/score';
import { rates } from '../../../lib/tools/eval/table';

const claimLabel = (sentence: string, extra: Partial<Label>): Label => ({
  article: 'a.html',
  sentence,
  isClaim: true,
  entityIds: ['ev'],
  mode: 'attributed',
  speaker: { name: 'the ministry', kind: 'organisation' },
  figures: [],
  classes: [],
  ...extra,
});

const labels: Label[] = [
  claimLabel('The ministry said 65 prisoners died.', { figures: [{ value: 65, counts: 'prisoners of war' }], classes: ['reporting-verb'] }),
  claimLabel('It added that the crew survived.', { classes: ['cross-sentence'] }),
  claimLabel('The plane crashed.', { mode: 'asserted', speaker: { name: 'Daily', kind: 'outlet' }, classes: ['outlet-voice'] }),
  { article: 'a.html', sentence: 'Subscribe now.', isClaim: false, classes: ['boilerplate'] },
];
const source = (name: string) => ({ kind: 'source' as const, name });
const claims: ExtractedClaim[] = [
  // Matches label 0 exactly: mode, speaker ("ministry" = "the ministry" without "the") and figures right.
  {
    quote: 'The ministry said 65 prisoners died.',
    speaker: source('ministry'),
    mode: 'attributed',
    numbers: [{ value: 65, counts: 'prisoners of war' }],
  },
  // Matches label 1: mode right; speaker "It" is wrong and not a name.
  { quote: 'It added that the crew survived.', speaker: source('It'), mode: 'attributed', numbers: [] },
  // A labelled non-claim taken as a claim.
  { quote: 'Subscribe now.', speaker: { kind: 'outlet' }, mode: 'asserted', numbers: [] },
  // No label covers it.
  { quote: 'The weather was fine.', speaker: { kind: 'outlet' }, mode: 'asserted', numbers: [] },
];

describe('scoreSet', () => {
  const scores = scoreSet(labels, new Map([['a.html', claims]]));
  const overall = rates(scores.overall);

  it('counts recall over labelled claims and precision over claims that overlap a label', () => {
    // 3 labelled claims, 2 found (label 2 missed); 3 extracted claims overlap labels, 2 of them claims.
    expect(overall).toMatchObject({ claims: 3, nonClaims: 1, nonClaimsExtracted: 1 });
    expect(overall.recall).toBeCloseTo(2 / 3);
    expect(overall.precision).toBeCloseTo(2 / 3);
    expect(scores.unlabelled).toBe(1);
  });

  it('counts a missed claim as wrong for mode and speaker', () => {
    expect(overall.mode).toBeCloseTo(2 / 3); // labels 0 and 1 right, label 2 missed
    expect(overall.speaker).toBeCloseTo(1 / 3); // only label 0
    expect(overall.figures).toBe(1); // one labelled claim has figures, and they match
    expect(overall.claimsWithFigures).toBe(1);
  });

  it('scores each construction class on its own labels', () => {
    expect(rates(scores.byClass['reporting-verb'])).toMatchObject({ claims: 1, recall: 1, mode: 1, speaker: 1, precision: 1 });
    expect(rates(scores.byClass['cross-sentence'])).toMatchObject({ claims: 1, recall: 1, mode: 1, speaker: 0 });
    expect(rates(scores.byClass['outlet-voice'])).toMatchObject({ claims: 1, recall: 0, mode: 0, speaker: 0, precision: null });
    expect(rates(scores.byClass.boilerplate)).toMatchObject({ claims: 0, nonClaims: 1, nonClaimsExtracted: 1, recall: null, precision: 0 });
  });

  it('lists speakers that are not names, and skips the outlet', () => {
    expect(scores.notAName).toEqual([{ article: 'a.html', name: 'It', why: 'a function word' }]);
  });

  it('takes the longest piece of a sentence the extraction split, and an extraction failure as all missed', () => {
    const label = claimLabel('Mary K. Holloway said the gates were stuck.', {
      speaker: { name: 'Mary K. Holloway', kind: 'person', entityId: 'mkh' },
    });
    const split: ExtractedClaim[] = [
      { quote: 'Mary K.', speaker: source('Mary K'), mode: 'asserted', numbers: [] },
      {
        quote: 'Holloway said the gates were stuck.',
        speaker: { kind: 'entity', entityId: 'mkh', name: 'Holloway' },
        mode: 'attributed',
        numbers: [],
      },
    ];
    const s = rates(
      scoreSet(
        [label, { ...label, article: 'broken.html' }],
        new Map([
          ['a.html', split],
          ['broken.html', []],
        ]),
      ).overall,
    );
    // a.html: found, mode and speaker (same entity) right; broken.html: missed. Both pieces overlap a claim label.
    expect(s).toMatchObject({ claims: 2, recall: 0.5, mode: 0.5, speaker: 0.5, precision: 1 });
  });

  it('counts figures on claims labelled with none as extra, not as figures accuracy', () => {
    const label = claimLabel('The ministry said it was sad.', {});
    const s = scoreSet(
      [label],
      new Map([
        ['a.html', [{ quote: label.sentence, speaker: source('ministry'), mode: 'attributed' as const, numbers: [{ value: 1, counts: 'people' }] }]],
      ]),
    );
    expect(s.extraFigures).toBe(1);
    expect(rates(s.overall).figures).toBeNull();
  });
});

describe('sameFigures', () => {
  it('compares value and counts as a multiset, case-folded', () => {
    expect(
      sameFigures(
        [
          { value: 6, counts: 'crew' },
          { value: 65, counts: 'POWs' },
        ],
        [
          { value: 65, counts: 'pows' },
          { value: 6, counts: 'Crew' },
        ],
      ),
    ).toBe(true);
    expect(
      sameFigures(
        [{ value: 65, counts: 'pows' }],
        [
          { value: 65, counts: 'pows' },
          { value: 6, counts: 'crew' },
        ],
      ),
    ).toBe(false);
    expect(sameFigures([{ value: 64, counts: 'pows' }], [{ value: 65, counts: 'pows' }])).toBe(false);
  });

  it('takes a label written in floating point as the sum it means, and tells sums apart', () => {
    // 4.1 × 10⁹ computed in floating point, as a label's author may write it.
    expect(sameFigures([{ value: 4_100_000_000, counts: 'shillings' }], [{ value: 4.1 * 1e9, counts: 'shillings' }])).toBe(true);
    expect(sameFigures([{ value: 4_100_000_000, counts: 'shillings' }], [{ value: 4_100_000_001, counts: 'shillings' }])).toBe(false);
  });

  it('reads a share however it is spelled: "percent", "per cent" and "%" are one key', () => {
    expect(sameFigures([{ value: 81, counts: 'per cent' }], [{ value: 81, counts: 'percent' }])).toBe(true);
    expect(sameFigures([{ value: 81, counts: 'Per  cent' }], [{ value: 81, counts: '%' }])).toBe(true);
    expect(sameFigures([{ value: 81, counts: 'per cent' }], [{ value: 81, counts: 'cents' }])).toBe(false);
  });

  it('reads a length in kilometres however it is spelled, and keeps other lengths apart', () => {
    expect(sameFigures([{ value: 140, counts: 'km' }], [{ value: 140, counts: 'kilometres' }])).toBe(true);
    expect(sameFigures([{ value: 140, counts: 'Kilometers' }], [{ value: 140, counts: 'kilometre' }])).toBe(true);
    expect(sameFigures([{ value: 90, counts: 'km/h' }], [{ value: 90, counts: 'kilometres per hour' }])).toBe(true);
    expect(sameFigures([{ value: 140, counts: 'km' }], [{ value: 140, counts: 'km/h' }])).toBe(false);
    expect(sameFigures([{ value: 140, counts: 'km' }], [{ value: 140, counts: 'metres' }])).toBe(false);
  });
});
