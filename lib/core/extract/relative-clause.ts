/**
 * Relative clauses and who speaks in them. A verb of saying in a relative clause is not the
 * sentence's main verb ("a site that first reported …"), unless the clause already had its own
 * ("supporters who were there say"); when no main clause names a speaker, the one a relative
 * clause names stands for the sentence: the name before ", who said", the people before "who say",
 * or the clause's own subject ("a gap that surveyors say was …").
 */
import type { Speaker } from '../pack/types';
import { type Antecedents, pronounReferent } from './referents';
import { entitySpeaker, sourceOf, type SpeakerMention } from './speaker-source';
import { PRONOUN } from './subject';

/** A relative word and at most three words before the verb. */
export const RELATIVE = /\b(which|who|whom|that|what)\s+(\S+\s+){0,3}$/i;
/** "Jarek Volnar, leader of the union, who said": the name a relative clause after commas is about. */
const WHO_AFTER_NAME =
  /((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)(?:,[^,]{1,80}){0,2},\s+who\s+((?:has|had|have|also|later|then|[a-z]+ly)\s+)?$/u;
/** After an organisation's name (and its initials in brackets): ", which says". */
const WHICH_AFTER = /^(\s*\([^()]{1,12}\))?,\s+which\s+((?:has|had|have|also|later|then|[a-z]+ly)\s+)?$/;
/**
 * "a gap that surveyors say was …": a relative clause with a subject of its own. Not "in which"
 * (the main clause's object), nor "what traders described as" (a word for something the outlet reports).
 */
const RELATIVE_SUBJECT =
  /(?<!\b(?:in|of|on|at|by|for|with|from|to)\s)\b(?:that|which)\s+((?:(?:the|his|her|its|their|some|many|most|several|other)\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+$/u;
/** "31 residents who say", "people who told": a count or a plural noun right before "who" and the verb. */
const WHO_SAY =
  /\b((?:\d[\d,]*|several|many|some|two|three|four|five|six|seven|eight|nine|ten|dozens of)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s)\s+who\s+$/u;
/** A subject's last word: a name, a plural, someone who speaks for a body, or the body ("that the company withheld" has a verb there). */
const SUBJECT_HEAD =
  /^(\p{Lu}.*|.*[^s]s|he|she|they|.*(man|woman|person)|ministry|government|company|agency|police|court|army|council|board|regulator|official|expert|group)$/u;
const NOT_A_SUBJECT = /^(it|this|that|there|has|have|had|is|are|was|were|be|been|first|also|then|later|earlier|\w+ly)$/i;

/** A verb in the past, as a relative clause's own ("who attended", "who fled"). */
const PAST =
  /^([a-z]+ed|fled|saw|met|went|came|lost|made|took|gave|ran|held|left|brought|bought|built|heard|knew|won|fought|sought|led|paid|sent|spent|kept|got|became|began|drove|flew|rode|wrote)$/;

/** "Several supporters who were there say": the relative clause has its verb, so the one after it is the main verb. */
export function relativeClosed(before: string): boolean {
  const clause = RELATIVE.exec(before)![0].trim().split(/\s+/).slice(1);
  // "Residents who attended the meeting said": a verb in the past with its object is the clause's own.
  const verb = clause.findIndex((w) => !/^[a-z]+ly$/.test(w));
  const ownVerb = verb >= 0 && verb < clause.length - 1 && PAST.test(clause[verb]);
  return (
    clause.length > 0 &&
    (/^(was|were|is|are|had|have|has|did|lived|live|worked|work)$/i.test(clause[0]) || ownVerb) &&
    /^(who|that)$/i.test(RELATIVE.exec(before)![1])
  );
}

/**
 * Who a relative clause's verb of saying speaks for: the name before ", who said" (asides after it
 * between commas), or the clause's own subject ("a gap that engineers estimate was …").
 */
export function relativeSpeaker(before: string, eligible: SpeakerMention[], a: Antecedents): Speaker | undefined {
  const who = WHO_AFTER_NAME.exec(before);
  if (who) {
    const at = who.index + who[0].indexOf(who[1]);
    const m = eligible.find((e) => e.start >= at && e.end <= at + who[1].length);
    return m ? entitySpeaker(m) : sourceOf(who[1].split(/\s+/));
  }
  // "… the Transport Workers' Union (TWU), which says …": the organisation named right before ", which".
  const body = eligible.find((e) => e.type !== 'person' && WHICH_AFTER.test(before.slice(e.end)));
  if (body) return entitySpeaker(body);
  // "31 residents who say …": the people the clause is about.
  const antecedent = WHO_SAY.exec(before);
  // A count opens it, which no name does; here it is what the speakers are ("31 residents").
  if (antecedent) return { kind: 'source', name: antecedent[1] };
  const own = RELATIVE_SUBJECT.exec(before)?.[1].split(/\s+/);
  if (!own || NOT_A_SUBJECT.test(own[0]) || NOT_A_SUBJECT.test(own[own.length - 1]) || !SUBJECT_HEAD.test(own[own.length - 1])) return undefined;
  if (own.length === 1 && PRONOUN.test(own[0])) return /^(he|she|they)$/i.test(own[0]) ? pronounReferent(own[0], a) : undefined;
  const end = before.trimEnd().length;
  const m = eligible.find((e) => e.start >= end - own.join(' ').length && e.end <= end);
  return m ? entitySpeaker(m) : sourceOf(own);
}
