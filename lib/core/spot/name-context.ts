/**
 * What the words around a match say about it, for the rules of ./mentions.ts: whether it stands in
 * a run of capitals (a headline set in capitals, where case tells nothing), and whether the word
 * before it names someone else — another person's given name before a bare surname ("Leonid
 * Kravchuk" is not Yevheniia Kravchuk), another owner before a body's short name ("Russia's Security
 * Council" is not the UN's). Each reads a few dozen characters around the match, never the page.
 */

/** How far either side of a match a run of capitals is judged. */
const RUN_CHARS = 40;
/** Letters around the match it takes to call them a run; a short label ("UN:") is no run. */
const RUN_LETTERS = 8;

/** Whether the match [from, to) stands among letters that are (almost) all capitals: "KREMLIN REJECTS UN CALL". */
export function inCapitalsRun(source: string, from: number, to: number): boolean {
  // Within the match's own line (block): the paragraph before a headline is not part of it.
  const before = source.slice(Math.max(0, from - RUN_CHARS), from);
  const after = source.slice(to, to + RUN_CHARS);
  const around = before.slice(before.lastIndexOf('\n') + 1) + after.slice(0, (after.indexOf('\n') + 1 || after.length + 1) - 1);
  let upper = 0;
  let lower = 0;
  for (const ch of around) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  return upper >= RUN_LETTERS && upper >= 4 * lower;
}

/** Words that stand before a surname without being a given name: titles and ranks, and small words of a headline in title case. */
const NOT_A_GIVEN_NAME = new Set(
  (
    'president prime minister mr mrs ms miss dr prof professor general gen lt colonel col major maj captain capt admiral adm ' +
    'sergeant sgt senator sen rep representative governor gov mayor judge justice ambassador chancellor premier secretary ' +
    'spokesman spokeswoman spokesperson commissioner director chief deputy king queen prince princess pope father sir lord ' +
    'lady dame saint st comrade herr frau monsieur madame chairman chairwoman chair commander marshal officer inspector ' +
    'detective agent patriarch metropolitan archbishop bishop rabbi imam sheikh emir crown president-elect foreign defence ' +
    'defense a an the and or but nor as at by for from in of on to with after before says said tells told meets met why how ' +
    'what when where who if while than then also only not no yes monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december'
  ).split(' '),
);

/** A capitalised word, then spaces, at the end of a text. */
const WORD_BEFORE = /(\p{Lu}\p{Ll}+)[ \u00a0]+$/u;

/**
 * Whether a one-word surname at `from` follows another person's given name: a capitalised word just
 * before it that is no title, no small word of a title-case headline, does not open a sentence, is
 * not itself a known name (`isMention`: "In Kyiv Zelensky said"), and is not a spelling of the
 * person's own given name (its first three letters are another's: "Dmitri" for "Dmitry" is his).
 */
export function givenNameBefore(source: string, from: number, personName: string, isMention: (start: number, end: number) => boolean): boolean {
  const before = source.slice(Math.max(0, from - 60), from);
  const m = WORD_BEFORE.exec(before);
  if (!m) return false;
  const word = m[1];
  if (NOT_A_GIVEN_NAME.has(word.toLowerCase())) return false;
  const prior = before.slice(0, m.index);
  // Opening a sentence or a line, the word may be anything capitalised ("Yesterday Peskov said").
  if (/(^|[.!?:;]["”’)]?\s+|\n\s*|["“‘(]\s*)$/u.test(prior)) return false;
  // In a headline in title case every word is capitalised: nothing is told by one more.
  if (/\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*\s+$/u.test(prior)) return false;
  const stem = word.slice(0, 3).toLowerCase();
  if (personName.split(/\s+/).some((w) => w.slice(0, 3).toLowerCase() === stem)) return false;
  const start = from - before.length + m.index;
  return !isMention(start, start + word.length);
}

/** An owner just before a body's name: a possessive ("Russia's") or a people's adjective ("Russian"). */
const OWNER_BEFORE = /(\p{Lu}[\p{L}.]*)(['’]s|(?<=\p{Ll}(?:ian|an|ese|ish|ic)))[ \u00a0]+$/u;

/**
 * Where a body's short name (an afterFullName alias: "Security Council") follows an owner, the
 * owner's [start, end) in `source`; undefined when none stands there.
 */
export function ownerBefore(source: string, from: number): { start: number; end: number } | undefined {
  const before = source.slice(Math.max(0, from - 40), from);
  const m = OWNER_BEFORE.exec(before);
  if (!m) return undefined;
  const start = from - before.length + m.index;
  return { start, end: start + m[1].length };
}
