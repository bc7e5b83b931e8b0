/**
 * What the thirteenth set kept aside showed the rules missing (docs/extraction-quality.md, its last
 * section), each on sentences written for this test: denials of blame, a count that "stands at", a
 * reply that "is that", blame laid by pointing, and a person a sentence opens with before "did" or
 * under a double-barrelled name.
 */
import { describe, expect, it } from 'vitest';
import { claimsOfArticle, extractBase } from '../../../../lib/core/extract/article-pack';
import { modeOf } from '../../../../lib/core/extract/mode';
import { speakerOf } from '../../../../lib/core/extract/speaker';
import type { Article, Speaker } from '../../../../lib/core/pack/types';
import { seeds } from './seed-pack';

const source = (name: string): Speaker => ({ kind: 'source', name });

describe('a denial of blame', () => {
  it.each([
    ['The overflows “are not the cause of this flood”, a company spokesman said.'],
    ['“We did not cause this spill,” she said.'],
    ['Fishermen say they are being unfairly blamed.'],
    ['“We will not be the scapegoat for this,” he said.'],
  ])('%s', (sentence) => {
    expect(modeOf(sentence, source('someone'))).toBe('denied');
  });
});

describe('who speaks', () => {
  it.each([
    ['The port’s count, which includes only boats confirmed lost, stands at four.', 'port'],
    ['The ministry’s reply is that the ferries were safe.', 'ministry'],
    ['Residents have pointed to the quarry run by Halden Stone.', 'Residents'],
  ])('%s', (sentence, name) => {
    expect(speakerOf(sentence, [], {})).toEqual(source(name));
  });
});

describe('"she" after a person a sentence opens with', () => {
  const base = extractBase(seeds.entities, seeds.facets);
  const article = (text: string): Article => ({ id: 'a', outletId: 'x', title: 'T', published: '2024-01-26', text });
  const last = (text: string) => {
    const claims = claimsOfArticle(article(text), base);
    const speaker = claims[claims.length - 1].speaker;
    return speaker.kind === 'outlet' ? 'outlet' : speaker.name;
  };

  it.each([
    ['Mara Quist did not think twice before boarding the plane before the Il-76 crash.', 'Mara Quist'],
    ['Ines Lindqvist-Borg posted a letter on the day of the Il-76 crash.', 'Ines Lindqvist-Borg'],
  ])('%s', (opening, name) => {
    const text = ['Tomas Vell said the Il-76 crash cost 20 million roubles.', opening, '“Nobody told us about the Il-76 crash,” she said.'].join(
      '\n',
    );
    expect(last(text)).toBe(name);
  });
});
