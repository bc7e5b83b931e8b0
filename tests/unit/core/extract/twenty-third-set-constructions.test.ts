/**
 * What the twenty-third set kept aside showed the rules missing (docs/extraction-quality.md, its last
 * section), on sentences written for this test: the outlet told something by someone it does not
 * name ("The Gazette has been told that …") relays an unnamed source; what it has seen or learned
 * itself stays its own voice.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../../../lib/core/extract/speaker';
import { UNNAMED_SOURCE } from '../../../../lib/core/extract/speaker-check';

const gazette = { heard: [], outletName: 'Harwick Gazette' };

describe('the outlet told by someone it does not name', () => {
  it.each([
    'The Gazette has been told that the spillway gates were opened late.',
    'The Gazette has also been told that two gauges had failed.',
    'But the Gazette has been told that the warning came an hour later.',
    'The spillway gates were opened late, the Gazette has been told.',
  ])('%s', (sentence) => {
    expect(speakerOf(sentence, [], gazette)).toEqual({ kind: 'source', name: UNNAMED_SOURCE });
  });

  it.each([
    'The Gazette has learned that the spillway gates were opened late.',
    'The Gazette has seen a copy of the inspection report.',
    // Others told: not the outlet.
    'The association has seen no evidence, and it is not true that farmers have been told to wait.',
  ])('its own voice: %s', (sentence) => {
    expect(
      speakerOf(sentence, [], { ...gazette, outletName: sentence.startsWith('The association') ? 'The Association' : 'Harwick Gazette' }),
    ).toBeUndefined();
  });
});
