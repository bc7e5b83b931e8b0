/**
 * An interview printed as questions and answers: the outlet asks in paragraphs of one question each,
 * the person interviewed answers in the paragraphs after, in the first person. Their answers are theirs, though no
 * sentence in them says "she said"; claims.ts gives them to the person intervieweeOf picks from the introduction.
 */
import type { Speaker } from '../pack/types';
import { maskQuotes, quoteSpans } from './quotes';

/** Fewer questions than this, each followed by an answer, is an article that asks a question or two. */
const MIN_QUESTIONS = 3;
/** A question paragraph is short and ends with a question mark (a closing quotation mark may follow). */
const QUESTION = /\?["”’]?$/;
const MAX_QUESTION = 400;

/** Someone answering for themselves; a body's questions and answers (a FAQ) answer as "we", in the publisher's voice. */
const FIRST_PERSON = /\b(I|I['’]m|I['’]ve|I['’]d|my|me)\b/;

const isQuestion = (text: string) => text.length <= MAX_QUESTION && QUESTION.test(text.trimEnd());

/** A paragraph this short may sit between two of an answer's ("No.", "Companies appeal; that is their right."). */
const SHORT = 60;

/**
 * The paragraphs that answer, by index, and the index of the first question; none when the article
 * is no interview. An answer runs from a question to the next; after the last question, one paragraph
 * and those after it in the first person, or short between two that are (what follows is the page's,
 * a biography, a note that someone was asked to respond, or a sign-up).
 */
export function interviewAnswers(paragraphs: readonly { text: string }[]): { firstQuestion: number; answers: Set<number> } | undefined {
  const questions = paragraphs.flatMap((p, i) => (isQuestion(p.text) && i + 1 < paragraphs.length && !isQuestion(paragraphs[i + 1].text) ? [i] : []));
  if (questions.length < MIN_QUESTIONS) return undefined;
  // In the answer's own words: an "I" inside a quotation is someone quoted, as in a publisher's questions and answers.
  const ownWords = (text: string) => maskQuotes(text, quoteSpans(text));
  // In the first person singular only: the outlet's own "We asked the ministry …" or "We rely on readers" follows interviews too.
  const firstPerson = (i: number) => i < paragraphs.length && FIRST_PERSON.test(ownWords(paragraphs[i].text));
  const answers = new Set<number>();
  questions.forEach((q, k) => {
    let end = questions[k + 1] ?? q + 2;
    if (k === questions.length - 1)
      while (end < paragraphs.length && (firstPerson(end) || (paragraphs[end].text.length <= SHORT && firstPerson(end + 1)))) end++;
    for (let i = q + 1; i < end && !isQuestion(paragraphs[i].text); i++) answers.add(i);
  });
  return [...answers].some((i) => FIRST_PERSON.test(ownWords(paragraphs[i].text))) ? { firstQuestion: questions[0], answers } : undefined;
}

/**
 * Who answers: the person the introduction named last, passing over anyone the answers speak of by
 * name ("Matthias was sitting in the café" is about the correspondent, so his editor answers).
 */
export function intervieweeOf(introduced: readonly Speaker[], answers: readonly string[]): Speaker | undefined {
  const people = introduced.filter((p) => p.kind !== 'outlet');
  const said = answers.map((text) => maskQuotes(text, quoteSpans(text))).join(' ');
  const namedInAnswers = (p: Speaker) =>
    p.kind !== 'outlet' && p.name.split(/\s+/).some((word) => /^\p{Lu}\p{Ll}{2,}$/u.test(word) && new RegExp(`\\b${word}\\b`, 'u').test(said));
  return [...people].reverse().find((p) => !namedInAnswers(p)) ?? people[people.length - 1];
}
