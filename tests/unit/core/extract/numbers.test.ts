import { describe, expect, it } from 'vitest';
import { numbersIn } from '../../../../lib/core/extract/numbers';
import { claim } from './seed-pack';

const counts = (s: string) => numbersIn(s).map((n) => [n.value, n.counts]);

describe('numbersIn, on real sentences from the seeds', () => {
  it('reads who was on board, as AFP quotes the defence ministry', () => {
    expect(
      counts(
        '"On board were 65 captured Ukrainian army servicemen being transported to the Belgorod region for exchange, six crew members and three escorts," it said.',
      ),
    ).toEqual([
      [65, 'prisoners of war'],
      [6, 'crew'],
      [3, 'escorts'],
    ]);
  });

  it('tells a total aboard from a count of prisoners', () => {
    expect(
      counts(
        "Russia's defence ministry said earlier on that 74 people had been onboard the Il-76 transport plane, including 65 Ukrainian prisoners of war that were to be exchanged for Russian captives.",
      ),
    ).toEqual([
      [74, 'aboard'],
      [65, 'prisoners of war'],
    ]);
  });

  it('keeps what is counted, verbatim', () => {
    expect(numbersIn('He also claimed that “only five bodies ended up in the morgue in Belgorod.”')).toEqual([
      { value: 5, text: 'five', what: 'bodies', counts: 'bodies' },
    ]);
    expect(numbersIn('A Russian military transport plane carrying 65 Ukrainian soldiers to a prisoner swap')[0]).toMatchObject({
      value: 65,
      what: 'Ukrainian soldiers',
      counts: 'prisoners of war',
    });
  });

  it('reads thousands separators', () => {
    expect(
      counts('Ukraine has brought back home from Russia 517 illegally deported children and 2,828 adults, including only 150 civilians'),
    ).toEqual([
      [517, 'children'],
      [2828, 'people'],
      [150, 'people'],
    ]);
  });

  it('does not count dates, times, years, models, episodes or durations', () => {
    expect(counts('"At around 11 am Moscow time (0800 GMT), an IL-76 aircraft crashed in the Belgorod region during a routine flight,"')).toEqual([]);
    expect(counts('On December 9, 2023, Ukraine’s first lady said so on January 24.')).toEqual([]);
    expect(counts('Moscow’s forces had fired S-300 surface-to-air missiles. Watch Ukraine in Flames #564. Day 701.')).toEqual([]);
    expect(counts('a sharp escalation in attacks on civilian areas over the past two months')).toEqual([]);
  });

  it('stores the numbers on the claims, so outlets’ figures can be compared', () => {
    expect(claim('rferl', 'Russian officials said earlier that the plane').numbers.map((n) => n.counts)).toEqual([
      'prisoners of war',
      'crew',
      'escorts',
    ]);
    expect(claim('euromaidan', 'He also claimed').numbers).toEqual([{ value: 5, text: 'five', what: 'bodies', counts: 'bodies' }]);
  });
});
