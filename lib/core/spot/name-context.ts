/**
 * What the words around a match say about it, for the rules of ./mentions.ts: whether it stands in
 * a run of capitals (a headline set in capitals, where case tells nothing), and whether the word
 * before an ambiguous short name names someone else — another person's given name before a bare
 * surname ("Leonid Kravchuk" is not Yevheniia Kravchuk), another owner before a body's short name
 * ("Russia's Security Council" is not the UN's). Each reads a few dozen characters around the match
 * and the known names just before it, never the page.
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

/**
 * Whether a capitalised word stands right before or after [from, to), only spaces between: "Paul
 * Kirby", "Governor Sanders", "Mr. Kirby", "Kirby Smart"; not one that ends the sentence before
 * ("… in Washington. Kirby said", "Blasts rock Kyiv. Kirby says").
 */
export function nextToCapitalised(source: string, from: number, to: number): boolean {
  if (/^[ \u00a0]+\p{Lu}/u.test(source.slice(to, to + 8))) return true;
  const before = /(\p{Lu}[\p{L}'’-]*|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|Rev|St)\.)[ \u00a0]+$/u.exec(
    source.slice(Math.max(0, from - 40), from),
  );
  // Not a word that opens a sentence or a question ("Is Kirby right?", "After Kirby spoke").
  return !!before && !OPENS_BEFORE_NAME.has(before[1].toLowerCase());
}

/** Words that stand before a surname without being a given name: titles and ranks, and small words of a headline in title case. */
const NOT_A_GIVEN_NAME = new Set(
  (
    'president presidents prime minister ministers mr mrs ms miss dr prof professor general gen lt colonel col major maj ' +
    'captain capt admiral adm sergeant sgt senator senators sen rep representative governor gov mayor judge justice ' +
    'ambassador chancellor premier secretary spokesman spokeswoman spokesperson speaker ombudsman coordinator commissioner ' +
    'director chief deputy king queen prince princess tsar czar pope father sir lord lady dame saint st comrade herr frau ' +
    'monsieur madame chairman chairwoman chair commander marshal officer inspector detective agent patriarch metropolitan ' +
    'archbishop bishop rabbi imam sheikh emir crown president-elect foreign defence defense leader envoy analyst ' +
    'a an the and or but nor as at by for from in of on to with after before says said tells told meets met why how ' +
    'what when where who if while than then also only not no yes monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december'
  ).split(' '),
);

/** Words that open a sentence or a question before a name: no one's given name or title. */
const QUESTION_WORDS = 'is are was were would could should did does do has have had why how what who whom whose which where when';

/** Words that open a sentence before a name without being a given name, beyond NOT_A_GIVEN_NAME's. */
const OPENING_ADVERB = new Set(
  (
    'yesterday today tonight tomorrow meanwhile however still now earlier later separately instead moreover indeed ' +
    'again finally first second afterwards previously elsewhere overall nevertheless nonetheless likewise there here this that ' +
    'these those his her their its our my your both even though yet so because although unlike like once since despite ' +
    'overnight neither either former whether while where when whatever whoever only just perhaps maybe unless until ' +
    'privately publicly reportedly notably ultimately eventually additionally importantly crucially clearly initially ' +
    'originally apparently allegedly officially separately subsequently recently currently similarly'
  ).split(' '),
);

/** Capitalised words that open a sentence or a question before a name ("Is Kirby right?"), beyond NOT_A_GIVEN_NAME's. */
const OPENS_SENTENCE = new Set([...OPENING_ADVERB, ...QUESTION_WORDS.split(' ')]);
/**
 * Before a headline's short name (nextToCapitalised, which NOT_A_GIVEN_NAME's titles do stop): those,
 * the small words of a headline in title case, and "Will" and "Can", given names too, which it waits not beside.
 */
const OPENS_BEFORE_NAME = new Set([
  ...OPENS_SENTENCE,
  ...'the a an and but or nor as at by for from in of on to with after before will can'.split(' '),
]);

/** A capitalised word, then spaces, at the end of a text. */
const WORD_BEFORE = /(\p{Lu}\p{Ll}+)[ \u00a0]+$/u;

/**
 * Known names around a match, found by binary search over a slice's candidates (sorted by where
 * they start), not by a walk over all of them for each match: a page of thousands of names would
 * make that quadratic.
 */
export class NamesAround {
  private readonly reach: number[] = [];

  constructor(private readonly names: readonly { from: number; to: number; entry: number; blocks: boolean }[]) {
    let most = -1;
    for (const n of names) {
      if (!n.blocks) most = Math.max(most, n.to);
      this.reach.push(most);
    }
  }

  /** The last name starting at or before `at`, or -1. */
  private lastFrom(at: number): number {
    let lo = 0;
    let hi = this.names.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.names[mid].from <= at) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi;
  }

  /** Whether [start, end) is (part of) a known name. */
  covers(start: number, end: number): boolean {
    const i = this.lastFrom(start);
    return i >= 0 && this.reach[i] >= end;
  }

  /** Whether [start, end) is (part of) a name of one of `entries`: the few names starting just before it. */
  coversAs(start: number, end: number, entries: readonly number[]): boolean {
    for (let i = this.lastFrom(start); i >= 0 && this.names[i].from >= start - NAME_CHARS; i--) {
      const n = this.names[i];
      if (!n.blocks && n.to >= end && entries.includes(n.entry)) return true;
    }
    return false;
  }
}
/** No known name is longer than this where it is looked for backwards. */
const NAME_CHARS = 200;

