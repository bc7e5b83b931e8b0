/**
 * Who says a sentence: a reporting verb and its subject ("Peskov said", "according to X",
 * ",” Yusov said", "he added", "the ministry said", "X posted on its channel that"), resolved to a
 * known entity where one is named, to an earlier speaker for pronouns and "the ministry", and
 * otherwise kept as the named source. No reporting verb, a verb in a relative clause, a verb used
 * for an act ("called for talks", "declared three days of mourning") or a negated one ("has not
 * said") means the outlet speaks in its own voice; so does the outlet named as subject ("Meridian
 * has not been able to confirm"). A subject that is not a name (speaker-check.ts) becomes an
 * unnamed source.
 */
import type { Speaker } from '../pack/types';
import { CAPTION_LABEL } from './boilerplate';
import { notASpeaker, UNNAMED_SOURCE } from './speaker-check';
import { type Antecedents, definiteReferent, isOutlet, personLike, pronounReferent } from './referents';
import { hasNumberWord } from './numbers';
import { hasReportingVerb, REPORTING_VERB } from './reporting-verbs';
import { OPENERS, PRONOUN, subjectWords } from './subject';

export interface SpeakerMention {
  entityId: string;
  name: string;
  type: string;
  /** Offsets into the sentence. */
  start: number;
  end: number;
}

