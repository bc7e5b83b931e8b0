/** The set-construction tests' way of reading an article: who speaks each claim of the seed corpus's extraction. */
import { claimsOfArticle, extractBase } from '../../../../lib/core/extract/article-pack';
import { speakerOf } from '../../../../lib/core/extract/speaker';
import type { Article, Speaker } from '../../../../lib/core/pack/types';
import { seeds } from './seed-pack';

/** The seed corpus's names and questions, compiled once. */
export const seedBase = extractBase(seeds.entities, seeds.facets);

/** The speaker of each claim of an article made of `paragraphs`, by name ("outlet" for the outlet's own voice). */
export function speakers(paragraphs: string[], outletName?: string): string[] {
  const article: Article = { id: 'a', outletId: 'x', title: 'T', published: '2024-01-26', text: paragraphs.join('\n') };
  return claimsOfArticle(article, seedBase, outletName).map((c) => (c.speaker.kind === 'outlet' ? 'outlet' : c.speaker.name));
}

/** Who speaks one sentence read on its own, by name ("the outlet" for its own voice), after the speakers `heard`. */
export function speakerName(sentence: string, heard: Speaker[] = []): string {
  const s = speakerOf(sentence, [], { heard, outletName: 'Harwick Gazette' });
  return s === undefined ? 'the outlet' : s.kind === 'source' ? s.name : s.kind;
}
