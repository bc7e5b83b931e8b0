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

describe('numbersIn, on the figures business, science and disaster reporting states', () => {
  it('reads decimals and scales, and keys money by its unit', () => {
    expect(counts('The brewer lost 2.4 billion crowns of value and set aside 30 million crowns for refunds.')).toEqual([
      [2_400_000_000, 'crowns'],
      [30_000_000, 'crowns'],
    ]);
    expect(counts('The fine was $4.5 million, on top of €800,000 in costs and a £1.2bn levy.')).toEqual([
      [4_500_000, 'dollars'],
      [800_000, 'euros'],
      [1_200_000_000, 'pounds'],
    ]);
    expect(counts('Two million people live downstream of the reservoir.')).toEqual([[2_000_000, 'people']]);
  });

  it('counts shares in per cent, and lengths and weights by one spelling', () => {
    expect(counts('Turnout fell 7.5 per cent, and then another 3% in the final hour.')).toEqual([
      [7.5, 'per cent'],
      [3, 'per cent'],
    ]);
    expect(counts('The crack ran 12 to 15 metres along the wall, and 40 tonnes of rock fell within 2 km of the shaft.')).toEqual([
      [12, 'metres'],
      [15, 'metres'],
      [40, 'tonnes'],
      [2, 'km'],
    ]);
    expect(counts('Divers searched for 36 hours over 3 weeks; the pool is 5m deep.')).toEqual([]);
  });

  it('takes a small number after a name for the name’s, but not after a place a count comes from', () => {
    expect(counts('Owners of 40,000 Glidewell 3 scooters and 12 Harbourline 7 ferries were told to wait.')).toEqual([
      [40_000, 'scooters'],
      [12, 'ferries'],
    ]);
    expect(counts('The convoy brought back from Tarsk 12 fishermen and from Orl 9 sailors.')).toEqual([
      [12, 'fishermen'],
      [9, 'sailors'],
    ]);
    expect(counts('On Sunday 14 people were rescued near Gate 9.')).toEqual([[14, 'people']]);
  });

  it('gives a count with no noun what the sentence was counting', () => {
    expect(counts('The board has logged 260 complaints, up from 190 a week ago.')).toEqual([
      [260, 'complaints'],
      [190, 'complaints'],
    ]);
    expect(counts('Five climbers were found on Monday and two are still on the ridge.')).toEqual([
      [5, 'climbers'],
      [2, 'climbers'],
    ]);
    expect(counts('Six of them were flown to the capital.')).toEqual([[6, 'people']]);
    expect(counts('The union puts the number of injured workers at 31, and the owner the number of deaths at two.')).toEqual([
      [31, 'workers'],
      [2, 'people'],
    ]);
    expect(counts('The death toll from Saturday’s landslide in the hills above Corvo has risen to eleven.')).toEqual([[11, 'people']]);
    expect(counts('It plans to raise the voting age to 18.')).toEqual([]);
  });

  it('reads a figure with "or so" and one ended by a dash, and the count after a possessive', () => {
    expect(counts('All 300 or so residents left; the total rose to nine – police')).toEqual([
      [300, 'people'],
      [9, 'people'],
    ]);
    expect(counts('Four of the town’s 11 pumps failed.')).toEqual([
      [4, 'pumps'],
      [11, 'pumps'],
    ]);
  });

  it('reads a sentence of 3,000 characters of numbers', () => {
    const s = `${'12 boats, '.repeat(299)}and 5 ships.`;
    expect(numbersIn(s)).toHaveLength(300);
  });
});

describe('numbersIn, on counts the fourth set showed missing', () => {
  it('reads a unit written on, dead things by their noun, more of the same, and a verb right after a count', () => {
    expect(counts('Boats stayed 1.5km from the weir and divers lifted 40kg of silt.')).toEqual([
      [1.5, 'km'],
      [40, 'kilograms'],
    ]);
    expect(counts('Wardens found 300 dead eels below the lock.')).toEqual([[300, 'eels']]);
    expect(counts('Six boats sank at the quay; two more drifted onto the weir.')).toEqual([
      [6, 'boats'],
      [2, 'boats'],
    ]);
    expect(counts('Of those, 41 lived in the town and 12 escaped by boat.')).toEqual([
      [41, 'people'],
      [12, 'people'],
    ]);
    expect(counts('The trust promised six new steel-framed gates and two older ones.')).toEqual([
      [6, 'gates'],
      [2, 'gates'],
    ]);
  });
});
