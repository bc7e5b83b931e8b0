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
import { UNNAMED_SOURCE } from './speaker-check';
import { type Antecedents, definiteReferent, describedPerson, isOutlet, personLike, pronounReferent, speaksForABody } from './referents';
import { RELATIVE, relativeClosed, relativeSpeaker } from './relative-clause';
import { hasReportingVerb, REPORTING_VERB } from './reporting-verbs';
import { entitySpeaker, sourceOf, type SpeakerMention } from './speaker-source';
import { stanceHolder } from './stance';
import { OPENERS, PRONOUN, subjectWords } from './subject';
import { fixedAttribution } from './fixed-attribution';
import { MYTH } from './mode';
import { readHeadlineLabel, readTranscriptLabel } from './labels';
import { flashSpeaker } from './wire-flash';
import { accordingTo } from './according-to';
import { citedIn } from './cited';
import { closingAttribution } from './closing-attribution';
import { AFTER_QUOTE, FINDER, FINDING, reportsSpeech, STATEMENT } from './verb-use';
import { isInverted, speakerAfterVerb } from './speaker-after-verb';

/**
 * "has not said", "did not respond": a silence, attributed to whoever keeps it, as "declined to
 * comment" is (docs/extraction-set.md). After a clause of the outlet's own ("We could not verify
 * this, and the ministry did not respond"), the outlet speaks.
 */
