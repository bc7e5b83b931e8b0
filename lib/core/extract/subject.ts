/**
 * The subject of a reporting verb, read from the words before it: the last clause, with the
 * asides between commas ("Terrana, as usual, claims"; "X, speaking on condition of anonymity,
 * told"), relative clauses ("a site that first reported …"), leading conjunctions and
 * prepositional phrases ("As Colonel Sova told", "In its statement it said") and trailing
 * auxiliaries, negations and adverbs ("has not", "neither", "later") taken off.
 */

/** Words that open a clause or phrase but never begin a speaker's name. */
export const OPENERS = new Set(
  'and but or nor as so yet with of in on at to for from by after before while when since because if than that although though into about against during without under over also then meanwhile however still now initially earlier later'.split(
    ' ',
  ),
);
/** Between a subject and its verb: auxiliaries, negations, adverbs ("has not", "neither", "later"), "itself". */
const BETWEEN =
  /^(has|have|had|is|are|was|were|been|will|would|could|should|may|might|must|can|did|does|do|not|never|neither|nor|also|only|initially|earlier|later|then|now|still|again|further|once|already|yet|itself|himself|herself|themselves|cannot|can['’]t|won['’]t|wouldn['’]t|couldn['’]t|didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t|isn['’]t|wasn['’]t|[a-z]+ly)$/;
/** "has not been able to", "was unable to": a modal phrase between a subject and its verb. */
const ABLE = /\b(un)?able\s+to$/i;
/**
 * An aside or a clause that is not the subject: a relative, a participle ("speaking to …", "sent
 * to staff on Monday"; not "written by X", whose author may be the speaker), a short prepositional phrase.
 */
const ASIDE =
  /^((who|which|whose|whom|where|when|while|whilst|although|though|if|after|before|since|because|despite|without|that|as|like|in|on|at|for|with|from|by|according|however|meanwhile|too|also)(?!\p{L})|\w+ing\b|(reached|contacted|asked|interviewed|quoted|approached|pressed)\b|(\p{Ll}+ed|sent|seen|written|given|taken|shown|made|held|drawn|kept|found|brought|read|put)\s+(to|on|in|at|from|for|with|after|before|last|earlier|this)\s)/iu;
/**
 * Between commas after a name: an age ("Leanne Pryce, 44, said"), a description ("X, the firm paid
 * to …, says") or one that starts in lower case ("The Inspectorate, part of the environment ministry,
 * said"; "Ms Rhee, now retired, said"). One in capitals may be the name itself ("Its chief executive,
 * Rafe Dunmore, said").
 */
