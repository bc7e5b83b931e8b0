/**
 * Near-miss spellings of capitalised names the gazetteer does not list ("Zelenskyj", "Peskow"):
 * a strict fuzzy fallback over single-word names of people and organisations (scored as
 * ./fuzzy-names.ts says). Never applied to lowercase words, short words, or text already matched
 * exactly.
 */
import { FuzzyNames, THRESHOLD, type Candidate } from './fuzzy-names';
import type { Gazetteer } from './gazetteer';
import type { Mention } from './mentions';
import { isWordAt } from './normalise';

interface Fallback {
  names: FuzzyNames;
  /** Verdicts per word, kept with the gazetteer: a page repeats its capitalised words. */
  verdicts: Map<string, Candidate | null>;
}

const fallbacks = new WeakMap<Gazetteer, Fallback>();
const MAX_VERDICTS = 20_000;

function fallbackFor(g: Gazetteer): Fallback {
  let f = fallbacks.get(g);
  if (!f) {
    const list = g.patterns
      .filter((p) => !p.blocks && !p.exactCase && !p.afterFullName && /^\p{Lu}\p{Ll}{4,}$/u.test(p.alias))
      .filter((p) => ['person', 'organization', 'group'].includes(g.entries[p.entry].type))
      .map((p) => ({ alias: p.alias, lower: p.alias.toLowerCase(), entry: p.entry }));
    f = { names: new FuzzyNames(list), verdicts: new Map() };
    fallbacks.set(g, f);
  }
  return f;
}

/** Near misses are this long at least: one letter from a five-letter name is where other words are ("Puten", "Lavra", "Pesky"). */
const MIN_NEAR = 6;
/** Endings that make a name another person's or a word of its own: a feminine form, a plural, a derivation. */
const ENDING = /^(s|es|a|ova|eva|ina|i?sms?|i?sts?|i?tes?|i?ans?|esque)$/;
/**
 * A headline in title case, where a capital says nothing: capitalised words on both sides and no
 * word of four lower-case letters or more near it on its line (prose has them: "said", German "sagte").
 */
const TITLE_BEFORE = /\p{Lu}[\p{L}-]*[ \u00a0]+$/u;
const TITLE_AFTER = /^[ \u00a0]+\p{Lu}/u;
const PROSE_WORD = /(^|[^\p{L}])\p{Ll}{4,}/u;
function inTitleCase(text: string, start: number, end: number): boolean {
  if (!TITLE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || !TITLE_AFTER.test(text.slice(end, end + 3))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const line = `${before.slice(before.lastIndexOf('\n') + 1)} ${after.split('\n')[0]}`;
  return !PROSE_WORD.test(line);
}

/** A capitalised word of five letters or more, as the fallback considers them. */
const WORD_AT = /\p{Lu}\p{Ll}{4,}/uy;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;

/**
 * The end of the capitalised word (WORD_AT) that starts at `i` of `text`, or -1. What a global scan
 * with WORD_AT would find, several times faster: a Unicode-property pattern tried at every character
 * of a page was most of the fallback's time, so it is tried only where a word could start, and a
 * word all in ASCII is read without it.
 */
function wordEndAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 65 || (c > 90 && c < 128)) return -1;
  if (c <= 90) {
    let e = i + 1;
    while (isAsciiLower(text.charCodeAt(e))) e++;
    // Ended by anything but a letter beyond ASCII: the word is what was read.
    if (!(text.charCodeAt(e) >= 128)) return e - i > 4 ? e : -1;
  }
  WORD_AT.lastIndex = i;
  return WORD_AT.test(text) ? WORD_AT.lastIndex : -1;
}

/** Whether [s, e) overlaps one of `exact` (in text order and not overlapping, as findMentions gives them). */
function taken(exact: readonly Mention[], s: number, e: number): boolean {
  let lo = 0;
  let hi = exact.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (exact[mid].end <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo < exact.length && exact[lo].start < e;
}

/**
 * Near misses among the words that start in [from, to) of `text` (all of it by default); `exact`
 * holds the exact mentions there, in text order, and `named` the entries (gazetteer indices) the page
 * named exactly before `from`. A near miss counts only for an entity the page has named exactly
 * before it: one letter away from a name is also where other words and other people are ("Lavra",
 * the monastery; German "Puten", turkeys; "Router" in a headline), and only the page's own naming
 * tells them apart. (Before it, not anywhere: then slices taken in order give what the whole text does.)
 * `fresh`: where the page's context starts afresh (after an article ends): past one, only what was
 * named since counts.
 */
export function findNearMisses(
  g: Gazetteer,
  text: string,
  exact: readonly Mention[],
  named: ReadonlySet<number>,
  from = 0,
  to = text.length,
  fresh: readonly number[] = [],
): Mention[] {
  const { names, verdicts } = fallbackFor(g);
  const out: Mention[] = [];
  /** Where each entity is named exactly in this text, in order. */
  const namedAt = new Map<string, number[]>();
  for (const m of [...exact].sort((a, b) => a.start - b.start)) {
    const starts = namedAt.get(m.entityId);
    if (starts) starts.push(m.start);
    else namedAt.set(m.entityId, [m.start]);
  }
  const breaks = fresh.filter((b) => b >= from && b < to);
  const namedBefore = (entry: number, at: number) => {
    // The last fresh start before `at`, if this text has one: what was named before it counts no more.
    const since = breaks.filter((b) => b <= at).pop();
    const starts = namedAt.get(g.entries[entry].id) ?? [];
    if (since === undefined) return named.has(entry) || (starts[0] ?? Infinity) < at;
    return starts.some((s) => s >= since && s < at);
  };
  for (let at = from; at < to; ) {
    const start = at;
    const end = wordEndAt(text, start);
    // The scan goes on after the word, as a global search would.
    at = end < 0 ? start + 1 : end;
    if (end < 0) continue;
    const word = text.slice(start, end);
    if (isWordAt(text, start - 1) || isWordAt(text, end) || taken(exact, start, end) || inTitleCase(text, start, end)) continue;
    let verdict = verdicts.get(word);
    if (verdict === undefined) {
      const best = names.best(word);
      const lower = word.toLowerCase();
      const ok =
        best &&
        best.score <= THRESHOLD &&
        best.item.alias[0] === word[0] &&
        Math.abs(best.item.alias.length - word.length) <= 2 &&
        word.length >= MIN_NEAR &&
        // The name cut short is another word ("Reuter", "Lavro"); the name with an ending, another person
        // or thing ("Peskova", "the Peskovs", "Zelenskyism"); neither is a spelling of it.
        !best.item.lower.startsWith(lower) &&
        !(lower.startsWith(best.item.lower) && ENDING.test(lower.slice(best.item.lower.length)));
      verdict = ok ? best.item : null;
      if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
      verdicts.set(word, verdict);
    }
    if (verdict && namedBefore(verdict.entry, start))
      out.push({ entityId: g.entries[verdict.entry].id, alias: verdict.alias, text: word, start, end });
  }
  return out;
}
