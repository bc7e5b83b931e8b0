/**
 * What a pronoun, "the ministry" or a subject naming the outlet refers to, from the sentences
 * before: the state extraction carries from sentence to sentence of an article (claims.ts), and
 * the readings speaker.ts makes of it.
 */
import type { Speaker } from '../pack/types';
import { OPENERS } from './subject';

/** What "he", "it" or "the ministry" may refer to, from the sentences before. */
export interface Antecedents {
  /** The speaker of the sentence just before, if it had one. */
  lastSpeaker?: Speaker;
  /** The person most recently named or heard. */
  lastPerson?: Speaker;
  /** People named or heard so far, the latest last (at most 20). */
  people?: Speaker[];
  /**
   * A person's gender by their name's last word, where a title ("Ms Selander"), the noun they were
   * described by ("a spokeswoman") or their own words ("Voss said he …") gave it: "she" is never Mr Fleet.
   */
  gender?: Map<string, 'f' | 'm'>;
  /** The organisation or group most recently named or heard. */
  lastGroup?: Speaker;
  /** Speakers heard so far in the article, the latest last. */
  heard?: Speaker[];
  /** The outlet's name: a subject naming it is the outlet speaking. */
  outletName?: string;
  /** Whether the page is a transcript (labels.ts): its labels in capitals name who speaks. */
  transcript?: boolean;
  /** A role's holder, as the page introduced them ("the environment minister, Tobias Renning"): "the minister" is them. */
  roles?: Map<string, Speaker>;
  /** The outlet's own people, as the page introduced them ("our education correspondent, Daniel Ferro"), in lower case. */
  staff?: Set<string>;
}

/**
 * "Our education correspondent, Daniel Ferro, reports", "Our reporter at the base, Katrin Holt": one of
 * the outlet's own people, by name. Not the person someone of ours spoke to ("In an interview with our
 * correspondent in Kyiv, Mykola Tochytskyi said").
 */
const OUR_PERSON =
  /(?<!\b(?:with|to|by|told|tells|telling|from|for|of)\s)\b[Oo]ur\s+(?:[\p{L}-]+\s+){0,3}?(?:correspondent|reporter|editor|producer|presenter|journalist|man|woman)(?:\s+(?:at|in|outside)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?\s*,)?(?:\s*,\s*|\s+)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/gu;

/** A programme's credit for who presents it: "47 min · Hosted by Tom Rennard". */
const HOSTED_BY = /\b(?:Hosted|Presented)\s+by\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/gu;

/**
 * A programme's title naming who presents it: "The Morning Phone-In with Gordon Bisset", "Breakfast with
 * Jacinta Rowe" (a programme's word before "with": not "Talks with Sergei Lavrov", "Interview with …").
 */
const PROGRAMME_WITH =
  /\b(?:Show|Programme|Program|Phone-?[Ii]n|Hour|Breakfast|Drive|Drivetime|Podcast|Tonight|Morning|Mornings|Afternoons?|Evenings?|Weekend|Late Show)\s+with\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/gu;

/** Notes the outlet's own people a paragraph introduces: a transcript's label naming one of them is the outlet speaking. */
export function noteStaff(text: string, a: Antecedents): void {
  for (const m of [...text.matchAll(OUR_PERSON), ...text.matchAll(HOSTED_BY), ...text.matchAll(PROGRAMME_WITH)]) noteStaffName(m[1], a);
}

/** Notes one of the outlet's own people by name, and by surname, which a transcript's later labels use alone. */
export function noteStaffName(name: string, a: Antecedents): void {
  a.staff ??= new Set();
  a.staff.add(name.toLowerCase());
  const surname = name.split(/\s+/).pop()!;
  if (surname !== name) a.staff.add(surname.toLowerCase());
}

/** Whether a speaker is one of the outlet's own people (noteStaff). */
export const isStaff = (s: Speaker, a: Antecedents) => s.kind === 'source' && a.staff?.has(s.name.toLowerCase()) === true;

const GROUP_WORDS =
  /\b(ministry|department|agency|authority|office|council|committee|service|government|military|army|staff|command|outlet|site|channel|company|group|regulator|police|court|guard|centre|center|headquarters)$/i;
