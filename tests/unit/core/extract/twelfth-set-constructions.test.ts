/**
 * What the twelfth set kept aside showed the rules missing (docs/extraction-quality.md, its last
 * section), each on sentences written for this test: an estimate closing an aside, a figure put at
 * a sum, a view the outlet understands someone holds, apologies, ", which says" after a body's name,
 * denials by a passive's agent and by "no trace", "did not recall" or "unconnected", and what is
 * no denial or no speech ("was dismissed", "added another 1.4%").
 */
import { describe, expect, it } from 'vitest';
import { modeOf } from '../../../../lib/core/extract/mode';
import { speakerOf } from '../../../../lib/core/extract/speaker';
import type { SpeakerMention } from '../../../../lib/core/extract/speaker-source';
import type { Speaker } from '../../../../lib/core/pack/types';

const source = (name: string): Speaker => ({ kind: 'source', name });
const mention = (sentence: string, name: string, type: string): SpeakerMention => {
  const start = sentence.indexOf(name);
  return { entityId: name.toLowerCase().replace(/\W+/g, '-'), name, type, start, end: start + name.length };
};

describe('who speaks', () => {
  it.each([
    ['About 9,000 homes lost power, the grid operator estimates, with repairs due by Friday.', 'grid operator'],
    ['The council puts the average rent for a flat at 900 crowns.', 'council'],
    ['Ministry lawyers are understood to doubt that the order would survive an appeal.', 'Ministry lawyers'],
    ['The ferry line’s owner apologised on Monday for the delays.', 'ferry line’s owner'],
  ])('%s', (sentence, name) => {
    expect(speakerOf(sentence, [], {})).toEqual(source(name));
  });

  it('", which says" after an organisation’s name and initials is the organisation', () => {
    const sentence = 'Most of them belong to the Dock and Harbour Workers’ Union (DHWU), which says 90% backed a strike.';
    const union = mention(sentence, 'Dock and Harbour Workers’ Union', 'organization');
    expect(speakerOf(sentence, [union], {})).toEqual({ kind: 'entity', entityId: union.entityId, name: union.name });
  });

  it('the agent of "is disputed by" speaks, and denies', () => {
    const sentence = 'That version is disputed by Marta Kell, who ran the depot until 2025.';
    const kell = mention(sentence, 'Marta Kell', 'person');
    expect(speakerOf(sentence, [kell], {})).toEqual({ kind: 'entity', entityId: kell.entityId, name: 'Marta Kell' });
    expect(modeOf(sentence, source('Marta Kell'))).toBe('denied');
  });

  it('"added another 1.4%" adds a sum, not words', () => {
    expect(speakerOf('Investors added another 2 million crowns to the fund on Friday.', [], {})).toBeUndefined();
  });
});

describe('what denies, and what does not', () => {
  it.each([
    ['She said the firm had searched its files and found no trace of the email.'],
    ['He said both managers did not recall seeing the report.'],
    ['The company says his transfer was entirely unconnected to the complaint.'],
    ['But Ms Lind, who took over in March 2025, rejected suggestions that she knew.'],
    ['The union has challenged the airport’s figure for flights running.'],
  ])('%s', (sentence) => {
    expect(modeOf(sentence, source('someone'))).toBe('denied');
  });

  it.each([
    ['Mr Holm, 52, was dismissed in March.'],
    ['She says she was dismissed after she complained.'],
    ['Some 186 rejected tickets were refunded.'],
  ])('not a denial: %s', (sentence) => {
    expect(modeOf(sentence, source('someone'))).toBe('attributed');
  });
});
