/**
 * extractClaims: one article in, its claims out. Paragraphs lose their boilerplate, sentences are
 * segmented, and each sentence about a known entity becomes a claim with its speaker, mode,
 * numbers and facets. Deterministic: the same article and gazetteer give the same claims.
 */
import type { Article, Claim, Entity, Facet, Speaker } from '../pack/types';
import type { Gazetteer } from '../spot/gazetteer';
import { findMentions } from '../spot/mentions';
import { aboutSections } from './about-section';
import { reportingPart } from './boilerplate';
import { PROMO_SENTENCE } from './promo';
import { isTimeStamp, notReporting } from './not-reporting';
import { MAX_SENTENCE } from './limits';
import { modeOf } from './mode';
import { interviewAnswers, intervieweeOf } from './interview';
import { hasReportingVerb } from './reporting-verbs';
import { describedLabel, isTranscript, type TranscriptLabel, turnOf, welcomesToOutlet } from './labels';
import { numbersIn } from './numbers';
import { ENDS_WITH_QUOTE, maskQuotes, OPENS_WITH_QUOTE, quoteSpans } from './quotes';
import { paragraphsOf, sentencesOf, type Sentence } from './sentences';
import { fullName, notePeopleIn } from './named-people';
import { QuoteSpeakers } from './quote-speakers';
import { statementIssuers } from './statement-issuers';
import { keepShownText } from './shown-claims';
import { isChair, spokenRecord } from './record-turns';
import {
  type Antecedents,
  describedPerson,
  isStaff,
  noteGenders,
  notePerson,
  noteSpeakerGender,
  noteStaff,
  noteStaffName,
  personLike,
  speaksForABody,
} from './referents';
import { speakerOf } from './speaker';
import type { SpeakerMention } from './speaker-source';

/** A stretch of an article about given events, from `start` to the next section. */
export interface Section {
  start: number;
  events: string[];
}

/** A facet with the cues (regular expressions) that tell a sentence answers it. */
export interface FacetRule extends Facet {
  cues: string[];
}

export interface ExtractContext {
  gazetteer: Gazetteer;
  entities: Map<string, Entity>;
  facets: FacetRule[];
  /** Sorted by start; where none covers a sentence, only the entities it names count. */
  sections?: Section[];
  /** The publishing outlet's name: a sentence whose subject names it is the outlet's own voice. */
  outletName?: string;
}

function eventsAt(sections: Section[] | undefined, offset: number): string[] {
  return sections?.filter((s) => s.start <= offset).pop()?.events ?? [];
}

function facetsFor(text: string, events: Set<string>, rules: FacetRule[]): string[] {
  return rules.filter((f) => events.has(f.eventId) && f.cues.some((c) => new RegExp(c, 'i').test(text))).map((f) => f.id);
}

/** A claim's id: its article's and where its sentence starts. */
export const claimId = (articleId: string, start: number) => `${articleId}@${start}`;

