/**
 * Labels that open a paragraph with a colon. A section's ("Analysis:", "UPDATE:") names no one. A
 * transcript's speaker ("PIETER NYSTRAND:", "PRESENTER (Oskar Penhallow):") says the paragraph, or
 * the outlet does when its host speaks: transcripts label in capitals; a label in ordinary case
 * ("Minister: …") is a headline's, read by speaker.ts.
 */
import type { Speaker } from '../pack/types';
import { CAPTION_LABEL } from './boilerplate';
import { hasNumberWord } from './numbers';
import { type Antecedents, isOutlet, isStaff } from './referents';
import { hasReportingVerb, REPORTING_VERB } from './reporting-verbs';
import { reportsSpeech } from './verb-use';
import { entitySpeaker, type SpeakerMention } from './speaker-source';
import { PRONOUN, subjectWords } from './subject';

/** A factbox's or a record's field ("Vessel: Cassiope Star", "Location: outer anchorage"): the page's own entry, no speaker. */
const FIELD_LABEL =
  'Vessel|Ship|Flag|Owner|Manager|Operator|Location|Position|Cargo|Status|Type|Route|Date|Time|Casualties|Fatalities|Injured|Missing|Built|Tonnage|Length|Cause|Outcome|Region|Country|Category|Venue|Capacity|Attendance|Incident|Aircraft|Vehicle|Registration|Persons on board|Crew|Passengers|Deaths|Damage|Duration|Magnitude|Depth|Epicentre|Epicenter|Area|District|County|Province|State|Organiser|Organizer|Contractor|Developer|Value|Cost|Budget|Deadline|Case number|Court|Judge|Charges?|Verdict date|Sentence|Record';

/** Section labels that open a headline with a colon; not speakers. */
export const LABEL_WORD = new RegExp(
  `^(Analysis|Update|Updates|Live|Watch|Explainer|Opinion|Comment|Exclusive|Breaking|Factbox|Verdict|Our rating|Rating|Fact check|Timeline|Editorial|Review|Interview|Correction|Live updates|Breaking news|What we know|Key points|In pictures|In depth|Latest news|Read more|See also|Editor['’]s note|(The )?long read|Why it matters|Go deeper|The big picture|Between the lines|(The )?bottom line|What['’]s next|What to watch|Driving the news|By the numbers|Zoom (in|out)|State of play|The backstory|Catch up quick|Context|Background|Source|Listen|Related|Topics|Earlier|Later|Next|Previous|Previously|Coming up|Up next|More|Also|Also read|Recommended|Most read|Top stories|Myth|Myths|Fact|Facts|The facts|Reality|The reality|Truth|Rumou?r|${CAPTION_LABEL}|${FIELD_LABEL})$`,
  'i',
);

/**
 * A label in capitals opening a paragraph: a transcript's speaker or its host, or a section's. A
 * broadcast transcript may say who the speaker is after a comma ("DR. ANA RUIZ, COUNTY HEALTH OFFICER:").
 */
const CAPS_LABEL =
  /^\s*([A-Z][A-Z'’.-]*(?:\s[A-Z][A-Z'’.-]+){0,3})(?:,\s([A-Z][A-Z'’.&-]*(?:\s[A-Z][A-Z'’.&-]*){0,5}|[\p{L}'’.&-]+(?:\s[\p{L}'’.&-]+){0,5}))?(?:\s\([^()]{1,40}\))?:\s+\S/u;
/** A role after the name in ordinary words ("GUNNAR EIDE, Brennock resident:"): a quoted person, never a dateline's region. */
const DESCRIBED_ROLE = /(?:^|\s)\p{Ll}/u;
/** The outlet's own voice in a transcript: whoever presents or asks. */
const HOST = /^(PRESENTER|HOST|ANCHOR|INTERVIEWER|REPORTER|CORRESPONDENT|MODERATOR|NEWSREADER|Q|QUESTION)$/;
/** A role after a transcript's name that makes its speaker the outlet's: "JO LEE, REPORTING:", "…, ANCHOR:". */
const HOST_ROLE = /^(REPORTING|REPORTER|CORRESPONDENT|ANCHOR|PRESENTER|HOST|NEWSREADER)\b/i;

/** "PIETER NYSTRAND" as a name is written: "Pieter Nystrand", "O’Neill-Hart". */
export const nameCase = (caps: string) =>
  caps.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

export interface TranscriptLabel {
  /** The label's length, colon included: the words after it are the speaker's. */
  length: number;
  /** Where the name ends (a note in brackets may follow it). */
  nameEnd: number;
  /** Who speaks: undefined for the host, who is the outlet. */
  speaker?: Speaker;
  /** A correspondent's name said with their role ("JORDAN VANCE, REPORTING:"): later labelled by surname alone. */
  staff?: string;
  /** Whether the name is followed by a role in ordinary words: a speaker's label on any page, no dateline. */
  described?: boolean;
}

