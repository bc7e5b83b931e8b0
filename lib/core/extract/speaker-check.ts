/**
 * A speaker is a name, a role or an organisation. The check refuses what extraction may cut out
 * of a clause by mistake: a lone function word ("has"), a phrase starting with a conjunction or a
 * preposition ("As Colonel Sova"), one ending in a function word ("Kyiv neither"), a clause broken
 * by a spaced dash, or a name cut at an initial ("Mary K"). A refused speaker is never shown: the
 * sentence falls back to an unnamed source (see speaker.ts).
 */

const FUNCTION_WORDS = new Set(
  'a an the and but or nor as so with of in on at to for from by after before while when since because if than that although though into about against during without under over its his her their it he she they this these those which who whom has have had is are was were be been being do does did not no neither also then said says able possible'.split(
    ' ',
  ),
);
const OPENS_CLAUSE = new Set(
  'and but or nor as so with of in on at to for from by after before while when since because if than that although though into about against during without under over'.split(
    ' ',
  ),
);

const AUXILIARIES = new Set('is are was were did does do will would can cannot'.split(' '));
const RELATIVES = new Set('who whose whom which that where when'.split(' '));

/** Participles that do occur in names and roles ("armed forces", "United Nations", "so-called"). */
const NAME_PARTICIPLES = new Set(
  'armed united based led backed appointed elected retired acting ruling governing leading shared filing briefing hearing recording meeting'.split(
    ' ',
  ),
);

/** Why `name` cannot be a speaker, or undefined when it may be a name, role or organisation. */
export function notASpeaker(name: string): string | undefined {
  const raw = name.trim().replace(/[,;:]+$/, '');
  const words = raw.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'empty';
  if (words.length === 1 && FUNCTION_WORDS.has(words[0])) return 'a function word';
  if (OPENS_CLAUSE.has(words[0])) return 'starts with a conjunction or preposition';
  if (/(^|\s)\p{Lu}\.?$/u.test(raw)) return 'ends at an initial';
  if (FUNCTION_WORDS.has(words[words.length - 1].replace(/\.$/, ''))) return 'ends with a function word';
  if (/\s[-–—]\s/.test(raw)) return 'a clause fragment';
  if (/^\d/.test(raw)) return 'a number';
  if (words.length > 10) return 'a clause, not a name';
  // "is the question climbers", "statement did not address": a verb of being or doing makes a clause,
  // unless a relative clause holds it ("two engineers who asked not to be named").
  const finite = raw.split(/\s+/).findIndex((w) => AUXILIARIES.has(w));
  if (finite >= 0 && !words.slice(0, finite).some((w) => RELATIVES.has(w))) return 'a clause, not a name';
  // "Ukraine issued a statement", "officials veer between claiming": a verb with its object, or a
  // participle at the end, makes a clause; "an aviation expert we consulted" is still a description.
  const cased = raw.split(/\s+/);
  const verbLike = (w: string) => /^[a-z]+(ed|ing)$/.test(w) && !NAME_PARTICIPLES.has(w);
  // "Lawyers who filed a class-action lawsuit" describes the lawyers.
  const relative = words.findIndex((w) => RELATIVES.has(w));
  if (cased.some((w, i) => i > 0 && (relative < 0 || i < relative) && verbLike(w) && /^(a|an|the|its|their|his|her)$/i.test(cased[i + 1] ?? '')))
    return 'a clause, not a name';
  if (cased.length > 1 && verbLike(cased[cased.length - 1]) && /ing$/.test(cased[cased.length - 1])) return 'a clause, not a name';
  return undefined;
}

/** The speaker for a sentence whose speaker's words cannot be a name: said, but by someone unnamed. */
export const UNNAMED_SOURCE = 'an unnamed source';
