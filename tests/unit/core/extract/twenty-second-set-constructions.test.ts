/**
 * What the twenty-second set kept aside showed the rules missing (docs/extraction-quality.md, its last
 * section), each on sentences written for this test: knowledge denied ("knew nothing of"), a refusal
 * of a thing that is no denial ("applicants rejected by"), a correction that names the earlier
 * version, and a description in lower case between a speaker and the verb.
 */
import { describe, expect, it } from 'vitest';
import { modeOf } from '../../../../lib/core/extract/mode';
import { numbersIn } from '../../../../lib/core/extract/numbers';
import { speakerOf } from '../../../../lib/core/extract/speaker';
import type { Speaker } from '../../../../lib/core/pack/types';
import { speakers } from './article-speakers';

const source = (name: string): Speaker => ({ kind: 'source', name });

describe('denials', () => {
  it.each([
    ['The firm says its directors knew nothing of the payments.', source('firm'), 'denied'],
    ['"The board had no knowledge of the matters under investigation," the chairman said.', source('chairman'), 'denied'],
    ['She knew nothing about it until Friday, her sister said.', source('sister'), 'denied'],
    // In the outlet's own voice it is what the outlet found.
    ['The inquiry found the council knew nothing of the leak.', undefined, 'asserted'],
    ['An earlier version said the ferry sailed at 9am; it sailed at 10am.', undefined, 'denied'],
    ['An earlier version of the plan said the ferry would sail at 9am.', undefined, 'asserted'],
    ['The applicants rejected by the board will be written to.', undefined, 'asserted'],
    ['Half of those who were rejected have appealed, the board said.', source('board'), 'attributed'],
  ])('%s', (sentence, speaker, mode) => {
    expect(modeOf(sentence, speaker)).toBe(mode);
  });
});

describe('who speaks', () => {
  it.each([
    ['The Harbour Authority, part of the transport ministry, said the quay would reopen.', 'Harbour Authority'],
    ['Ingrid Salo, now retired, said she had warned them.', 'Ingrid Salo'],
    ['Residents, many of them elderly, said the water had risen overnight.', 'Residents'],
    // A name in capitals after the comma is the speaker itself.
    ['Its chief executive, Maren Holt, said the board knew nothing.', 'Maren Holt'],
  ])('%s', (sentence, name) => {
    expect(speakerOf(sentence, [], {})).toEqual(source(name));
  });

  it('keeps an aside naming an author: the author may be the speaker', () => {
    const s = speakerOf('The report, written by the engineers Halden & Roe after the storm, says the wall was cracked.', [], {});
    expect(s?.kind === 'source' && s.name).toContain('Halden & Roe');
  });

  it('takes the subject after an opening word, and an aside saying where something was sent as an aside', () => {
    expect(speakerOf('Yesterday, police, who had been called to the scene, said two men were held.', [], {})).toEqual(source('police'));
    expect(speakerOf('Overnight, rescuers, working in the rain, said they had found two more.', [], {})).toEqual(source('rescuers'));
    expect(speakerOf('The letter, sent to MPs by the Treasury, said the cuts would stay.', [], {})).toEqual(source('letter'));
  });

  it('takes no name for an aside because it begins with "in", "on" or "as"', () => {
    expect(speakerOf('Inga Moe, now retired, said she had warned them.', [], {})).toEqual(source('Inga Moe'));
    expect(speakerOf('Asha Lund, 52, said the road flooded.', [], {})).toEqual(source('Asha Lund'));
  });
});

describe('a transcript', () => {
  it('reads the outlet’s own correspondent, as the page introduced them, as the outlet; what they report keeps its own attribution', () => {
    const paragraphs = [
      'ANCHOR: Good evening. Our defence correspondent, Daniel Ferro, is in Belgorod tonight.',
      'DANIEL FERRO: The Kremlin says the shelling went on for four hours. By evening Belgorod was quiet.',
      'OKSANA DERY: We heard the blasts from Belgorod all night.',
    ];
    // The anchor's paragraph is the outlet's; then the correspondent's report, and a witness.
    expect(speakers(paragraphs, 'NTA').slice(-3)).toEqual(['Kremlin', 'outlet', 'Oksana Dery']);
    // Not introduced as the outlet's own, the label is whoever it names, and its paragraph theirs but for
    // what they say another said (the twenty-seventh set: "JONAH PRICE: And Veltaris says …" is Veltaris's).
    const unnamed = [paragraphs[0].replace('Our defence correspondent, Daniel Ferro,', 'Our correspondent'), ...paragraphs.slice(1)];
    expect(speakers(unnamed, 'NTA').slice(-3)).toEqual(['Kremlin', 'Daniel Ferro', 'Oksana Dery']);
  });
});

describe('a surname in -ly', () => {
  it('is the speaker, not an opening word', () => {
    expect(speakerOf('Kelly, spokeswoman for the ministry, said the line would reopen.', [], {})).toEqual(source('Kelly'));
  });
});

describe('figures a pack cannot hold', () => {
  it('are left out: a fine of 2,000,000,000,000,000,000 roubles is no count a chart can show', () => {
    expect(numbersIn('The court fined the company 2,000,000,000,000,000,000 roubles.')).toEqual([]);
    expect(numbersIn('The court fined the company 2,000 roubles.').map((n) => n.value)).toEqual([2000]);
  });
});