const RELATIVE = /\b(which|who|whom|that|what)\s+(\S+\s+){0,3}$/i;
/** A clause of condition or time with no comma after it: "should not return until the service says it is safe". */
const SUBORDINATOR = /\b(until|unless|whether)\s/i;
/** A clause of time or cause after the main one: "The quay reopened after the engineer said it was safe". */
const LATER_SUBORDINATE = /\S\s+(after|before|because|although|though|while)\s/i;
/** Whether the verb after `before` is in such a clause, read since the last comma or dash (at most 200 characters). */
function inSubordinate(before: string): boolean {
  if (!/\s$/.test(before)) return false;
  const lastBreak = Math.max(...[',', '—', '–', ';'].map((c) => before.lastIndexOf(c)));
  const clause = before.slice(Math.max(0, lastBreak + 1, before.length - 200));
  return SUBORDINATOR.test(clause) || LATER_SUBORDINATE.test(clause);
}
const PASSIVE = /\b(been|be|being|was|were|is|are)\s+(\w+ly\s+)?$/i;
/** A verb for an act rather than for speech: "called for talks", "claimed responsibility", "declared three days". */
const ACT = /^\s+(for|off|up)\b|^\s+responsibility\b|^\s+(a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s/i;
const ACT_VERBS = /^(call|claim|declar)/i;
/** Before a form that is a noun there: a determiner or a preposition ("verify the claim", "amid reports"). */
const BEFORE_NOUN = new Set(
  'the a an this that these those its their his her our any no such of about on into over amid despite following'.split(' '),
);
/** Before a present form only ("Some reports have suggested"; "They all said" is a verb). */
const BEFORE_PRESENT_NOUN = new Set('some many several few both all most other recent unconfirmed'.split(' '));
/** A verb's past, which is no noun: "investigating reports of" is a noun, "a briefing said" a verb. */
const PAST = /(ed|said|told|wrote|withdrew|laid|read)$/i;
/** Whether the form after `before` is a noun there; read off the last word (no pattern run over the whole text). */
function asNoun(before: string, verb: string): boolean {
  const text = before.trimEnd();
  if (text.length === before.length) return false;
  const word = text.slice(text.lastIndexOf(' ') + 1);
  // A verb in -ing, not a name ("Beijing says").
  const gerund = word.length > 4 && word.endsWith('ing') && !/^\p{Lu}/u.test(word);
  const lower = word.toLowerCase();
  // "418 reports", "three claims", "186 rejected tickets": a count before it makes a noun, or an adjective.
  const count = /^(\d|\d[\d,.]*\d)$/.test(word) || (hasNumberWord(lower) && /^\p{L}+$/u.test(word));
  return BEFORE_NOUN.has(lower) || count || (!PAST.test(verb) && (gerund || BEFORE_PRESENT_NOUN.has(lower)));
}
/** "posted" and "thanked" report speech only with a statement: "posted on its channel that …". */
const NEEDS_STATEMENT = /^(posted|thanked)$/i;
/** "accepted", "recalled" and "estimate" report speech only before "that" or "how" ("recalled 40,000 pens" is an act). */
const NEEDS_THAT = /^(accept(s|ed)|recall(s|ed)|estimates?)$/i;
/** "asked" reports a request only with whom and what: "has asked people not to fish" (not "asked about", "asked for"). */
const NEEDS_REQUEST = /^ask(s|ed)$/i;
const REQUEST = /^\s+(?:[\p{L}'’-]+\s+){1,4}?(not\s+)?to\s+\p{Ll}/u;
/** After an inverted verb, only a name and then a comma or the end: "…, said Mr Fleet, from …" (not "said Thursday an aircraft …"). */
const INVERTED_NAME =
  /^\s+(?!(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|on|in|at)\b)(the\s+)?\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*([,.;]|$)/u;
/** "should announce", "must explain": what the outlet asks of someone, not what they said. */
const MODAL = /\b(should|must|ought to|needs? to|has to|have to)\s+$/i;
/** A lower-case verb in what stands before a colon: a clause ("Three people died: …"), not a label. */
const CLAUSE_BEFORE_COLON = /\s(is|are|was|were|has|have|had|died|[a-z]+ed)$|\s(is|are|was|were|has|have|had|died|[a-z]+ed)\s/;
/** ", announced after markets closed, …": a participle about the noun before the comma, not its verb. */
const PARTICIPLE_ASIDE = /^\s+(after|before|on|in|by|at|last|earlier|yesterday|today|this|late|early)\b/i;
/** "Jarek Volnar, leader of the union, who said": the name a relative clause after commas is about. */
const WHO_AFTER_NAME = /((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)(?:,[^,]{1,80})?,\s+who\s+((?:has|had|have|also|later|then|[a-z]+ly)\s+)?$/u;
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
/**
 * A stance held by a group or a person named as subject ("Hydrologists are less sure", "Analysts were
 * not convinced"): their view, attributed to them.
 */
const STANCE =
  /^\s*((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:is|are|was|were|remain|remained)\s+(?:not\s+|less\s+|more\s+|far\s+from\s+|still\s+|also\s+)*(sure|convinced|certain|confident|sceptical|skeptical|doubtful|optimistic|pessimistic|unconvinced|unsure)\b/u;
const STATEMENT =
  /\b(in (a|its|their|his|her) (statement|post|message)|on (its |their )?(Telegram|channel|X|Facebook|website)|(issued|released|put out) (a|an) (warning|statement|alert|appeal|advisory))\b|^\s+(on|to) [^.]{0,40}?\bthat\b|^:/i;
/**
 * "has not said", "did not respond": a silence, attributed to whoever keeps it, as "declined to
 * comment" is (docs/extraction-set.md). After a clause of the outlet's own ("We could not verify
 * this, and the ministry did not respond"), the outlet speaks.
 */
const NEGATED_SPEECH = /\b(not|never)\s+(yet\s+)?$/i;
const SPEECH = /^(said|say|says|claimed|claim|claims|commented|explained|stated)$/i;
/** Verbs of a silence that are no reporting verbs otherwise ("did not respond to questions"). */
const SILENCE =
  /\b(?:(?:has|have|had|did|does|do)\s+(?:not|never)\s+(?:yet\s+)?(?:[a-z]+ly\s+)?(respond(?:ed)?|repl(?:y|ied)|comment(?:ed)?|release(?:d)?|disclose(?:d)?|answer(?:ed)?|return(?:ed)?|spoken|speak|publish(?:ed)?|dispute(?:d)?)|could\s+not\s+(?:immediately\s+)?be\s+(reached))\b/gi;
/** A clause after another: the outlet's own clause came first. */
const LATER_CLAUSE = /;|,\s*(and|but|while|whereas)\s/i;
/** The outlet declining to confirm in an impersonal voice. */
const IMPERSONAL_CAVEAT =
  /\bit (is|was|has not been|had not been) (not |im)?possible to (confirm|verify|say|establish|tell|determine|know|judge)\b|\bcould not be (independently )?(verified|confirmed)\b/i;
const NOBODY = /^(nobody|no|none|neither)$/i;
const CAN_SPEAK = new Set(['person', 'organization', 'group']);
/** Before the verb, a quotation (blanked in the masked text) or nothing: the speaker follows the verb. */
const AFTER_QUOTE = /[”"],?\s*$|\S\s{3,}$/;

const entitySpeaker = (m: SpeakerMention): Speaker => ({ kind: 'entity', entityId: m.entityId, name: m.name });

/** "X issued a statement that … declared": the statement's author speaks. */
const STATEMENT_AUTHOR = /^(.+?)\s+(issued|released|published|put out)\s+(a|its|their) (statement|post|message|communiqué)$/i;

/**
 * The name that opens a sentence and is its subject: a known person, organisation or group, or a
 * capitalised name right before a verb in the past ("Moscow backed up its accusation").
 */
function openingName(masked: string, mentions: SpeakerMention[]): Speaker | undefined {
  const m = mentions.find((e) => CAN_SPEAK.has(e.type) && /^\s*(the\s+)?$/i.test(masked.slice(0, e.start)));
  if (m) return entitySpeaker(m);
  const name = /^\s*((?:\p{Lu}[\p{L}'’-]+\s){1,3})(?=[a-z]+ed\b)/u.exec(masked)?.[1].trim();
  return name && !OPENERS.has(name.split(' ')[0].toLowerCase()) && !/^(The|A|An|This|That|It|He|She|They)$/.test(name)
    ? { kind: 'source', name }
    : undefined;
}

/** Section labels that open a headline with a colon; not speakers. */
const LABEL_WORD = new RegExp(
  `^(Analysis|Update|Updates|Live|Watch|Explainer|Opinion|Comment|Exclusive|Breaking|Factbox|Verdict|Our rating|Rating|Fact check|Timeline|Editorial|Review|Interview|Correction|Live updates|Breaking news|What we know|Key points|In pictures|In depth|Latest news|Read more|See also|Editor['’]s note|(The )?long read|Why it matters|Go deeper|The big picture|Between the lines|(The )?bottom line|What['’]s next|What to watch|Driving the news|By the numbers|Zoom (in|out)|State of play|The backstory|Catch up quick|Context|Background|Source|Listen|Related|Topics|${CAPTION_LABEL})$`,
  'i',
);

/** "The recall, announced after markets closed, covers …": a participle between commas after a common noun. */
function participleAside(before: string, verb: string, after: string): boolean {
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith(',') || !/ed$/i.test(verb) || !PARTICIPLE_ASIDE.test(after) || !after.includes(',')) return false;
  const noun = trimmed.slice(trimmed.lastIndexOf(',', trimmed.length - 2) + 1, -1).trim();
  return /^(the|a|an|this|that|its|their)(\s+[\p{Ll}-]+){1,3}$/iu.test(noun);
}

/** The text before a clause's first verb, for a verb joined to it by "and"; the whole text when there is none. */
function coordinatedSubject(before: string): string {
  const first = /\b(has|have|had|was|were|is|are|will|would|\p{Ll}+ed)\b/u.exec(before);
  return first && first.index > 0 ? before.slice(0, first.index) : before;
}

/** "Several supporters who were there say": the relative clause has its verb, so the one after it is the main verb. */
function relativeClosed(before: string): boolean {
  const clause = RELATIVE.exec(before)![0].trim().split(/\s+/).slice(1);
  return (
    clause.length > 0 &&
    /^(was|were|is|are|had|have|has|did|lived|live|worked|work)$/i.test(clause[0]) &&
    /^(who|that)$/i.test(RELATIVE.exec(before)![1])
  );
}

/**
 * Who a relative clause's verb of saying speaks for: the name before ", who said" (asides after it
 * between commas), or the clause's own subject ("a gap that engineers estimate was …").
 */
function relativeSpeaker(before: string, eligible: SpeakerMention[], a: Antecedents): Speaker | undefined {
  const who = WHO_AFTER_NAME.exec(before);
  if (who) {
    const at = who.index + who[0].indexOf(who[1]);
    const m = eligible.find((e) => e.start >= at && e.end <= at + who[1].length);
    return m ? entitySpeaker(m) : sourceOf(who[1].split(/\s+/));
  }
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

/** Who holds a stance named as the subject: a known name in it, "the ministry" heard before, a name, or people ("Analysts"). */
function holder(words: string[], masked: string, eligible: SpeakerMention[], a: Antecedents): Speaker | undefined {
  const end = masked.indexOf(words[words.length - 1]) + words[words.length - 1].length;
  const m = eligible.find((e) => e.end <= end);
  if (m) return entitySpeaker(m);
  const definite = definiteReferent(words, a);
  if (definite) return definite;
  const name: Speaker = { kind: 'source', name: words.join(' ') };
  const people = /^\p{Ll}*[\p{L}-]*(ers|ors|ists|ians|ants|ents|officials|experts|residents|families|analysts|economists|scientists|doctors)$/iu;
  return personLike(name) || (words.length <= 3 && people.test(words[words.length - 1])) ? sourceOf(words) : undefined;
}

/** A source named by its words, or undefined when the words are not a name. */
function sourceOf(words: string[]): Speaker | undefined {
  const phrase = words.join(' ');
  const name = (STATEMENT_AUTHOR.exec(phrase)?.[1] ?? phrase).replace(/^the\s+/i, '').replace(/[,.;:]+$/, '');
  return notASpeaker(name) ? undefined : { kind: 'source', name };
}

/**
 * Whether the verb at `at` closes the sentence as its attribution: after its last comma, a short
 * subject and the verb, then at most a short complement ("…, Yusov told Radio Liberty."). Not a
 * participle ("…, saying it was"), nor a reduced relative ("…, a group it says works for").
 */
function closingAttribution(masked: string, at: number, verb: string): boolean {
  const comma = masked.lastIndexOf(',', at);
  if (comma <= 0 || /ing$/i.test(verb)) return false;
  const subject = masked
    .slice(comma + 1, at)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const rest = masked.slice(at + verb.length);
  // An empty subject means an apposition just before the verb (", Yusov, a representative of …, told").
  if (subject.length > 10 || /\b(that|which|who)\b/i.test(rest) || rest.length > 60 || rest.includes(',')) return false;
  // "…, did not return calls on Friday": a verb phrase of its own, not a subject ("calls" is a noun).
  if (/\b(did|does|do|has|have|had|will|would|could|can)\s+(not|never)\b/i.test(subject.join(' '))) return false;
  return !(subject.length > 1 && PRONOUN.test(subject[subject.length - 1]));
}

/**
 * The speaker of `masked` (the sentence with its quotations blanked), or undefined when the
 * outlet speaks.
 */
export function speakerOf(sentence: string, mentions: SpeakerMention[], a: Antecedents): Speaker | undefined {
  const eligible = mentions.filter((m) => CAN_SPEAK.has(m.type));
  let masked = sentence;
  const opener = openingName(masked, mentions);
  // A headline's "Russia: Ukraine shot down the plane" is Russia's claim ("Analysis: …" is a section label).
  // A transcript's speaker may carry a note in brackets: "ANNA VOSS (recording): …".
  const headline = /^(\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,2})(?:\s\([^()]{1,30}\))?:\s+(\S+\s+){2,}\S/u.exec(masked);
  // Not "He said: we will …" nor "X posted: …": a label, not a clause of its own before the colon.
  const label = headline?.[1].trim();
  // "Three people died: …", "Four boats sank: …": a clause of its own before the colon, not a label.
  const clause = label && (CLAUSE_BEFORE_COLON.test(label) || /^\d/.test(label) || hasNumberWord(label.split(/\s/)[0]));
  if (label && !clause && !LABEL_WORD.test(label) && !hasReportingVerb(label) && !PRONOUN.test(label.split(/\s/)[0]))
    return { kind: 'source', name: label };
  // A section label is read as blank ("The long read: …" has no verb "read"); offsets stay as they were.
  if (label && LABEL_WORD.test(label)) {
    const colon = masked.indexOf(':') + 1;
    masked = ' '.repeat(colon) + masked.slice(colon);
  }
  const according = /\b(according to|by the (count|tally|estimate|reckoning) of)\s+/i.exec(masked);
  if (according) {
    const at = according.index + according[0].length;
    const m = eligible.find((e) => e.start >= at && e.start <= at + 40);
    if (m) return entitySpeaker(m);
    const phrase = masked.slice(at).split(/[,.;]/)[0].trim();
    const source = phrase ? sourceOf(phrase.split(/\s+/)) : undefined;
    if (source) return source;
  }
  // The outlet's own caveat, unless someone is reported saying it ("He declared it was impossible to know …").
  const caveat = IMPERSONAL_CAVEAT.exec(masked);
  if (caveat && !hasReportingVerb(masked.slice(0, caveat.index))) return undefined;
  let unnamed = false;
  let relative: Speaker | undefined;
  const verbs = [
    ...[...masked.matchAll(REPORTING_VERB)].map((m) => ({ at: m.index, verb: m[0] })),
    // "did not respond": the verb is the last word; "could not be reached": the whole phrase, after its subject.
    ...[...masked.matchAll(SILENCE)].map((m) =>
      m[1] ? { at: m.index + m[0].length - m[1].length, verb: m[1], silence: true } : { at: m.index, verb: m[0], silence: true },
    ),
  ].sort((x, y) => x.at - y.at);
  // A closing attribution (", Yusov told Radio Liberty.") speaks the whole sentence: it is read first.
  const last = verbs[verbs.length - 1];
  const closing = last && closingAttribution(masked, last.at, last.verb) ? last : undefined;
  if (closing) verbs.unshift(closing);
  for (const v of verbs) {
    const { at, verb } = v;
    const ofSilence = 'silence' in v || SPEECH.test(verb);
    const before = masked.slice(0, at);
    const after = masked.slice(at + verb.length);
    // A verb in a relative clause is not the main one, unless a comma closed the clause (", which …, said").
    if (RELATIVE.test(before) && !/,\s*$/.test(before) && before.replace(RELATIVE, '').trim() !== '' && !relativeClosed(before)) {
      // Who speaks in it stands for the sentence only if no main clause names a speaker.
      relative ??= relativeSpeaker(before, eligible, a);
      continue;
    }
    if (inSubordinate(before) || PASSIVE.test(before) || (ACT_VERBS.test(verb) && ACT.test(after))) continue;
    // "verify the claim", "investigating reports of": a noun, not a verb ("officials at a briefing said" is one).
    if (asNoun(before, verb)) continue;
    if (NEEDS_STATEMENT.test(verb) && !STATEMENT.test(masked) && !STATEMENT.test(after)) continue;
    if (NEEDS_THAT.test(verb) && !/^\s*,?\s*(that|how)\b/i.test(after) && !AFTER_QUOTE.test(before)) continue;
    if ((NEEDS_REQUEST.test(verb) && !REQUEST.test(after)) || MODAL.test(before)) continue;
    if (participleAside(before, verb, after)) continue;
    // "So, three, said Mr Fleet": the verb and its subject inverted after a comma, with no quotation.
    const inverted = /,\s*$/.test(before) && /^(said|says|added)$/i.test(verb) && INVERTED_NAME.test(after);
    if (AFTER_QUOTE.test(before) || before.trim() === '' || inverted) {
      // Inverted order after a quotation: ",” said the country's Coordination Headquarters".
      const m = eligible.find((e) => e.start >= at && e.start <= at + 60);
      if (m) return entitySpeaker(m);
      const pronoun = /^\s*(he|she|it|they)\b/i.exec(after);
      if (pronoun) return pronounReferent(pronoun[1], a);
      const name = after
        .replace(/^\s*(a statement issued by|by)?\s*/i, '')
        .split(/[,.;]| on | in /)[0]
        .trim();
      const source = name ? sourceOf(name.split(/\s+/)) : undefined;
      if (source) return source;
    }
    // "X has ordered an inquiry … and said it will report": the second verb's subject is the first's.
    const words = subjectWords(/\band\s+$/.test(before) ? coordinatedSubject(before) : before);
    if (words.length === 0 || NOBODY.test(words[0])) continue;
    // ", saying …": a participle's subject is the main clause's, read from its verb, or a name.
    const participle = /ing$/i.test(verb);
    if (isOutlet(words, a)) {
      // "Relay24 earlier reported, citing a source, that …": the outlet relays the source it cites.
      const citing = /^\s*,?\s*citing\s+([^,.;]+)/i.exec(after);
      return citing ? sourceOf(citing[1].trim().split(/\s+/)) : undefined;
    }
    if (ofSilence && NEGATED_SPEECH.test(before) && LATER_CLAUSE.test(before)) return undefined;
    if (words.length === 1 && PRONOUN.test(words[0])) return /^(we|i)$/i.test(words[0]) ? undefined : pronounReferent(words[0], a);
    const subjectStart = Math.max(before.lastIndexOf(words.join(' ')), 0);
    // A person named before the verb speaks, asides about them between ("X, a hydrologist at …, said"),
    // but not one who is the subject of a clause of their own before a closing attribution ("X has held
    // the seat …, the commission announced"), nor a person's possessive ("Piet Agnarsson's campaign countered"; "the
    // Kremlin's spokesman" is still the Kremlin).
    const possessive = (e: SpeakerMention) => /^['’]s\s/.test(masked.slice(e.end));
    const ownSubject = v === closing && /\S/.test(masked.slice(masked.lastIndexOf(',', at) + 1, at));
    const otherClause = (e: SpeakerMention) => ownSubject && e.start < subjectStart && !/^\s*,/.test(masked.slice(e.end));
    const person = eligible.filter((e) => e.type === 'person' && e.end <= at && at - e.end <= 160 && !possessive(e) && !otherClause(e)).pop();
    const inSubject = eligible.filter((e) => e.start >= subjectStart && e.end <= at && !(e.type === 'person' && possessive(e))).pop();
    // "the head of the State Duma defence committee": a role named after an organisation is the role.
    const role = inSubject && inSubject.type !== 'person' && /\b(of|for|at)\s+(the\s+)?$/i.test(before.slice(subjectStart, inSubject.start));
    if (person) return entitySpeaker(person);
    if (inSubject && !role) return entitySpeaker(inSubject);
    // "Moscow backed up its accusation … by saying": the sentence's opening name says it.
    if (participle) {
      if (opener) return opener;
      continue;
    }
    const definite = definiteReferent(words, a);
    if (definite) return definite;
    const source = words.length <= 10 ? sourceOf(words) : undefined;
    if (source) return source;
    unnamed = true;
  }
  if (unnamed) return { kind: 'source', name: UNNAMED_SOURCE };
  const stance = STANCE.exec(masked);
  if (stance && !/^\s+to\b/.test(masked.slice(stance.index + stance[0].length))) {
    const held = holder(stance[1].split(/\s+/), masked, eligible, a);
    if (held) return held;
  }
  // "X thanked both sides … in a statement": the statement's subject opens the sentence.
  if (STATEMENT.test(masked)) {
    const lead = /^((the\s+)?(\p{Lu}[\p{L}\d'’.-]*\s+(of\s+(the\s+)?)?){1,6})/u.exec(masked)?.[1].trim().split(/\s+/);
    if (lead) return sourceOf(lead);
  }
  return relative;
}
