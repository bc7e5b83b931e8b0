/**
 * What the words around a name say about it (lib/core/spot/name-context.ts, applied by findMentions):
 * another person's given name before a bare surname, another owner before a body's short name, a
 * one-word name without its capital, and headlines set in capitals. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileGazetteer, toGazetteerEntry } from '../../../../lib/core/spot/gazetteer';
import { findMentions } from '../../../../lib/core/spot/mentions';
import { seeds } from '../extract/seed-pack';

const g = compileGazetteer(seeds.entities.map(toGazetteerEntry));
const found = (text: string) => findMentions(g, text).map((m) => [m.text, m.entityId]);

describe('a bare surname after another person’s given name is someone else', () => {
  it.each([
    ['Yevheniia Kravchuk spoke first. Former president Leonid Kravchuk died in 2022.', [['Yevheniia Kravchuk', 'yevhenia-kravchuk']]],
    ['Dmitry Peskov was asked about it. His son, Nikolai Peskov, was not.', [['Dmitry Peskov', 'dmitry-peskov']]],
  ])('%s', (text, mentions) => {
    expect(found(text)).toEqual(mentions);
  });

  it.each([
    ['Dmitry Peskov spoke. Ms Kravchuk and Mr Peskov disagreed; later Peskov left.', ['Dmitry Peskov', 'Peskov', 'Peskov']],
    ['Yesterday Peskov said nothing.', ['Peskov']],
    ['In Kyiv Zelensky said it again.', ['Kyiv', 'Zelensky']],
    ['Kremlin spokesman Dmitri Peskov said so; Volodimir Zelensky did not.', ['Kremlin', 'Dmitri Peskov', 'Zelensky']],
    ['Putin Meets Allies As Peskov Denies Report', ['Putin', 'Peskov']],
  ])('still the person: %s', (text, names) => {
    expect(found(text).map(([name]) => name)).toEqual(names);
  });
});

describe('a body’s short name after another owner is another body', () => {
  it('“Russia’s Security Council” is not the UN’s; “the UN’s Security Council” is', () => {
    expect(found('The UN met. Russia’s Security Council met too, and the Russian Security Council agreed.')).toEqual([['UN', 'united-nations']]);
    expect(found('The UN met. Then the UN’s Security Council voted.').map(([, id]) => id)).toEqual([
      'united-nations',
      'united-nations',
      'un-security-council',
    ]);
  });
});

describe('case', () => {
  it('a one-word name needs its capital: Polish “duma” (pride) is no Duma', () => {
    expect(found('To była duma i radość, z dumą mówiła.')).toEqual([]);
    expect(found('The Duma voted on Tuesday.')).toEqual([['Duma', 'state-duma']]);
  });

  it('in a headline set in capitals, a name in capitals is the name, and an acronym counts only once the page named it', () => {
    expect(found('PACE IN UCRAINA, IL PAPA CHIEDE UN NEGOZIATO')).toEqual([]);
    expect(found('UN SOLDAT UKRAINIEN RACONTE SA CAPTIVITÉ')).toEqual([]);
    expect(found('KREMLIN REJECTS CALL FOR TALKS')).toEqual([['KREMLIN', 'kremlin']]);
    expect(found('The UN asked again.\nKREMLIN REJECTS UN CALL').map(([name]) => name)).toEqual(['UN', 'KREMLIN', 'UN']);
    // Outside a run of capitals, an acronym is written as it is: "pace" is no PACE.
    expect(found('PACE met at the pace of a snail.')).toEqual([['PACE', 'pace']]);
  });
});