const CORRESPONDENT = /^((the|our|this) (agency|newspaper|paper|channel|station|site)'?’?s? )?(own )?(correspondents?|reporters?|journalists?)\b/i;
const nameOf = (s: Speaker) => (s.kind === 'outlet' ? '' : s.name);

/** A source's last word before "of", "at", "for" …: "Olsen" of "Marit Olsen of Brask Securities", "spokesperson" of "a spokesperson for the company". */
const headWord = (s: Speaker) =>
  s.kind === 'outlet'
    ? ''
    : (s.name
        .split(/\s(?:of|at|from|for|with)\s/)[0]
        .split(/\s+/)
        .pop() ?? '');

/** Titles that tell a person's gender. */
const TITLES: Record<string, 'f' | 'm'> = { Mr: 'm', Sir: 'm', Lord: 'm', Mrs: 'f', Ms: 'f', Miss: 'f', Lady: 'f', Dame: 'f' };
const TITLED = /\b(Mr|Mrs|Ms|Miss|Sir|Lady|Dame|Lord)\.? (?:\p{Lu}[\p{L}'’-]+ )?(\p{Lu}[\p{L}'’-]+)/gu;

/** Notes the genders a sentence's titles give ("Ms Selander said …"). */
export function noteGenders(sentence: string, a: Antecedents): void {
  for (const m of sentence.matchAll(TITLED)) {
    a.gender ??= new Map();
    a.gender.set(m[2], TITLES[m[1]]);
  }
}

/** Nouns for a person that tell the person's gender: "a spokeswoman … she said". */
const GENDERED: Record<string, 'f' | 'm'> = Object.fromEntries([
  ...'woman spokeswoman chairwoman businesswoman policewoman mother wife daughter sister grandmother'.split(' ').map((w) => [w, 'f']),
  ...'man spokesman chairman businessman policeman father husband son brother grandfather'.split(' ').map((w) => [w, 'm']),
]);

/** "Voss said he …", "the judge said she had": the pronoun right after a person's verb of saying is that person. */
const SAID_OF_SELF =
  /\b(?:said|says|told\s+[^,.;]{1,30}?|testified|insisted|insists|claimed|claims|denied|denies|added|argued|argues|admitted|admits|maintained|maintains)\s+(?:that\s+)?(he|she)\b/i;

/** Notes the gender a person's own words give ("Voss says he is innocent"), where no title gave one. */
export function noteSpeakerGender(masked: string, speaker: Speaker, a: Antecedents): void {
  const pronoun = SAID_OF_SELF.exec(masked)?.[1];
  if (!pronoun || speaker.kind === 'outlet' || a.gender?.has(headWord(speaker))) return;
  a.gender ??= new Map();
  a.gender.set(headWord(speaker), /^she$/i.test(pronoun) ? 'f' : 'm');
}

/** Notes a person named or heard: the latest person, and one of the people a later "he" or "she" may be. */
export function notePerson(person: Speaker, a: Antecedents): void {
  // Only for a person described by a noun ("a spokeswoman"): a surname may be "Son" or "Man".
  const gender = person.kind === 'source' && /^\p{Ll}/u.test(headWord(person)) ? GENDERED[headWord(person)] : undefined;
  if (gender) {
    a.gender ??= new Map();
    a.gender.set(headWord(person), gender);
  }
  a.lastPerson = person;
  a.people = [...(a.people ?? []).filter((p) => p.kind === 'outlet' || person.kind === 'outlet' || p.name !== person.name).slice(-19), person];
}

/**
 * "he"/"she": the latest person (never an organisation), or where their gender is known to differ,
 * the latest person not known to be of the other; "it"/"they": the latest organisation, not a person.
 */
export function pronounReferent(pronoun: string, a: Antecedents): Speaker | undefined {
  if (/^(he|she)$/i.test(pronoun)) {
    // Never an organisation: a known entity that is no person, or a body heard as "it".
    const mayBePerson = (s: Speaker | undefined) =>
      s?.kind === 'source' && !GROUP_WORDS.test(headWord(s)) && (personLike(s) || describedPerson(s) || speaksForABody(s));
    const latest =
      (a.lastSpeaker && a.lastSpeaker === a.lastPerson ? a.lastSpeaker : undefined) ??
      a.lastPerson ??
      (mayBePerson(a.lastSpeaker) ? a.lastSpeaker : undefined);
    const wanted = /^she$/i.test(pronoun) ? 'f' : 'm';
    const genderOf = (s: Speaker) => a.gender?.get(headWord(s));
    if (!latest || !genderOf(latest) || genderOf(latest) === wanted) return latest;
    // "Mr Fleet … she said": the latest person not known to be of the other gender.
    return [...(a.people ?? [])].reverse().find((p) => genderOf(p) !== genderOf(latest)) ?? latest;
  }
  // "it" and "they" are an organisation or a group: the latest one named or heard, not a person.
  return a.lastGroup ?? (a.lastSpeaker && a.lastSpeaker !== a.lastPerson ? a.lastSpeaker : undefined);
}

/** A role a person was named with: "the spokeswoman" is the person last named or heard. */
export const ROLE =
  /^(spokes(wo)?man|spokesperson|official|minister|chair(wo)?man|chair|director|governor|commander|mayor|ambassador|envoy|organiser|organizer|officer|secretary|lawyer|prosecutor|judge|coroner|inspector|commissioner|representative)$/;
/** "A spokesperson", "a company spokesman", "an official at the port": one person speaking for a body, never "it". */
export const speaksForABody = (s: Speaker): boolean => s.kind === 'source' && ROLE.test(headWord(s).toLowerCase());

/** A text an organisation put out: "the statement reads" is the organisation last named or heard. */
const DOCUMENT = /^(statement|release|communiqué|communique|post|notice|letter)$/;

/**
 * "the ministry", "the outlet": the latest speaker whose name holds the noun; "the spokeswoman": the
 * latest person; "the statement": the sentence before's speaker if not a person, else the latest
 * organisation; else the phrase.
 */
export function definiteReferent(words: string[], a: Antecedents): Speaker | undefined {
  // "the 58-year-old farmer", "the 31-year-old": a person named before, by their age, as papers do.
  if (/^the$/i.test(words[0]) && words.length <= 3 && /^(\d{1,3}|[a-z]+(-[a-z]+)?)-year-old$/i.test(words[1] ?? '')) return a.lastPerson;
  if (!/^(the|this|that)$/i.test(words[0]) || words.length !== 2) return undefined;
  const head = words[words.length - 1].toLowerCase();
  const heard = [...(a.heard ?? [])].reverse();
  /** The latest speaker whose name holds the noun ("the ministry": "Russia's Defence Ministry"). */
  const named = () => heard.find((s) => nameOf(s).toLowerCase().split(/\s+/).includes(head));
  // The person heard last under that role, else the one the page introduced in it ("the environment
  // minister, Tobias Renning"; not a headline's bare "Minister:"), else the last speaker if a person.
  if (ROLE.test(head)) {
    const heardInRole = named();
    const holder = a.roles?.get(head);
    if (holder && (!heardInRole || !/\s/.test(nameOf(heardInRole)))) return holder;
    return heardInRole ?? (a.lastSpeaker && a.lastSpeaker === a.lastPerson ? a.lastSpeaker : undefined);
  }
  // The statement the sentence before quoted, else the one the organisation last named put out.
  if (DOCUMENT.test(head) && (a.lastSpeaker || a.lastGroup)) return a.lastSpeaker && a.lastSpeaker !== a.lastPerson ? a.lastSpeaker : a.lastGroup;
  // "the outlet", "the site": the latest organisation heard, however it was named.
  if (/^(outlet|site|channel|newspaper|broadcaster)$/.test(head)) return heard.find((s) => s.kind === 'entity' || !personLike(s));
  return named();
}

const withoutMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/** The capitalised words' initials of a name, accents left off: "Terrana News Agency" → "TNA", "Agência Índico de Notícias" → "AIN". */
export const initialsOf = (name: string) =>
  withoutMarks(
    name
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join(''),
  );

/** Whether the subject words name the outlet itself ("Meridian", "The Gazette", "VSNA correspondents", "we"). */
export function isOutlet(words: string[], a: Antecedents): boolean {
  if (/^(we|our|us)$/i.test(words[0])) return true;
  // A correction note: "An earlier version of this article said …".
  if (
    /^(an? )?(earlier|previous|original) version( of (this|these) (article|story|report|piece|page|column|analysis|fact[- ]check|item|show notes|notes|episode|podcast|newsletter|post|video|transcript))?$/i.test(
      words.join(' '),
    )
  )
    return true;
  if (CORRESPONDENT.test(words.join(' '))) return true;
  const own = (a.outletName ?? '').split(/\s+/).filter(Boolean);
  const initials = initialsOf(a.outletName ?? '');
  // Its name or initials, maybe with "the" before and "correspondents" after: never "Terrana's ombudswoman".
  const head = words.slice(0, (words.findIndex((w) => /^(in|at|on|from|for)$/.test(w)) + 1 || words.length + 1) - 1);
  const name = head.filter((w, i) => !(i === 0 && /^the$/i.test(w)) && !/^(correspondents?|reporters?|journalists?|team|staff|newsroom)$/i.test(w));
  if (name.length === 0 || name.some((w) => /['’]s$/.test(w))) return false;
  const lower = own.map((w) => w.toLowerCase());
  return name.every((w) => lower.includes(w.toLowerCase())) || (name.length === 1 && initials.length > 1 && withoutMarks(name[0]) === initials);
}

/** A noun for one person: "passenger", "witness", "spokeswoman", "lawyer". */
const PERSON_NOUN =
  /^(\p{Ll}+(er|or|ist|ian)|man|woman|mother|father|wife|husband|son|daughter|sister|brother|witness|official|passenger|resident|nurse|doctor|spokes(wo)?man|spokesperson|chair(wo)?man|student|patient|parent|tenant|agent|consultant|assistant|attendant|accountant|migrant|applicant|correspondent|president|participant|servant)$/u;
/** Nouns in -er or -or that are things, not people: "a ministry letter said", "a council paper". */
const THING_NOUN =
  /^(letter|paper|number|order|folder|poster|flyer|leaflet|banner|register|charter|chapter|computer|server|container|trailer|tanker)$/;

/** A person described rather than named: "another passenger", "a company spokeswoman", "one witness". */
export const describedPerson = (s: Speaker): boolean =>
  s.kind === 'source' &&
  /^(a|an|another|one)\s/i.test(s.name) &&
  PERSON_NOUN.test(headWord(s).toLowerCase()) &&
  !THING_NOUN.test(headWord(s).toLowerCase()) &&
  !GROUP_WORDS.test(headWord(s));

/** Whether a source's name reads like a person's ("Mary K. Holloway", "Colonel Mirek Sova"). */
const FULL_NAME = /^(\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]+$/u;
/** A name of two words or more after one word in lower case: "retiree Graham Fitzwilliam", "spokesman Dmitry Peskov". */
const DESCRIBED_NAME = /\s(\p{Ll}[\p{L}'’-]*)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+$/u;
/** Words in lower case that describe no one: a clause's openers, articles, places ("officials in Belgorod Oblast"), saying. */
const DESCRIBES_NO_ONE = new Set([
  ...OPENERS,
  ...'the a an its their his her our outside near across inside around behind beyond within among between toward towards through said says'.split(
    ' ',
  ),
]);
const namedAfterDescription = (name: string) => {
  const word = DESCRIBED_NAME.exec(name)?.[1];
  return word !== undefined && !DESCRIBES_NO_ONE.has(word);
};

export function personLike(s: Speaker): boolean {
  // "Priyanka Dahl-Mercer of Harrowgate Securities" is a person: her name is what stands before "of".
  const name = s.kind === 'source' ? s.name.split(/\s(?:of|at|from)\s/)[0] : '';
  // "Marroway retiree Graham Fitzwilliam", "ministry spokesman Dmitry Peskov": a name after what the person is.
  return s.kind === 'source' && !GROUP_WORDS.test(name) && (FULL_NAME.test(name) || namedAfterDescription(name));
}
