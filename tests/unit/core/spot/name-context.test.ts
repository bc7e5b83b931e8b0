/**
 * What the words around a name say about it (lib/core/spot/name-context.ts, applied by findMentions):
 * another person's given name before an ambiguous bare surname, another owner before a body's short name, a
 * one-word name without its capital, and headlines set in capitals. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileGazetteer, toGazetteerEntry } from '../../../../lib/core/spot/gazetteer';
import { findMentions } from '../../../../lib/core/spot/mentions';
import { seeds } from '../extract/seed-pack';

const g = compileGazetteer(seeds.entities.map(toGazetteerEntry));
const found = (text: string) => findMentions(g, text).map((m) => [m.text, m.entityId]);

describe('a bare surname the pack marks as ambiguous, after another person’s given name, is someone else', () => {
  it.each([
    ['Yevheniia Kravchuk spoke first. Former president Leonid Kravchuk died in 2022.', [['Yevheniia Kravchuk', 'yevhenia-kravchuk']]],
    ['General Patrick Sanders spoke. Senator Bernie Sanders did not.', [['Patrick Sanders', 'patrick-sanders']]],
  ])('%s', (text, mentions) => {
    expect(found(text)).toEqual(mentions);
  });

  it.each([
    [
      'Yevheniia Kravchuk spoke. Ms Kravchuk and Mrs Kravchuk are one; later Kravchuk left.',
      ['Yevheniia Kravchuk', 'Kravchuk', 'Kravchuk', 'Kravchuk'],
    ],
    ['Patrick Sanders spoke. Yesterday Sanders said nothing.', ['Patrick Sanders', 'Sanders']],
    ['Patrick Sanders spoke. In Kyiv Sanders said it again.', ['Patrick Sanders', 'Kyiv', 'Sanders']],
    ['Patrick Sanders Meets Allies As Sanders Denies Report', ['Patrick Sanders', 'Sanders']],
  ])('still the person: %s', (text, names) => {
    expect(found(text).map(([name]) => name)).toEqual(names);
  });

  it('a surname the pack lets stand alone is left alone, whatever stands before it', () => {
    const names = found('Volodymyr Zelensky spoke. Presidents Zelensky and Putin, Speaker Volodin and Tsar Putin did too.').map(([n]) => n);
    expect(names).toEqual(['Volodymyr Zelensky', 'Zelensky', 'Putin', 'Volodin', 'Putin']);
  });
});

describe('a body’s short name that the page’s context opens, after another owner, is another body', () => {
  it('“Russia’s Security Council” is not the UN’s; “the UN’s Security Council” is', () => {
    expect(found('The UN met. Russia’s Security Council met too, and the Russian Security Council agreed.')).toEqual([['UN', 'united-nations']]);
    expect(found('The UN met. Then the UN’s Security Council voted.').map(([, id]) => id)).toEqual([
      'united-nations',
      'united-nations',
      'un-security-council',
    ]);
  });

  it('a short name the pack opens only by its full name keeps its owner', () => {
    const ids = found('Steadfast Defender 2024 began. NATO’s Steadfast Defender ends in May.').map(([, id]) => id);
    expect(ids).toEqual(['steadfast-defender-2024', 'nato', 'steadfast-defender-2024']);
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
