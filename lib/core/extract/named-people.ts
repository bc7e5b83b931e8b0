/**
 * People a page names without the pack knowing them: with a title ("Prime Minister Elena Castell"),
 * opening a sentence ("Sophie Marchant's son …"), and a surname or a given name standing for the
 * name in full written earlier. Extraction notes them so that a later "she" or "Rielo said" finds them.
 */
import type { Speaker } from '../pack/types';
import { type Antecedents, notePerson, personLike, ROLE } from './referents';
import { entitySpeaker, type SpeakerMention } from './speaker-source';
import { notASpeaker } from './speaker-check';

/** A person named with a title or role before the name ("Prime Minister Elena Castell"). */
const TITLED_NAME =
  /\b(?:President|Prime Minister|[Mm]inister|Colonel|General|[Gg]overnor|[Mm]ayor|[Jj]udge|[Pp]rosecutor|[Cc]oroner|[Cc]ommissioner|Dr|Mr|Mrs|Ms|spokesman|spokeswoman|spokesperson|negotiator|researcher|ombudswoman|ombudsman|chief executive|commander|captain)\.?,? ((?:\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}\.\s+)?){1,2}\p{Lu}[\p{L}'’-]+)/u;

/**
 * A sentence opening with a name of two words, then its possessive or a verb, maybe after an age:
 * "Sophie Marchant's son", "Ana Ruiz has", "Tomasz Welland, 41, was".
 */
const OPENING_PERSON =
  /^\s*(\p{Lu}[\p{Ll}'-]+ \p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)?)(?:['’]s\s|(?:,\s*\d{1,3},)?\s+(?:has|had|was|is|did|does|will|would|could|can|\p{Ll}+ed)\s)/u;
/** Two capitalised words that name a place or an institution, not a person. */
const NOT_GIVEN_NAME =
  /^(The|A|An|This|That|St|Saint|Mount|Lake|Port|Fort|New|North|South|East|West|Upper|Lower|Great|Little|Old)\s|\s(Road|Street|Lane|Avenue|Square|Park|Bridge|Hospital|School|College|University|Church|Bank|Club|Union|Harbour|Port|Station|Airport|Hall|House|Court|Council|Valley|River|Bay|Island|Fisheries|Group|Trust|Times|News|Post|Herald)$/;

/** "Rielo said" after "Tomas Rielo" was named: the surname stands for the full name written earlier. */
export function fullName(speaker: Speaker | undefined, textBefore: string): Speaker | undefined {
  if (speaker?.kind !== 'source' || !/^\p{Lu}[\p{L}'’-]+$/u.test(speaker.name)) return speaker;
  const esc = speaker.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [...textBefore.matchAll(new RegExp(`\\b((?:\\p{Lu}[\\p{L}'’-]+ (?:\\p{Lu}\\. )?){1,3})${esc}\\b`, 'gu'))].pop();
  // "Jenna said" after "Jenna Callan, whose husband …": a given name stands for the name in full, written as one would
  // introduce a person (a comma, "who", "whose", a possessive or the sentence's end after it; not "Skelwick Harbour Trust").
  const given = found
    ? undefined
    : [...textBefore.matchAll(new RegExp(`\\b${esc}( \\p{Lu}[\\p{L}'’-]+)(?=,| who\\b| whose\\b|[.;:!?]|['’]s\\b)`, 'gu'))].pop();
  const full: Speaker | undefined = found
    ? { kind: 'source', name: `${found[1]}${speaker.name}` }
    : given
      ? { kind: 'source', name: `${speaker.name}${given[1]}` }
      : undefined;
  // Only a person's name grows: "In Kyiv" or "Breadcrumb Russia" is not a fuller "Kyiv".
  return full && personLike(full) && !notASpeaker(full.name) ? full : speaker;
}

/** The person a sentence names with a title, or opens with, if any. */
export function personNamedIn(text: string): Speaker | undefined {
  const titled = TITLED_NAME.exec(text);
  if (titled) return { kind: 'source', name: titled[1] };
  // "Sophie Marchant's son spent four nights in hospital. “…,” she said.": a person the sentence opens with.
  const opening = OPENING_PERSON.exec(text)?.[1];
  const name: Speaker | undefined = opening ? { kind: 'source', name: opening } : undefined;
  return name && personLike(name) && !notASpeaker(opening!) && !NOT_GIVEN_NAME.test(opening!) ? name : undefined;
}

const ROLE_WORD = ROLE.source.slice(1, -1);
/** A role right before a name: "the environment minister, Tobias Renning", "Judge Alma Reyes". */
const ROLE_BEFORE = new RegExp(`\\b${ROLE_WORD},?\\s*$`, 'i');
/** A role that opens the name as written: "Judge Alma Reyes" where the pack knows her by it. */
const ROLE_OPENING = new RegExp(`^${ROLE_WORD}\\s`, 'i');
/** A role described right after a name: "Tobias Renning, the environment minister". */
const ROLE_AFTER = new RegExp(`^,\\s*(?:the|a|an|its|their|his|her)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?${ROLE_WORD}\\b`, 'iu');

/** Notes the roles the people a sentence names are introduced with, so that "the minister" is the one named so. */
export function noteRoles(sentence: string, people: { speaker: Speaker; start: number; end: number }[], a: Antecedents): void {
  for (const { speaker, start, end } of people) {
    const role =
      ROLE_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start))?.[1] ??
      ROLE_OPENING.exec(sentence.slice(start, end))?.[1] ??
      ROLE_AFTER.exec(sentence.slice(end))?.[1];
    if (!role) continue;
    a.roles ??= new Map();
    a.roles.set(role.toLowerCase(), speaker);
  }
}

/**
 * Notes the people a sentence names, in order, so that a later "he" or "she" finds them (the pack's
 * people by their entity, else one it writes with a title or opens with), and the roles they are
 * introduced with.
 */
export function notePeopleIn(sentence: string, mentions: SpeakerMention[], a: Antecedents): void {
  const persons = mentions.filter((m) => m.type === 'person');
  const named = personNamedIn(sentence);
  for (const m of persons) notePerson(entitySpeaker(m), a);
  if (persons.length === 0 && named) notePerson(named, a);
  const people = persons.map((m) => ({ speaker: entitySpeaker(m), start: m.start, end: m.end }));
  const at = named?.kind === 'source' ? sentence.indexOf(named.name) : -1;
  // A person the pack knows is noted as its entity, not again by the name written.
  if (named?.kind === 'source' && !people.some((p) => p.start <= at && at < p.end))
    people.push({ speaker: named, start: at, end: at + named.name.length });
  noteRoles(sentence, people, a);
}
