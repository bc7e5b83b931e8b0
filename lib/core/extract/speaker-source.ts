/**
 * A speaker as extraction names one: a known entity the sentence mentions, or a source by its own
 * words ("X issued a statement" is X), refused when the words are no name (./speaker-check.ts).
 */
import type { Speaker } from '../pack/types';
import { notASpeaker } from './speaker-check';

export interface SpeakerMention {
  entityId: string;
  name: string;
  type: string;
  /** Offsets into the sentence. */
  start: number;
  end: number;
}

export const entitySpeaker = (m: SpeakerMention): Speaker => ({ kind: 'entity', entityId: m.entityId, name: m.name });

/** A plural for people who can be quoted: "analysts", "officials", "engineers", "residents". */
export const PEOPLE = /^\p{Ll}*[\p{L}-]*(ers|ors|ists|ians|ants|ents|officials|experts|residents|families|analysts|sources|people|witnesses)$/u;

/** "X issued a statement that … declared": the statement's author speaks. */
const STATEMENT_AUTHOR = /^(.+?)\s+(issued|released|published|put out)\s+(a|its|their) (statement|post|message|communiqué)$/i;

/** A source named by its words, or undefined when the words are not a name. */
export function sourceOf(words: string[]): Speaker | undefined {
  const phrase = words.join(' ');
  const name = (STATEMENT_AUTHOR.exec(phrase)?.[1] ?? phrase).replace(/^the\s+/i, '').replace(/[,.;:]+$/, '');
  return notASpeaker(name) ? undefined : { kind: 'source', name };
}