/**
 * Whether a bare surname at `from` follows another person's given name: a capitalised word just
 * before it that is no title, no small word of a title-case headline, does not
 * open a sentence, is not itself a known name ("In Kyiv Zelensky said"), and is not a spelling of the
 * person's own given name (its first three letters are another's: "Dmitri" for "Dmitry" is his).
 */
function givenNameBefore(source: string, from: number, personName: string, around: NamesAround): boolean {
  const before = source.slice(Math.max(0, from - 60), from);
  const m = WORD_BEFORE.exec(before);
  if (!m) return false;
  const word = m[1];
  if (NOT_A_GIVEN_NAME.has(word.toLowerCase())) return false;
  const prior = before.slice(0, m.index);
  // Opening a line (a paragraph, a headline), a capitalised word other than a sentence adverb is a
  // given name ("Fran Kirby scored twice"); opening a sentence within one, it may be anything
  // capitalised ("Yesterday Peskov said").
  const opensLine = /\n\s*$/.test(prior) || (prior === '' && from === before.length);
  if (opensLine) {
    if (OPENS_SENTENCE.has(word.toLowerCase())) return false;
  } else if (/(^|[.!?:;]["”’)]?\s+|["“‘(]\s*)$/u.test(prior)) return false;
  // In a headline in title case every word is capitalised: nothing is told by one more.
  if (/\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*\s+$/u.test(prior)) return false;
  const stem = word.slice(0, 3).toLowerCase();
  if (personName.split(/\s+/).some((w) => w.slice(0, 3).toLowerCase() === stem)) return false;
  const start = from - before.length + m.index;
  return !around.covers(start, start + word.length);
}

/** An owner just before a body's name: a possessive ("Russia's") or a people's adjective ("Russian"). */
const OWNER_BEFORE = /(\p{Lu}[\p{L}.]*)(['’]s|(?<=\p{Ll}(?:ian|an|ese|ish|ic)))[ \u00a0]+$/u;

/**
 * Whether the words before a match at `from` say it names someone else than its entity. Only for
 * the aliases a pack marks as ambiguous alone (`afterFullName`): a bare surname after another
 * person's given name ("Leonid Kravchuk" is not Yevheniia Kravchuk, "Bernie Sanders" not Patrick
 * Sanders); a body's short name that a page's context opens (`linkWhenPageNames`) after another
 * owner than those ("Russia's Security Council", "the Russian Security Council" are not the UN's).
 * A surname the pack lets stand alone (Zelensky, Putin) is left to the pack.
 */
export function namesSomeoneElse(
  source: string,
  from: number,
  alias: { alias: string; afterFullName: boolean; entry: number; opensAfter: readonly number[] },
  entry: { name: string; type: string },
  around: NamesAround,
): boolean {
  if (!alias.afterFullName) return false;
  if (entry.type === 'person') return /^\p{Lu}[\p{L}'’-]*$/u.test(alias.alias) && givenNameBefore(source, from, entry.name, around);
  if (alias.opensAfter.length === 0) return false;
  const before = source.slice(Math.max(0, from - 40), from);
  const m = OWNER_BEFORE.exec(before);
  if (!m) return false;
  const start = from - before.length + m.index;
  return !around.coversAs(start, start + m[1].length, [alias.entry, ...alias.opensAfter]);
}
