/** validateLabels names the first bad field; fold and matching treat typography as the same text. */
import { describe, expect, it } from 'vitest';
import { validateLabels } from '../../../lib/tools/eval/labels';
import { bestClaimFor, fold, labelsOfClaims } from '../../../lib/tools/eval/match';

const claim = {
  article: 'a.html',
  sentence: 'X said Y.',
  isClaim: true,
  entityIds: ['ev'],
  mode: 'attributed',
  speaker: { name: 'X', kind: 'person' },
  figures: [],
  classes: ['said'],
};
const set = (labels: unknown[]) => ({ format: 'parallax-extraction-labels/1', labels });

describe('validateLabels', () => {
  it('accepts claims and non-claims (which need no mode or speaker)', () => {
    expect(validateLabels(set([claim, { article: 'a.html', sentence: 'Subscribe.', isClaim: false, classes: ['boilerplate'] }])).ok).toBe(true);
  });

  it('names the first bad field', () => {
    const bad = (labels: unknown[]) => {
      const r = validateLabels(set(labels));
      return r.ok ? '' : r.error;
    };
    expect(bad([claim, { ...claim, speaker: { name: 'X', kind: 'somebody' } }])).toContain(
      'labels[1].speaker.kind: must be one of person, role, organisation, outlet, unnamed',
    );
    expect(bad([{ ...claim, mode: 'reported' }])).toContain('labels[0].mode');
    expect(bad([{ ...claim, figures: [{ value: '65', counts: 'crew' }] }])).toContain('labels[0].figures[0].value');
    expect(bad([{ ...claim, isClaim: 'yes' }])).toContain('labels[0].isClaim');
    expect(bad([])).toContain('labels: must be a non-empty array');
    const wrong = validateLabels({ format: 'x', labels: [claim] });
    expect(wrong.ok ? '' : wrong.error).toContain('format');
  });
});

describe('matching', () => {
  it('folds case, quotes, dashes and white space', () => {
    expect(fold('  “Nobody  came,” she\u00a0said — TWICE. ')).toBe('"nobody came," she said - twice.');
  });

  it('picks the claim sharing most text, in either direction', () => {
    expect(bestClaimFor(['Mary K. Holloway said so.'], ['Mary K.', 'Holloway said so.', 'Other.'])).toEqual([1]);
    expect(bestClaimFor(['It was.'], ['Before. It was. After.'])).toEqual([0]);
    expect(bestClaimFor(['Nothing here.'], ['Other.'])).toEqual([-1]);
    expect(labelsOfClaims(['A one.', 'B two.'], ['A one. B two.', 'C.'])).toEqual([[0, 1], []]);
  });
});
