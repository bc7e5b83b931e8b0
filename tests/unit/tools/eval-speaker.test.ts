/** Speaker matching (lenient on spelling, strict on span) and the "not a name" check, by example. */
import { describe, expect, it } from 'vitest';
import { notAName, speakerMatches } from '../../../lib/tools/eval/speaker';

const src = (name: string) => ({ kind: 'source' as const, name });

describe('speakerMatches', () => {
  it('matches folded, title-trimmed names, equal or containing the labelled one', () => {
    expect(speakerMatches(src('Kremlin spokesman Dmitry Peskov'), { name: 'Dmitry Peskov', kind: 'person' })).toBe(true);
    expect(speakerMatches(src('Governor Ilse Marren'), { name: 'Ilse Marren', kind: 'person' })).toBe(true);
    expect(speakerMatches(src('THE REGIONAL GOVERNOR'), { name: 'the regional governor', kind: 'role' })).toBe(true);
    expect(speakerMatches(src('Russia’s Defence Ministry'), { name: "Russia's Defence Ministry", kind: 'organisation' })).toBe(true);
    expect(speakerMatches(src('Defence Ministry'), { name: "Russia's Defence Ministry", kind: 'organisation', also: ['Defence Ministry'] })).toBe(
      true,
    );
  });

  it('does not take a part of the name for the name', () => {
    expect(speakerMatches(src('Mary K'), { name: 'Mary K. Holloway', kind: 'person' })).toBe(false);
    expect(speakerMatches(src('Peskov'), { name: 'Dmitry Peskov', kind: 'person' })).toBe(false);
    expect(speakerMatches(src('Ministry'), { name: 'Defence Ministry', kind: 'organisation' })).toBe(false);
  });

  it('matches an entity speaker by id, and the outlet only to the outlet', () => {
    const entity = { kind: 'entity' as const, entityId: 'dmitry-peskov', name: 'Dmitry Peskov' };
    expect(speakerMatches({ ...entity, name: 'Peskov' }, { name: 'Kremlin spokesman', kind: 'role', entityId: 'dmitry-peskov' })).toBe(true);
    expect(speakerMatches({ kind: 'outlet' }, { name: 'Northwire', kind: 'outlet' })).toBe(true);
    expect(speakerMatches({ kind: 'outlet' }, { name: 'Dmitry Peskov', kind: 'person' })).toBe(false);
    expect(speakerMatches(src('VSNA correspondents'), { name: 'Vostok State News Agency', kind: 'outlet', also: ['VSNA'] })).toBe(true);
  });
});

describe('notAName', () => {
  it('refuses function words, leading conjunctions and prepositions, trailing function words and cut initials', () => {
    expect(notAName('has')).toBe('a function word');
    expect(notAName('As Mary Holloway')).toBe('starts with a conjunction or preposition');
    expect(notAName('Kyiv neither')).toBe('ends with a function word');
    expect(notAName('incident – with its')).toBe('ends with a function word');
    expect(notAName('incident – in Belgorod')).toBe('a clause fragment (dash)');
    expect(notAName('Mary A')).toBe('ends at an initial');
    expect(notAName('Mary A.')).toBe('ends at an initial');
  });

  it('accepts names, roles and organisations', () => {
    for (const name of [
      'Mary K. Holloway',
      'the regional governor',
      'Under-Secretary-General for Political Affairs',
      "Russia's Defence Ministry",
      'the General Staff',
      'Sources in the coast guard',
    ]) {
      expect(notAName(name), name).toBeUndefined();
    }
  });
});