/** The speaker label opening a paragraph or sentence, if it has one. */
export function transcriptLabel(text: string): TranscriptLabel | undefined {
  const m = CAPS_LABEL.exec(text);
  // "A:" answers (the interview's reading says whose); "UPDATE:", "WATCH:" are a section's.
  if (!m || m[1] === 'A' || LABEL_WORD.test(m[1])) return undefined;
  const length = text.indexOf(':', m.index) + 1;
  const nameEnd = m.index + m[0].indexOf(m[1]) + m[1].length;
  if (HOST.test(m[1])) return { length, nameEnd };
  if (m[2] && HOST_ROLE.test(m[2])) return { length, nameEnd, staff: nameCase(m[1]) };
  // A short word in capitals is an acronym, kept as written ("NATO:"); a name is written as names are.
  const acronym = !/\s/.test(m[1]) && m[1].length <= 5;
  const described = m[2] !== undefined && DESCRIBED_ROLE.test(m[2]);
  return { length, nameEnd, speaker: { kind: 'source', name: acronym ? m[1] : nameCase(m[1]) }, ...(described ? { described } : {}) };
}

/** On a page that is no transcript, a paragraph under a described speaker's label ("GUNNAR EIDE, Brennock resident: …") is theirs. */
export function describedLabel(text: string): TranscriptLabel | undefined {
  const label = transcriptLabel(text);
  return label?.described ? label : undefined;
}

/**
 * A transcript's paragraph with no label of its own goes on with the last label's turn: a speaker's
 * answer may run over several paragraphs. A stage direction in brackets ("(CROSSTALK)") is nobody's.
 */