/** The index of the first item whose `start` is ≥ `at`, in a list sorted by start (binary search). */
function firstFrom<T extends { start: number }>(sorted: readonly T[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last item with start ≤ `at` whose end is past `at`, in a list of disjoint spans sorted by start. */
function spanAt<T extends { start: number; end: number }>(sorted: readonly T[], at: number): T | undefined {
  const i = firstFrom(sorted, at + 1) - 1;
  return i >= 0 && sorted[i].end > at ? sorted[i] : undefined;
}

/**
 * A sentence that only says who spoke, before or after ("X said this at a session", "X went
 * further."): not a claim itself, it names the speaker of the sentence before or after it.
 */
const SAID_THIS = /\b(said|made|wrote) (this|so|these remarks|the remarks|the comments|these comments)\b/i;
const WENT_FURTHER = /\bwent further\.?$/i;
/** An answer that opens with its speaker's name and a colon ("Adair: …"), not one that names someone in passing. */
const NAME_LABEL = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}:\s/u;
/** How far back (characters) a surname or "the ministry" looks for what it stands for: keeps extraction linear. */
const LOOK_BACK = 4000;

export function extractClaims(article: Article, ctx: ExtractContext): Claim[] {
  const steps = claimSteps(article, ctx);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** How many sentences extraction reads between two pauses. */
const SENTENCES_PER_SLICE = 200;

/**
 * The same, in slices: `pause` is awaited every few hundred sentences, so the worker that runs it
 * goes on answering other tabs (pass a macrotask, e.g. a zero-delay timer).
 */
export async function extractClaimsInSlices(article: Article, ctx: ExtractContext, pause: () => Promise<void>): Promise<Claim[]> {
  const steps = claimSteps(article, ctx);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

/**
 * The extraction itself, as a generator that stops (yields) every SENTENCES_PER_SLICE sentences.
 * Linear in the article's length: mentions and quotations are found by offset (binary search),
 * never by walking all of them for each sentence.
 */
function* claimSteps(article: Article, ctx: ExtractContext): Generator<void, Claim[]> {
  const text = article.text;
  const mentions = findMentions(ctx.gazetteer, text).sort((a, b) => a.start - b.start);
  const claims: Claim[] = [];
  /** The last speaker named anywhere before: a quotation with no attribution of its own continues it. */
  let previous: Speaker | undefined;
  const paragraphs = paragraphsOf(text);
  const transcript = isTranscript(paragraphs);
  const record = transcript ? undefined : spokenRecord(paragraphs);
  const antecedents: Antecedents = { heard: [], outletName: ctx.outletName, transcript };
  const quotes = new QuoteSpeakers();
  const interview = interviewAnswers(paragraphs);
  const statements = statementIssuers(paragraphs, mentions, ctx.entities, antecedents);
  const boilerplate = aboutSections(paragraphs);
  /** In an interview, the person the introduction named who answers (interview.ts): the answers are theirs. */
  let interviewee: Speaker | undefined;
  /** A transcript's turn: the last speaker's label, read on over paragraphs with none. */
  let turn: TranscriptLabel | undefined;
  /** Whether an official record's chair has the floor. */
  let chairing = false;
  const seenParagraphs = new Set<string>();
  let read = 0;
  const isPersonSpeaker = (speaker: Speaker) =>
    speaker.kind === 'entity'
      ? ctx.entities.get(speaker.entityId)?.type === 'person'
      : speaker.kind === 'source' && (personLike(speaker) || describedPerson(speaker));
  for (const [i, raw] of paragraphs.entries()) {
    if (i === interview?.firstQuestion)
      interviewee =
        intervieweeOf(
          antecedents.people ?? [],
          [...interview.answers].map((k) => paragraphs[k].text),
        ) ?? antecedents.lastPerson;
    const answering = interview?.answers.has(i) === true;
    // A live page's time stamp opens an entry: "he" and "she" after it are no one named in another entry
    // (a page newest first puts the entry a "He added" follows below it).
    if (isTimeStamp(raw.text)) {
      antecedents.lastPerson = undefined;
      antecedents.lastSpeaker = undefined;
      previous = undefined;
    }
    // Also from a credit line left out as boilerplate ("Hosted by …").
    noteStaff(raw.text, antecedents);
    // An official record's line naming who speaks opens their turn; it is no claim of its own.
    // The chair's turns keep order ("Order. I remind Members …") and report nothing.
    const opensTurn = record?.(raw.text);
    if (opensTurn) {
      turn = { length: 0, nameEnd: 0, speaker: opensTurn };
      chairing = isChair(opensTurn);
    }
    if (opensTurn || chairing) continue;
    const p = reportingPart(raw, paragraphs[i - 1], article.byline, ctx.outletName);
    // A paragraph printed twice (a page-assembly slip) is one claim, not two; a statement's issuer heading it is none, nor its closing "About …".
    if (!p || seenParagraphs.has(p.text) || statements.heads(i) || boilerplate.has(i)) continue;
    seenParagraphs.add(p.text);
    const spans = quoteSpans(p.text);
    const quoting = OPENS_WITH_QUOTE.test(p.text);
    quotes.startParagraph(quoting);
    const sentences = sentencesOf(text, p).filter((s) => s.text.length <= MAX_SENTENCE && !PROMO_SENTENCE.test(s.text));
    /** A transcript's paragraph under a speaker's label: its sentences are theirs (the host's or the outlet's own people's: the outlet's). */
    const label = transcript ? turnOf(p.text, turn) : record ? turn : describedLabel(p.text);
    turn = label;
    if (label?.staff) noteStaffName(label.staff, antecedents);
    else if (label?.speaker?.kind === 'source' && label.length > 0 && welcomesToOutlet(p.text.slice(label.length), ctx.outletName))
      noteStaffName(label.speaker.name, antecedents);
    const labelled = label?.speaker && isStaff(label.speaker, antecedents) ? { ...label, speaker: undefined } : label;
    const personBefore = antecedents.lastPerson;
    let heardHere = false;
    const local = (s: Sentence) => ({ from: s.start - p.start, to: s.end - p.start });
    /** The sentence (of this paragraph) holding a paragraph offset. */
    const sentenceAt = (at: number) => spanAt(sentences, p.start + at);
    const mentionsIn = (s: Sentence): SpeakerMention[] => {
      const out: SpeakerMention[] = [];
      for (let k = firstFrom(mentions, s.start); k < mentions.length && mentions[k].start < s.end; k++) {
        const m = mentions[k];
        if (m.end > s.end) continue;
        const entity = ctx.entities.get(m.entityId)!;
        out.push({ ...m, start: m.start - s.start, end: m.end - s.start, type: entity.type, name: entity.name });
      }
      return out;
    };
    const masked = maskQuotes(p.text, spans);
    const speakerIn = (s: Sentence): Speaker | undefined => {
      const found = fullName(
        speakerOf(masked.slice(local(s).from, local(s).to), mentionsIn(s), antecedents),
        text.slice(Math.max(0, s.start - LOOK_BACK), s.start),
      );
      // "Our reporter at the base, Katrin Holt, says …": the outlet's own people report in its voice.
      return found && isStaff(found, antecedents) ? undefined : found;
    };
    for (const s of sentences) {
      if (++read % SENTENCES_PER_SLICE === 0) yield;
      const { from } = local(s);
      const span = spanAt(spans, from);
      // A label is read with the first sentence (speaker.ts); a turn going on has none to read.
      let speaker = speakerIn(s) ?? (labelled && (s !== sentences[0] || labelled.length === 0) ? labelled.speaker : undefined);
      let unnamedQuote = false;
      if (speaker) {
        heardHere = true;
        quotes.heard();
      }
      if (span && !speaker) {
        // Inside a quotation: the speaker is whoever the quotation is attributed to, before or after it.
        const closing = sentenceAt(span.end - 1);
        const opening = sentenceAt(span.start);
        const attributed = (closing && speakerIn(closing)) ?? (opening && speakerIn(opening));
        speaker = attributed ?? quotes.introduced(quoting) ?? previous;
        // Only a quotation no one was named for may be given to whoever "That was X, speaking to …" names.
        unnamedQuote = !attributed;
      }
      if (answering) {
        // An answer opening with its speaker's name ("Adair: Up and down.") names who answers from here on.
        const named = s === sentences[0] && NAME_LABEL.test(p.text);
        if (named && speaker && speaker.kind !== 'outlet' && isPersonSpeaker(speaker)) interviewee = speaker;
        // An answer's sentence with no speaker of its own ("We know the roof came down …") is the interviewee's.
        speaker ??= interviewee;
      }
      // An interviewer's "You said in June that …" is the interviewee's word.
      if (interview && speaker?.kind === 'source' && /^you$/i.test(speaker.name)) speaker = interviewee;
      if (!quoting && s === sentences[0]) quotes.firstSentence(speaker);
      if (speaker && span?.start === 0 && span.end < p.text.length) quotes.closes(speaker);
      const inSentence = mentionsIn(s);
      // "he" and "she" next refer to this sentence's speaker if a person, else to the last person it names
      // (or, where the gender rules that one out, to one named before: every person named is noted, in order).
      const group = inSentence.filter((m) => m.type === 'organization' || m.type === 'group').pop();
      noteGenders(s.text, antecedents);
      notePeopleIn(s.text, inSentence, antecedents);
      if (group) antecedents.lastGroup = { kind: 'entity', entityId: group.entityId, name: group.name };
      if (speaker) {
        previous = speaker;
        if (speaker.kind !== 'outlet') antecedents.heard = [...antecedents.heard!.slice(-19), speaker];
        if (isPersonSpeaker(speaker)) {
          notePerson(speaker, antecedents);
          noteSpeakerGender(masked.slice(from, local(s).to), speaker, antecedents);
        }
        // "…, a spokesperson said. … , it said": "it" is the body, not the one who spoke for it.
        else if (speaker.kind !== 'outlet' && !group && !speaksForABody(speaker)) antecedents.lastGroup = speaker;
      }
      antecedents.lastSpeaker = speaker;
      const masks = masked.slice(from, local(s).to);
      // Only naming who said the quotation before, it is no claim; "…, who added that …" says something of its own.
      if (s === sentences[0] && quotes.namedAfter(masks, inSentence) && !hasReportingVerb(masks)) continue;
      if (speaker && (SAID_THIS.test(masks) || WENT_FURTHER.test(masks))) {
        // Only names who spoke: it gives the sentence before its speaker and is no claim itself.
        const last = claims[claims.length - 1];
        if (SAID_THIS.test(masks) && last && last.speaker.kind === 'outlet') Object.assign(last, { speaker, mode: modeOf(last.quote, speaker) });
        continue;
      }
      // Read for who speaks, as every sentence is, but no claim: a question, a stamp, a credit, an introduction.
      if (notReporting(s.text)) continue;
      const named = inSentence.map((m) => m.entityId);
      const events = new Set([...eventsAt(ctx.sections, s.start), ...named.filter((id) => ctx.entities.get(id)?.type === 'event')]);
      const facetIds = facetsFor(s.text, events, ctx.facets);
      const entityIds = [...new Set([...named, ...events])];
      if (entityIds.length === 0) continue;
      const voice = speaker ?? statements.issuerAt(i);
      const claim: Claim = {
        id: claimId(article.id, s.start),
        articleId: article.id,
        outletId: article.outletId,
        quote: s.text,
        start: s.start,
        end: s.end,
        entityIds,
        facetIds,
        speaker: voice ?? { kind: 'outlet' },
        mode: modeOf(s.text, voice),
        numbers: numbersIn(s.text),
      };
      claims.push(claim);
      quotes.claimed(claim, quoting, {
        quoted: !!span,
        speaker,
        unnamed: unnamedQuote,
        // Left open at the paragraph's end: the attribution may come where the quotation closes.
        leftOpen: !!span && span.end === p.text.length && !ENDS_WITH_QUOTE.test(p.text),
        continuesLast: speaker === previous,
      });
    }
    quotes.endParagraph(quoting, heardHere, antecedents.lastPerson !== personBefore ? antecedents.lastPerson : undefined);
  }
  return keepShownText(claims);
}