const NEGATED_SPEECH = /\b(not|never)\s+(yet\s+)?$/i;
const SPEECH = /^(said|say|says|claimed|claim|claims|commented|explained|stated)$/i;
/** Verbs of a silence that are no reporting verbs otherwise ("did not respond to questions"). */
const SILENCE =
  /\b(?:(?:(?:has|have|had|did|does|do)\s+(?:not|never)|(?:has|have|had|did|does|do)n['’]t)\s+(?:yet\s+)?(?:[a-z]+ly\s+)?(respond(?:ed)?|repl(?:y|ied)|comment(?:ed)?|release(?:d)?|disclose(?:d)?|answer(?:ed)?|return(?:ed)?|spoken|speak|publish(?:ed)?|dispute(?:d)?|name(?:d)?|identif(?:y|ied)|address(?:ed)?(?=\s+(?:the\s+|those\s+|these\s+)?(?:claims?|calls?|questions?|allegations?|criticism|reports?|concerns?|accusations?|demands?)\b))|referred\s+(?:all\s+)?(?:questions|inquiries|enquiries|requests\s+for\s+comment|calls)\s+to|could\s+not\s+(?:immediately\s+)?be\s+(reached)|(?:(?:would|will)\s+not|(?:would|will)n['’]t|won['’]t)\s+(discuss|comment|elaborate|be\s+drawn|give|reveal|disclose|name|identify|release))\b/gi;
/** A clause after another: the outlet's own clause came first. */
const LATER_CLAUSE = /;|,\s*(and|but|while|whereas)\s/i;
/** The outlet declining to confirm in an impersonal voice. */
const IMPERSONAL_CAVEAT =
  /\bit (is|was|has not been|had not been) (not |im)?possible to (confirm|verify|say|establish|tell|determine|know|judge)\b|\bcould not be (independently )?(verified|confirmed)\b/i;
/** A verb of a clause of its own between a name and a later subject ("When X signed the licence, her ministry …"). */
const CLAUSE_VERB =
  /\b(\p{Ll}+ed|was|were|is|are|has|had|have|will|would|took|went|came|made|did|met|spoke|won|lost|left|began|gave|saw|knew|told|said|wrote)\b/u;
const NOBODY = /^(nobody|no|none|neither|not)$/i;
/** The verbs of saying a sentence is read for at most: its first ones and its last. */
const MAX_VERBS = 16;
/** A subject in the first person before its verb: "I", "I've", "I want to", "we would like to", "let me", "let us". */
const FIRST_PERSON_SUBJECT =
  /^(?:(?:I|we)(?:['’][a-z]+)?(?:\s+(?:want|wanted|would|like|need|have|had|must|can|will|shall|also|just|only|to))*|let\s+(?:me|us)|let['’]s)$/i;
const REPORTS_THAT =
  /^\s*(?:there\s+(?:are|were|have\s+been|had\s+been)\s+(?:\p{Ll}+\s+)?reports|it\s+(?:has|had)\s+been\s+(?:widely\s+)?reported|it\s+(?:is|was)\s+(?:widely\s+)?reported)\s+that\b/iu;
/** A text someone put out, named by its owner's pronoun: "Its appeal", "their statement", "her letter". */
const OWNED_TEXT =
  /^(its|their|his|her)\s+(?:[\p{Ll}-]+\s+)?(appeal|statement|letter|submission|complaint|lawsuit|filing|report|response|reply|notice|application|claim)$/iu;
/** Evidence, which shows or confirms but says nothing: a subject no one holds is no speaker. */
const EVIDENCE =
  /^(tests?|results?|samples?|data|records|figures|footage|videos?|images|logs|documents|emails|photographs|photos|pictures|readings?|scans|measurements)$/i;
const CAN_SPEAK = new Set(['person', 'organization', 'group']);
/** A perfect passive before "told": "has been told", "have also been told". */
const OUTLET_TOLD = /\b(has|have|had)\s+(also\s+)?been\s+$/i;

/**
 * The name that opens a sentence and is its subject: a known person, organisation or group, or a
 * capitalised name right before a verb in the past ("Moscow backed up its accusation").
 */
function openingName(masked: string, mentions: SpeakerMention[]): Speaker | undefined {
  const m = mentions.find((e) => CAN_SPEAK.has(e.type) && /^\s*(the\s+)?$/i.test(masked.slice(0, e.start)));
  if (m) return entitySpeaker(m);
  // "Moscow backed up …"; a name of two words or more before any verb: "Transport Minister Saskia Brenner-Holt went further".
  const name = (/^\s*((?:\p{Lu}[\p{L}'’-]+\s){1,3})(?=[a-z]+ed\b)/u.exec(masked) ??
    /^\s*((?:\p{Lu}[\p{L}'’-]+\s){2,4})(?=[a-z]+\b)/u.exec(masked))?.[1].trim();
  return name && !OPENERS.has(name.split(' ')[0].toLowerCase()) && !/^(The|A|An|This|That|It|He|She|They)$/.test(name)
    ? { kind: 'source', name }
    : undefined;
}

/** The text before a clause's first verb, for a verb joined to it by "and"; the whole text when there is none. */
function coordinatedSubject(before: string): string {
  const first = CLAUSE_VERB.exec(before);
  return first && first.index > 0 ? before.slice(0, first.index) : before;
}

/**
 * "Tasha Kerrigan's partner is on B wing, but she said …", "When the agency owned up, it said":
 * a pronoun's referent named earlier in the same sentence, as its subject (its first person, or its
 * first organisation), before any earlier sentence's.
 */
function sameSentenceReferent(pronoun: string, before: string, eligible: SpeakerMention[], opener: Speaker | undefined): Speaker | undefined {
  const person = /^(he|she)$/i.test(pronoun);
  // Not one named inside a quotation (blanked in `before`): "“… Lavrov …,” he wrote" is not Lavrov's.
  // Not one named as someone's relation ("read by his solicitor, Maren Holt, he said": "his" is the speaker's).
  const relation = (e: SpeakerMention) =>
    /\b(his|her|their)\s+[\p{L}-]+(\s+[\p{L}-]+)?,?\s*$/iu.test(before.slice(Math.max(0, e.start - 40), e.start));
  const m = eligible.find(
    (e) => e.end <= before.length && (e.type === 'person') === person && before.slice(e.start, e.end).trim() !== '' && !relation(e),
  );
  if (m) return entitySpeaker(m);
  // The name the sentence opens with, if a person's (maybe as a possessive: "Tasha Kerrigan's partner").
  const name = person && opener?.kind === 'source' ? opener.name.replace(/['’]s$/, '') : undefined;
  return name && personLike({ kind: 'source', name }) ? { kind: 'source', name } : undefined;
}

/**
 * The speaker of `masked` (the sentence with its quotations blanked), or undefined when the
 * outlet speaks.
 */
export function speakerOf(sentence: string, mentions: SpeakerMention[], a: Antecedents): Speaker | undefined {
  // A "myths and facts" page's myth is the page's to deny, whoever it says said it ("Myth: Peskov said …").
  if (MYTH.test(sentence)) return undefined;
  const eligible = mentions.filter((m) => CAN_SPEAK.has(m.type));
  // A numbered paragraph's number ("10. The Committee directed …", "5.1 The hospital stated …") is no word of its subject: blanked, offsets kept.
  let masked = sentence.replace(/^\s*\d{1,3}(?:\.|(?:\.\d{1,3})+\.?)\s+(?=\p{Lu})/u, (n) => ' '.repeat(n.length));
  const transcript = readTranscriptLabel(masked, eligible, a);
  if (transcript.speaker) return transcript.speaker;
  const flash = flashSpeaker(masked, a);
  if (flash) return flash;
  masked = transcript.masked;
  const opener = openingName(masked, mentions);
  const headline = readHeadlineLabel(masked, a);
  if (headline.speaker) {
    // "Merrowland: The school will reopen in January, the council said": a place heads the item; who said it closes it.
    const colon = masked.indexOf(':') + 1;
    const rest = ' '.repeat(colon) + masked.slice(colon);
    const last = [...rest.matchAll(REPORTING_VERB)].pop();
    return (last && closingAttribution(rest, last.index, last[0]) && speakerOf(rest, mentions, a)) || headline.speaker;
  }
  masked = headline.masked;
  const fixed = fixedAttribution(masked, eligible, a);
  if (fixed) return fixed.speaker;
  const according = accordingTo(masked, eligible);
  // "…, according to Orbis data" on Orbis's own page: its own figures, in its own voice.
  if (
    according?.kind === 'source' &&
    isOutlet(according.name.replace(/\s+(data|figures|calculations|analysis|estimates|tally|count|records)$/i, '').split(/\s+/), a)
  )
    return undefined;
  if (according) return according;
  // The outlet's own caveat, unless someone is reported saying it ("He declared it was impossible to know …").
  const caveat = IMPERSONAL_CAVEAT.exec(masked);
  if (caveat && !hasReportingVerb(masked.slice(0, caveat.index))) return undefined;
  let unnamed = false;
  let relative: Speaker | undefined;
  const verbs = [
    ...[...masked.matchAll(REPORTING_VERB)].map((m) => ({ at: m.index, verb: m[0] })),
    // "The audit found that …", "ruling that …": a finding, read as speech only before "that".
    ...[...masked.matchAll(FINDING)].map((m) => ({ at: m.index, verb: m[1] ?? m[2] ?? m[3] ?? m[4], finding: true })),
    // "did not respond": the verb is the last word; "could not be reached": the whole phrase, after its subject.
    ...[...masked.matchAll(SILENCE)].map((m) =>
      m[1] ? { at: m.index + m[0].length - m[1].length, verb: m[1], silence: true } : { at: m.index, verb: m[0], silence: true },
    ),
  ].sort((x, y) => x.at - y.at);
  // Each verb is weighed against the text before it: a sentence of hundreds of verbs of saying (", she found,"
  // again and again) cost time in the square of its length. No sentence of news needs more than its first few
  // and its last (a review of the day's change, session 26).
  if (verbs.length > MAX_VERBS) verbs.splice(MAX_VERBS - 1, verbs.length - MAX_VERBS);
  // A closing attribution (", Yusov told Radio Liberty.") speaks the whole sentence: it is read first.
  const last = verbs[verbs.length - 1];
  const closing = last && closingAttribution(masked, last.at, last.verb) ? last : undefined;
  if (closing) verbs.unshift(closing);
  for (const v of verbs) {
    const { at, verb } = v;
    // "He did not name the man, but police later said he was …": what the sentence reports is the later
    // speaker's, when the clause names one ("X did not comment, but said …" is still X's).
    const but = 'silence' in v ? /,\s*but\s/.exec(masked.slice(at)) : null;
    const butEnd = but ? at + but.index + but[0].length : 0;
    const later = but && verbs.find((w) => w.at >= butEnd && !('silence' in w));
    if (later && masked.slice(butEnd, later.at).trim() !== '') continue;
    const ofSilence = 'silence' in v || SPEECH.test(verb);
    const before = masked.slice(0, at);
    const after = masked.slice(at + verb.length);
    // A verb in a relative clause is not the main one, unless a comma closed the clause (", which …, said").
    if (RELATIVE.test(before) && !/,\s*$/.test(before) && before.replace(RELATIVE, '').trim() !== '' && !relativeClosed(before)) {
      // Who speaks in it stands for the sentence only if no main clause names a speaker.
      relative ??= relativeSpeaker(before, eligible, a);
      continue;
    }
    // "The Clarion has been told that …", "…, the Chronicle has been told.": someone told the outlet, and it does not say who.
    if (/^told$/i.test(verb) && OUTLET_TOLD.test(before) && /^(\s+that\b|\s*\.?\s*$)/i.test(after) && isOutlet(subjectWords(before), a))
      return citedIn(after) ?? { kind: 'source', name: UNNAMED_SOURCE };
    if (!reportsSpeech(masked, before, verb, after)) continue;
    // The speaker named after the verb: after a quotation, opening the sentence, or inverted ("…, said Mr Fleet").
    const inverted = isInverted(before, verb, after);
    if (AFTER_QUOTE.test(before) || before.trim() === '' || inverted) {
      const named = speakerAfterVerb(masked, at, verb, inverted, eligible, a);
      if (named) return named;
    }
    // "X has ordered an inquiry … and said it will report": the second verb's subject is the first's.
    const words = subjectWords(/\band\s+$/.test(before) ? coordinatedSubject(before) : before);
    if (words.length === 0 || NOBODY.test(words[0])) continue;
    // A clerk who "found that the door was open" discovered it; a report, a court or an inquiry finds.
    // "It also found that …": "it" is a body, one that examines (a clerk is "he" or "she").
    if ('finding' in v && /^[fh]/i.test(verb) && !FINDER.test(words.join(' ')) && !/^it$/i.test(words[0])) {
      // "The Coroner found that … She found that …": the finder who spoke last goes on finding.
      const finder = a.lastSpeaker;
      if (words.length === 1 && /^(he|she)$/i.test(words[0]) && finder?.kind === 'source' && FINDER.test(finder.name)) return finder;
      continue;
    }
    // ", saying …": a participle's subject is the main clause's, read from its verb, or a name.
    // Not after its auxiliary: "are asking anyone not to" is the subject's own request.
    const participle = /ing$/i.test(verb) && !/\b(is|are|was|were|been|be)\s+$/i.test(before);
    if (isOutlet(words, a)) {
      // "Relay24 earlier reported, citing a source, that …": the outlet relays the source it cites.
      return citedIn(after);
    }
    if (ofSilence && NEGATED_SPEECH.test(before) && LATER_CLAUSE.test(before)) return undefined;
    // "I want to say that clearly", "So let me tell you": the first person says it, whoever has the floor.
    if (FIRST_PERSON_SUBJECT.test(words.join(' '))) return undefined;
    if (words.length === 1 && PRONOUN.test(words[0])) {
      // "I've read them", "she'd said": the pronoun without its auxiliary.
      const pronoun = words[0].replace(/['’]\p{L}+$/u, '');
      return sameSentenceReferent(pronoun, masked.slice(0, at), eligible, opener) ?? pronounReferent(pronoun, a);
    }
    // "Tests confirmed the presence of …", "records suggest": evidence no one is named as holding; the outlet reports it.
    // Not a name ending in such a word: "Harrowgate Pictures confirmed".
    const evidence = EVIDENCE.test(words[words.length - 1]) && (words.length === 1 || !/^\p{Lu}/u.test(words[words.length - 1]));
    if (evidence && !words.some((w) => /['’]s?$/.test(w)) && !eligible.some((e) => e.end <= at)) continue;
    const subjectStart = Math.max(before.lastIndexOf(words.join(' ')), 0);
    // A person named before the verb speaks, asides about them between ("X, a hydrologist at …, said"),
    // but not one who is the subject of a clause of their own before a closing attribution ("X has held
    // the seat …, the commission announced"), nor a person's possessive ("Piet Agnarsson's campaign countered"; "the
    // Kremlin's spokesman" is still the Kremlin).
    const possessive = (e: SpeakerMention) => /^['’]s\s/.test(masked.slice(e.end));
    const ownSubject = v === closing && /\S/.test(masked.slice(masked.lastIndexOf(',', at) + 1, at));
    const otherClause = (e: SpeakerMention) => ownSubject && e.start < subjectStart && !/^\s*,/.test(masked.slice(e.end));
    // "When Annika Draper signed the licence, her ministry described it as …": a person named in a clause
    // before the subject's (past a comma, with the subject's own words after it) is not its speaker.
    // Not "Ruairi Denholm, Brackwater's managing director, said": descriptions after a name, with no verb, are the name's.
    const beforeSubject = (e: SpeakerMention) =>
      e.end <= subjectStart &&
      /[,;]/.test(masked.slice(e.end, subjectStart)) &&
      CLAUSE_VERB.test(masked.slice(e.end, subjectStart)) &&
      !PRONOUN.test(words[0]);
    // "…, including the master, Captain Emil Dravek, from Tesvania, the ship's manager said": a description
    // after a comma with no comma before its verb is the subject itself, not an aside about a name before it.
    const describedSubject =
      v === closing && /^(the|a|an|its|their|his|her)$/i.test(words[0]) && /,\s*$/.test(masked.slice(0, subjectStart)) && !/,\s*$/.test(before);
    const person = eligible
      .filter(
        (e) =>
          e.type === 'person' &&
          e.end <= at &&
          at - e.end <= 160 &&
          !possessive(e) &&
          !otherClause(e) &&
          !beforeSubject(e) &&
          !(describedSubject && e.end <= subjectStart),
      )
      .pop();
    // Within the subject's own words: not a name in a relative clause after them ("readers who are on SPN's register told").
    const subjectEnd = subjectStart + words.join(' ').length;
    const inSubject = eligible
      .filter((e) => e.start >= subjectStart && e.start < subjectEnd && e.end <= at && !(e.type === 'person' && possessive(e)))
      .pop();
    // "the head of the State Duma defence committee": a role named after an organisation is the role.
    // "a person familiar with the fire service's findings", "sources close to the board": someone unnamed, not the body.
    // "Sources in the drug control department told …": unnamed people inside the body.
    const role =
      inSubject &&
      inSubject.type !== 'person' &&
      (/\b(of|for|at|familiar with|close to)\s+(the\s+)?$/i.test(before.slice(subjectStart, inSubject.start)) ||
        /^sources\s+(in|within|inside)\s+(the\s+)?$/i.test(before.slice(subjectStart, inSubject.start)));
    if (person) return entitySpeaker(person);
    // "a Brightwell spokesman", "a ministry official": one person speaking for the body, as written.
    const described: Speaker = { kind: 'source', name: words.join(' ') };
    const oneForTheBody = inSubject && /^(a|an|another|one)$/i.test(words[0]) && (speaksForABody(described) || describedPerson(described));
    if (oneForTheBody) return sourceOf(words) ?? entitySpeaker(inSubject);
    if (inSubject && !role) return entitySpeaker(inSubject);
    // "Moscow backed up its accusation … by saying": the sentence's opening name says it.
    if (participle) {
      if (opener) return opener;
      // "The tribunal struck out the claim, ruling that …": the main clause's subject, read before its verb,
      // when the participle reports something ("adding around forty minutes" does not).
      if (!/^\s+(that|it|he|she|they|there|its|their|his|her)\b/i.test(after)) continue;
      const main = subjectWords(coordinatedSubject(masked.slice(0, masked.lastIndexOf(',', at))));
      const mainSpeaker = main.length > 0 && !PRONOUN.test(main[0]) ? (definiteReferent(main, a) ?? sourceOf(main)) : undefined;
      if (mainSpeaker) return mainSpeaker;
      continue;
    }
    const definite = definiteReferent(words, a);
    if (definite) return definite;
    // "Its appeal, lodged on Thursday, argues": a text speaks for whoever "its" is.
    const owner = OWNED_TEXT.exec(words.join(' '))?.[1];
    if (owner) {
      const referent = pronounReferent(
        owner.toLowerCase() === 'its' ? 'it' : owner.toLowerCase() === 'their' ? 'they' : owner.toLowerCase() === 'his' ? 'he' : 'she',
        a,
      );
      if (referent) return referent;
    }
    const source = words.length <= 10 ? sourceOf(words) : undefined;
    if (source) return source;
    unnamed = true;
  }
  if (unnamed) return { kind: 'source', name: UNNAMED_SOURCE };
  // "There are reports that …", "It has been reported that …": others' reports, relayed, not the outlet's word.
  if (REPORTS_THAT.test(masked)) return { kind: 'source', name: 'reports' };
  // "ENA, citing an engineer involved, put the figure at …": the one cited, when no verb of saying names anyone.
  const cited = citedIn(masked);
  if (cited) return cited;
  const held = stanceHolder(masked, eligible, a);
  if (held) return held;
  // "X thanked both sides … in a statement": the statement's subject opens the sentence.
  if (STATEMENT.test(masked)) {
    const lead = /^((the\s+)?(\p{Lu}[\p{L}\d'’.-]*\s+(of\s+(the\s+)?)?){1,6})/u.exec(masked)?.[1].trim().split(/\s+/);
    const author = lead && sourceOf(lead);
    if (author) return author;
  }
  return relative;
}