export function turnOf(text: string, last: TranscriptLabel | undefined): TranscriptLabel | undefined {
  const own = transcriptLabel(text);
  if (own || !last || /^\s*[([]/.test(text)) return own;
  return { length: 0, nameEnd: 0, speaker: last.speaker };
}

/** A turn that opens the outlet's own show ("Welcome to Second Opinion", "You're listening to …"): its speaker is the host. */
export function welcomesToOutlet(turn: string, outletName: string | undefined): boolean {
  const name = outletName?.replace(/\s*\(.*\)$/, '').replace(/^the\s+/i, '');
  if (!name) return false;
  const at = turn.toLowerCase().indexOf(name.toLowerCase());
  return (
    at >= 0 &&
    /\b(?:welcome (?:back )?to|you['’]re (?:listening|watching|tuned) to|this is)\s+(?:the\s+)?$/i.test(turn.slice(Math.max(0, at - 40), at))
  );
}

/**
 * Whether a page is a transcript: its host speaks under a label, or two people take turns (four
 * labelled paragraphs or more). A dateline ("NEW DELHI: …") or a flag in capitals ("NEW:", an
 * acronym's length, however often) labels no one's words.
 */
export function isTranscript(paragraphs: readonly { text: string }[]): boolean {
  const names = new Set<string>();
  let turns = 0;
  for (const p of paragraphs) {
    const label = transcriptLabel(p.text);
    if (!label) continue;
    if (!label.speaker) return true;
    const name = label.speaker.kind === 'source' ? label.speaker.name : '';
    if (/\s/.test(name) || name.length > 5) {
      names.add(name);
      turns++;
    }
    if (names.size >= 2 && turns >= 4) return true;
  }
  return false;
}

/** What a sentence's opening label says: who speaks, or the sentence with the label blanked (offsets kept). */
export interface LabelReading {
  speaker?: Speaker;
  masked: string;
}

const blank = (masked: string, length: number) => ' '.repeat(length) + masked.slice(length);

/**
 * A label in capitals opening a sentence (its quotations blanked): on a transcript, the person it
 * names speaks, or the host's words are read on as the outlet's; elsewhere it is a dateline.
 */
export function readTranscriptLabel(masked: string, eligible: SpeakerMention[], a: Antecedents): LabelReading {
  const caps = transcriptLabel(masked);
  // On a page that is no transcript, a label in capitals is a dateline ("NEW DELHI:", "MOSCOW
  // (Reuters):"), read as blank; an acronym may still be a body's headline ("NATO: …").
  const dateline =
    !a.transcript && !caps?.described && caps?.speaker?.kind === 'source' && (/\s/.test(caps.speaker.name) || caps.speaker.name.length > 5);
  if (dateline) return { masked: blank(masked, caps.length) };
  const labelled = a.transcript || caps?.described ? caps : undefined;
  // The outlet's own correspondent speaks as its host does, and one who relays another's words ("JONAH
  // PRICE: And Veltaris says the culprit is …") is no speaker of them: what follows is read for its own attribution.
  if (labelled?.speaker && (isStaff(labelled.speaker, a) || relaysAnother(masked.slice(labelled.length))))
    return { masked: blank(masked, labelled.length) };
  if (labelled?.speaker) {
    // Within the name: "MOSCOW (Reuters):" would be no one's, and a transcript names no agency there.
    const known = eligible.find((e) => e.end <= labelled.nameEnd);
    return { speaker: known ? entitySpeaker(known) : labelled.speaker, masked };
  }
  return { masked: labelled ? blank(masked, labelled.length) : masked };
}

/**
 * A turn that says what someone other than its speaker said: a verb of saying, where it reports speech,
 * whose subject is not "I", "we", "you", "our …" or "nobody", nor "that" ("And that tells you everything").
 */
function relaysAnother(turn: string): boolean {
  for (const m of turn.matchAll(REPORTING_VERB)) {
    const before = turn.slice(0, m.index);
    if (!reportsSpeech(turn, before, m[0], turn.slice(m.index + m[0].length))) continue;
    const subject = before.slice(-40).trim().split(/\s+/).slice(-3).join(' ');
    // "…, and nobody from the university has told us anything", "…, and we are working to confirm it": no one else is reported.
    if (/^(nobody|no|none|neither|we|i|you)$/i.test(subjectWords(before)[0] ?? '')) return false;
    return (
      subject !== '' &&
      !/(^|\s)(I|we|I['’]\p{L}+|we['’]\p{L}+|you|that|this|our|my|nobody|no one|everyone|everybody|anyone|anybody)(\s|$)/iu.test(subject)
    );
  }
  return false;
}

/** An interview's turn: "Q:", "A:", "Question:", "Answer:". */
const INTERVIEW_TURN = /^(Q|A|Question|Answer)$/i;

/** A lower-case verb in what stands before a colon: a clause ("Three people died: …"), not a label. */
const CLAUSE_BEFORE_COLON = /\s(is|are|was|were|has|have|had|died|[a-z]+ed)$|\s(is|are|was|were|has|have|had|died|[a-z]+ed)\s/;

/**
 * A headline's label before a colon: "Russia: Ukraine shot down the plane" is Russia's claim; a
 * section's ("Analysis: …"), a fact check's verdict ("Jobs claim: Misleading.") and the outlet's own
 * name over an interview's questions are read as blank.
 */
export function readHeadlineLabel(masked: string, a: Antecedents): LabelReading {
  // A transcript's speaker may carry a note in brackets: "ANNA VOSS (recording): …".
  // What follows the colon may be a quotation, blanked: "Water company: ‘Our water was clean’".
  // (One alternative per shape of what follows: a run of spaces tried both ways would be quadratic.)
  // A timeline's entry may open with its day and time: "24 Jan, 13:00 — Russian defence ministry: …".
  const headline =
    /^((?:\d{1,2}\s\p{Lu}\p{Ll}{2,8}\.?,?\s?)?(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\s)?(?:[—–-]\s)?)(\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,2})(?:\s\([^()]{1,30}\))?:(?:\s+(\S+\s+){2,}\S|\s{5,}$)/u.exec(
      masked,
    );
  // Not "He said: we will …" nor "X posted: …": a label, not a clause of its own before the colon.
  const label = headline?.[2].trim();
  if (!label) return { masked };
  const colon = masked.indexOf(':', headline![1].length + label.length);
  // "Three people died: …", "Four boats sank: …": a clause of its own before the colon, not a label.
  const clause = CLAUSE_BEFORE_COLON.test(label) || /^\d/.test(label) || hasNumberWord(label.split(/\s/)[0]);
  const verdictLabel = /\S\s+claims?$/i.test(label);
  // An interview's "Q:" and "A:" mark who asks and who answers (interview.ts reads whose), naming no one.
  const turnLabel = INTERVIEW_TURN.test(label);
  // An interview's questions under the outlet's name ("Bitline: There are reports that …") are the outlet's.
  const outletLabel = isOutlet(label.split(/\s+/), a);
  if (
    !clause &&
    !verdictLabel &&
    !outletLabel &&
    !turnLabel &&
    !LABEL_WORD.test(label) &&
    !hasReportingVerb(label) &&
    !PRONOUN.test(label.split(/\s/)[0])
  )
    return { speaker: { kind: 'source', name: label }, masked };
  // A section label is read as blank ("The long read: …" has no verb "read"); offsets stay as they were.
  return LABEL_WORD.test(label) || verdictLabel || outletLabel || turnLabel ? { masked: blank(masked, colon + 1) } : { masked };
}
