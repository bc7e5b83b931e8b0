import { describe, expect, it } from 'vitest';
import { compileGazetteer, type GazetteerEntry } from '../../../../lib/core/spot/gazetteer';
import { findMentions } from '../../../../lib/core/spot/mentions';

const entries: GazetteerEntry[] = [
  { id: 'zelensky', name: 'Volodymyr Zelensky', type: 'person', aliases: ['Volodymyr Zelensky', 'Zelensky', 'Zelenskiy', 'Volodymyr Zelenskiy'] },
  {
    id: 'pace',
    name: 'PACE',
    type: 'organization',
    aliases: ['PACE', 'Parliamentary Assembly of the Council of Europe'],
    rules: { exactCase: ['PACE'] },
  },
  { id: 'kirby', name: 'John Kirby', type: 'person', aliases: ['John Kirby', 'Kirby'], rules: { afterFullName: ['Kirby'] } },
  { id: 'azov', name: 'Azov', type: 'group', aliases: ['Azov', 'Azov battalion'], rules: { notWithin: ['Sea of Azov'] } },
  { id: 'il-76', name: 'Il-76', type: 'object', aliases: ['Il-76', 'Ilyushin Il-76'] },
  { id: 'gladkov', name: 'Vyacheslav Gladkov', type: 'person', aliases: ['Vyacheslav Gladkov', 'Gladkov'] },
];
const g = compileGazetteer(entries);
const ids = (text: string) => findMentions(g, text).map((m) => m.entityId);

describe('findMentions', () => {
  it('returns exact offsets into the source, in its own spelling', () => {
    const text = 'Ukrainian President Volodymyr Zelenskiy called for full clarity.';
    const [m] = findMentions(g, text);
    expect(m).toMatchObject({ entityId: 'zelensky', text: 'Volodymyr Zelenskiy' });
    expect(text.slice(m.start, m.end)).toBe('Volodymyr Zelenskiy');
  });

  it('lets the longest match win', () => {
    const text = 'the Ilyushin Il-76 military cargo plane';
    expect(findMentions(g, text).map((m) => m.text)).toEqual(['Ilyushin Il-76']);
  });

  it('folds case, dashes, NBSP, soft hyphens and diacritics', () => {
    expect(ids('an IL\u201176 aircraft')).toEqual(['il-76']);
    expect(ids('Vyacheslav\u00A0Glad\u00ADkov said')).toEqual(['gladkov']);
    expect(ids('ZELENSKÝ spoke')).toEqual(['zelensky']);
  });

  it('maps offsets back across removed invisible characters', () => {
    const [m] = findMentions(g, 'x Zel\u200Bensky y');
    expect(m.text).toBe('Zel\u200Bensky');
  });

  it('respects word boundaries', () => {
    expect(ids('Zelenskyism and Il-767 and Azovstal')).toEqual([]);
    expect(ids("Zelensky's remarks")).toEqual(['zelensky']);
  });

  it('counts an exact-case acronym only in capitals', () => {
    expect(ids('PACE passed a resolution')).toEqual(['pace']);
    expect(ids('at a brisk pace, the Pace family')).toEqual([]);
  });

  it('counts a bare surname only after the full name appeared', () => {
    expect(ids('Kirby said so. Paul Kirby agreed.')).toEqual([]);
    expect(ids('John Kirby said so. Later Kirby added more.')).toEqual(['kirby', 'kirby']);
  });

  it('never links inside a look-alike phrase', () => {
    expect(ids('ships in the Sea of Azov')).toEqual([]);
    expect(ids('members of the Azov battalion')).toEqual(['azov']);
  });
});
