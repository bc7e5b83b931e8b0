/**
 * Speakers: whether an extracted speaker is the labelled one, and whether an extracted speaker is
 * a name at all. The match is lenient on spelling, never on span: both names are folded (case,
 * quotes, white space), leading articles and titles are trimmed ("the", "Governor", "spokesman"),
 * and then the extracted name must equal a labelled spelling or contain it as whole words. An
 * extracted "Mary K" is not "Mary K. Holloway"; "Kremlin spokesman Dmitry Peskov" is "Dmitry Peskov".
 */
import type { Speaker } from '../../core/pack/types';
import type { LabelledSpeaker } from './labels';
import { fold } from './match';

const TITLES = new Set(
  'the a an mr mrs ms dr president prime minister governor colonel general spokesman spokeswoman spokesperson negotiator researcher'.split(' '),
);

function trimTitles(name: string): string {
  const words = fold(name)
    .replace(/[.,;:]+$/, '')
    .split(' ');
  while (words.length > 1 && TITLES.has(words[0])) words.shift();
  return words.join(' ');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `inner` as whole words of `outer`. */
const containsWords = (outer: string, inner: string) =>
  inner !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(inner)}($|[^\\p{L}\\p{N}])`, 'u').test(outer);

export function speakerMatches(extracted: Speaker, label: LabelledSpeaker): boolean {
  const spellings = [label.name, ...(label.also ?? [])].map(trimTitles);
  if (extracted.kind === 'outlet') return label.kind === 'outlet';
  if (label.entityId && extracted.kind === 'entity' && extracted.entityId === label.entityId) return true;
  const name = trimTitles(extracted.name);
  return spellings.some((s) => name === s || containsWords(name, s));
}

const FUNCTION_WORDS = new Set(
  'a an the and but or nor as with of in on at to for from by after before while when since because if than that although though into about against during without under over its his her their it he she they this these those which who whom has have had is was were be been do does did not no neither also then said says'.split(
    ' ',
  ),
);
const OPENERS = new Set(
  'and but or nor as with of in on at to for from by after before while when since because if than that although though into about against during without under over'.split(
    ' ',
  ),
);

/**
 * Why an extracted speaker name is not a name, role or organisation, or undefined when it may be
 * one: a lone function word ("has"), a conjunction or preposition first ("As Mary Holloway"), a
 * function word last ("Kyiv neither", "incident – with its"), a clause broken by a dash, or a name
 * cut at an initial ("Mary K", "Mary K.").
 */
export function notAName(name: string): string | undefined {
  const raw = name.trim();
  const words = fold(raw)
    .replace(/[,;:]+$/, '')
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return 'empty';
  if (words.length === 1 && FUNCTION_WORDS.has(words[0])) return 'a function word';
  if (OPENERS.has(words[0])) return 'starts with a conjunction or preposition';
  // Before the function-word test: a cut initial "A" folds to the article "a".
  if (/(^|\s)\p{Lu}\.?$/u.test(raw)) return 'ends at an initial';
  if (FUNCTION_WORDS.has(words[words.length - 1].replace(/\.$/, ''))) return 'ends with a function word';
  if (/\s[-–—]\s/.test(raw)) return 'a clause fragment (dash)';
  return undefined;
}
