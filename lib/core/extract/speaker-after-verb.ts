/**
 * A speaker named after the verb of saying: after a quotation (",” said the country's Coordination
 * Headquarters"), opening a sentence ("Said Peskov: …"), or after an inverted verb ("So, three, said Mr
 * Fleet"; a translation from French inverts others too: "…, indicated the spokesman"). What follows the
 * verb is read for a known entity, a pronoun, or a name up to where it ends.
 */
import type { Speaker } from '../pack/types';
import { TITLE_ABBREVIATION } from './sentences';
import { type Antecedents, personLike, pronounReferent } from './referents';
import { entitySpeaker, sourceOf, type SpeakerMention } from './speaker-source';

/**
 * After an inverted verb, only a name and then a comma or the end: "…, said Mr Fleet, from …", "…, said
 * the head of the society.", "…, said organizer Gail Fenwick-Osei," — a role of one or two words in lower
 * case before a name, not "critics of Vladimir Putin" (not "said Thursday an aircraft …").
 */
const INVERTED_NAME =
  /^\s+(?:(?!(?:that|the|a|an|it|he|she|they|there|this|on|in|at|to|of|for|from|by|with|and|or|after|before|when|while|last|next)\b)\p{Ll}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*([,.;]|$)|^\s+(?!(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|on|in|at)\b)(the\s+)?\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,3}(\s+of\s+(the\s+)?\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,4})?\s*([,.;]|$)|^\s+(the|a|an)\s+(?!(?:[\p{L}'’-]+\s+){0,6}?(?:had|has|have|was|were|is|are|been|came|went|did|does|do|would|will|could|\p{Ll}+ed)\b)\p{Ll}[\p{L}'’-]*(\s+[\p{L}'’-]+){0,6}\s*([,.;]|$)/u;
/** Where a name after its verb ends; not at a title's or an initial's full stop ("said Dr. Amir Soltani", "said Mary K. Holloway"). */
const NAME_ENDS = new RegExp(`[,;]|(?<!\\b(?:${TITLE_ABBREVIATION}|\\p{Lu}))\\.| on | in `, 'u');

/** Whether the verb and its subject are inverted after a comma, with no quotation. */
export const isInverted = (before: string, verb: string, after: string): boolean =>
  /[,–—]\s*$/.test(before) && /^(said|says|added|indicated|precised|affirmed|explained|specified|declared)$/i.test(verb) && INVERTED_NAME.test(after);

/** The speaker named after `verb` (at `at` in the masked sentence), if any. */
export function speakerAfterVerb(
  masked: string,
  at: number,
  verb: string,
  inverted: boolean,
  eligible: SpeakerMention[],
  a: Antecedents,
): Speaker | undefined {
  const after = masked.slice(at + verb.length);
  // Not a body named in an apposition after the speaker's name (", said Dr. Ana Ruiz, the firm's director").
  const m = eligible.find((e) => e.start >= at && e.start <= at + 60 && !masked.slice(at + verb.length, e.start).includes(','));
  if (m) return entitySpeaker(m);
  const pronoun = /^\s*(he|she|it|they)\b/i.exec(after);
  if (pronoun) return pronounReferent(pronoun[1], a);
  const [name, next] = after
    .replace(/^\s*(a statement issued by|by)?\s*/i, '')
    .split(NAME_ENDS)
    .map((part) => part?.trim());
  // ",” said the group's campaigner, Joel Ashworth.": the name after the role.
  const named = next && /^,/.test(after.slice(after.indexOf(name) + name.length)) && personLike({ kind: 'source', name: next }) ? next : name;
  // ", said Jonas Rettenbacher of the Astronomical Society, …": the person, not where they are from.
  const from = named && /^(.+?)\s+of\s+(?:the\s+)?\p{Lu}/u.exec(named);
  // ", said organizer Gail Fenwick-Osei,": the person, not the role in lower case before the name.
  const nameOnly = from && personLike({ kind: 'source', name: from[1] }) ? from[1] : named;
  const who = inverted ? nameOnly?.replace(/^(?:\p{Ll}[\p{L}'’-]+\s+){1,2}(?=\p{Lu})/u, '') : nameOnly;
  return who ? sourceOf(who.split(/\s+/)) : undefined;
}
