/**
 * Labels that open a paragraph with a colon. A section's ("Analysis:", "UPDATE:") names no one. A
 * transcript's speaker ("PIETER NYSTRAND:", "PRESENTER (Oskar Penhallow):") says the paragraph, or
 * the outlet does when its host speaks: transcripts label in capitals; a label in ordinary case
 * ("Minister: …") is a headline's, read by speaker.ts.
 */
import type { Speaker } from '../pack/types';
import { CAPTION_LABEL } from './boilerplate';

/** Section labels that open a headline with a colon; not speakers. */
export const LABEL_WORD = new RegExp(
  `^(Analysis|Update|Updates|Live|Watch|Explainer|Opinion|Comment|Exclusive|Breaking|Factbox|Verdict|Our rating|Rating|Fact check|Timeline|Editorial|Review|Interview|Correction|Live updates|Breaking news|What we know|Key points|In pictures|In depth|Latest news|Read more|See also|Editor['’]s note|(The )?long read|Why it matters|Go deeper|The big picture|Between the lines|(The )?bottom line|What['’]s next|What to watch|Driving the news|By the numbers|Zoom (in|out)|State of play|The backstory|Catch up quick|Context|Background|Source|Listen|Related|Topics|${CAPTION_LABEL})$`,
  'i',
);

/** A label in capitals opening a paragraph: a transcript's speaker or its host, or a section's. */
const CAPS_LABEL = /^\s*([A-Z][A-Z'’.-]*(?:\s[A-Z][A-Z'’.-]+){0,3})(?:\s\([^()]{1,40}\))?:\s+\S/;
/** The outlet's own voice in a transcript: whoever presents or asks. */
const HOST = /^(PRESENTER|HOST|ANCHOR|INTERVIEWER|REPORTER|CORRESPONDENT|MODERATOR|NEWSREADER|Q|QUESTION)$/;

/** "PIETER NYSTRAND" as a name is written: "Pieter Nystrand", "O’Neill-Hart". */
const nameCase = (caps: string) =>
  caps.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

export interface TranscriptLabel {
  /** The label's length, colon included: the words after it are the speaker's. */
  length: number;
  /** Where the name ends (a note in brackets may follow it). */
  nameEnd: number;
  /** Who speaks: undefined for the host, who is the outlet. */
  speaker?: Speaker;
}

/** The speaker label opening a paragraph or sentence, if it has one. */
export function transcriptLabel(text: string): TranscriptLabel | undefined {
  const m = CAPS_LABEL.exec(text);
  // "A:" answers (the interview's reading says whose); "UPDATE:", "WATCH:" are a section's.
  if (!m || m[1] === 'A' || LABEL_WORD.test(m[1])) return undefined;
  const length = text.indexOf(':', m.index) + 1;
  const nameEnd = m.index + m[0].indexOf(m[1]) + m[1].length;
  if (HOST.test(m[1])) return { length, nameEnd };
  // A short word in capitals is an acronym, kept as written ("NATO:"); a name is written as names are.
  const acronym = !/\s/.test(m[1]) && m[1].length <= 5;
  return { length, nameEnd, speaker: { kind: 'source', name: acronym ? m[1] : nameCase(m[1]) } };
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