/** An age, a description with an article, or a member's letters after a name ("MP", "MP for Port Ward", "MEP", "QC"). */
const APPOSITION = /^(\d{1,3}|(a|an|the)\s.*|(MP|MPs|MEP|MLA|MSP|MPP|TD|QC|KC|SC)(\s(for|of)\s.*)?)$/i;
// Not one naming an author ("written by the firm Varga Lind, …"): the author may be the speaker.
const LOWER_CASE = /^\p{Ll}(?!.*\bby\b)/u;
/** A description by whose it is: "Highline Guides, Mr Aasland’s employer, says". */
const OWNED_ROLE = /^(\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?(\s+\p{Ll}[\p{L}-]*){1,4}$/u;
/** A single word opening a sentence before its subject: an adverb or a word of time ("Yesterday", "Separately", "Overnight"). */
const OPENING_WORD =
  /^(separately|similarly|previously|initially|finally|additionally|subsequently|recently|currently|ultimately|eventually|consequently|nevertheless|however|yesterday|today|tonight|overnight|earlier|later|meanwhile|now|then|still|instead|elsewhere|afterwards|also|again|first|finally|last|in turn)$/iu;
const RELATIVE = /\s(who|which|whose|whom|that)(\s.*)?$/i;
/** A pronoun, maybe with its auxiliary written on ("I've", "she'd", "we're"). */
export const PRONOUN = /^(he|she|it|they|we|i)(['’](s|ve|re|m|d|ll))?$/i;
/** Words of an opening phrase of time: "In 2025", "On Monday", "Last spring". */
const TIME_WORD =
  /^(\d{1,4}|last|this|next|early|late|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|winter|year|week|month|morning|afternoon|evening|night)$/i;

/** A time after the subject: "last night", "on Tuesday morning", "earlier today", "yesterday". */
const TRAILING_TIME =
  /(\s+(on|last|this|late|early|earlier|later))*(\s+(yesterday|today|tonight|overnight|(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|evening|night))+$/;
/** "we spoke to", "I interviewed": the outlet's own contact with a source, after its description. */
const HEARD_BY_US = /\s+(that\s+|who\s+)?(we|I)\s+((spoke|talked)\s+(to|with)|interviewed|contacted|consulted|asked)$/i;
/** "The Mail on Sunday", "The Independent on Sunday": a newspaper's name, its day in it. */
const TITLE_ON_DAY = /\p{Lu}[\p{L}'’-]*\s+on\s+(Sunday|Saturday)$/u;

/** Nouns in -ly, which are no adverbs: "Her family said", "the assembly said". */
const LY_NOUNS = new Set('family ally rally assembly supply monopoly anomaly reply tally'.split(' '));
/** An auxiliary, negation or adverb; a capitalised word in -ly is a name ("Idris Kamaly"). */
const between = (w: string) => BETWEEN.test(w.toLowerCase()) && !(/^\p{Lu}/u.test(w) && /ly$/.test(w)) && !LY_NOUNS.has(w.toLowerCase());

/** The clause of `before` whose last words are the subject, asides taken off. */
function subjectClause(before: string): string {
  // Not the comma inside a number ("some of the ship's 1,140 crew").
  const parts = before.split(/,(?!\d)|[;:(—–]| - /);
  // The verb right after a comma: what the commas hold is an aside about the subject before them.
  const afterComma = parts.length > 2 && parts[parts.length - 1].trim() === '';
  // Drop asides between commas, right to left, while something is left before them.
  while (parts.length > 1) {
    const last = parts[parts.length - 1].trim();
    // "In a post on Friday, the group, which …, said": after an opening phrase, "the group" is the subject, not an apposition.
    const opening = ASIDE.test(parts[parts.length - 2].trim());
    const before = parts[parts.length - 2].trim();
    // "Yesterday, police, who …, said": after a single opening word ("Yesterday", "Separately") the
    // word in lower case is the subject, not a description of it.
    const described = (LOWER_CASE.test(last) || OWNED_ROLE.test(last)) && !OPENING_WORD.test(before);
    const aside = ASIDE.test(last) || (afterComma && (APPOSITION.test(last) || described) && !opening);
    if (last === '' || (aside && parts.slice(0, -1).join(',').trim() !== '')) parts.pop();
    else break;
  }
  return parts[parts.length - 1] ?? '';
}

/** The subject phrase of a verb, as words; empty when there is none. */
export function subjectWords(before: string): string[] {
  // trimEnd and a match that starts at a word: a regex starting with \s+ is tried at every space of a
  // quotation blanked to spaces (claims.ts), quadratic in its length.
  let trailing = before.trimEnd();
  const able = ABLE.exec(trailing);
  if (able) trailing = trailing.slice(0, able.index).trimEnd();
  // "Its candidate, Maren Tjolle-Haas, has said": the auxiliary goes before the clause is cut at commas.
  // Read backwards word by word: each character once, however many such words there are.
  const isSpace = (i: number) => /\s/.test(trailing[i]);
  let end = trailing.length;
  for (;;) {
    let start = end;
    while (start > 0 && !isSpace(start - 1)) start--;
    if (start === 0 || !between(trailing.slice(start, end))) break;
    end = start;
    while (end > 0 && isSpace(end - 1)) end--;
  }
  trailing = trailing.slice(0, end);
  // "who represents Ravelgunj (North) in the assembly": a short aside in brackets holds no clause break.
  let words = subjectClause(trailing.replace(/\s?\([^()]{1,40}\)/g, ''))
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 0 && between(words[words.length - 1])) words.pop();
  if (words.length === 0) return words;
  // "In its statement it said": a pronoun right before the verb is the subject.
  if (PRONOUN.test(words[words.length - 1])) return [words[words.length - 1]];
  words = words.join(' ').replace(RELATIVE, '').split(' ');
  let opened = false;
  // "The first question is why so many people in Quorne say": the subject of a clause asked about follows its question word.
  // Only after "is" ("Researchers studying why bridges collapse say" keeps the researchers).
  const asked = words.findLastIndex((w, i) => i > 1 && /^(why|how|whether)$/i.test(w) && /^(is|was|are|were)$/i.test(words[i - 1]));
  if (asked > 0) words = words.slice(asked + 1);
  // "What neither of them has explained is …": a clause standing as a noun; its own subject follows "what".
  if (/^what$/i.test(words[0] ?? '')) words = words.slice(1);
  while (words.length > 0 && OPENERS.has(words[0].toLowerCase())) {
    words.shift();
    opened = true;
  }
  // "In 2025 the harbour board recommended": the rest of an opening phrase of time goes too.
  const determiner = words.findIndex((w, i) => i > 0 && /^(the|a|an)$/i.test(w));
  if (opened && determiner > 0 && words.slice(0, determiner).every((w) => TIME_WORD.test(w))) words = words.slice(determiner);
  // "Furious customers last night slammed", "The ministry on Tuesday said": a time between subject and verb is no part of it.
  // "Three guides we spoke to": who the outlet heard them from is no part of them either.
  const phrase = words.join(' ').replace(HEARD_BY_US, '');
  const timed = TRAILING_TIME.exec(phrase);
  if (timed && timed.index > 0 && !TITLE_ON_DAY.test(phrase)) return phrase.slice(0, timed.index).split(' ');
  return phrase === '' ? [] : phrase.split(' ');
}
