/**
 * findMentions: the known entities named in a text, as exact offsets into that text.
 * Word boundaries, longest match wins, and the entity rules (exact case, a surname only after the
 * full name or an entity that opens it, or before the full name in the same context; look-alike
 * phrases) are applied here, once, for every caller.
 *
 * findMentionsIn does the same for one slice of a long text at a time (the content script splits a
 * long page into slices and yields between them); slices taken in order give what findMentions gives.
 */
import type { Gazetteer, Pattern } from './gazetteer';
import { inSpans, type Span } from './furniture';
import { inCapitalsRun, NamesAround, namesSomeoneElse, nextToCapitalised } from './name-context';
import { foldTransient, isWordAt } from './normalise';
import { firstAtLeast } from './sorted-offsets';

export interface Mention {
  entityId: string;
  /** The alias that matched, as listed in the gazetteer. */
  alias: string;
  /** The text as it stands in the source, and its offsets there. */
  text: string;
  start: number;
  end: number;
}

/** What one slice passes on to the next. */
export interface SpotState {
  /** Entries named so far (a bare surname counts only after its full name). */
  seen: Set<number>;
  /** Where the last accepted match (a mention, or a look-alike phrase) ends in the source. */
  reached: number;
  /**
   * Where the source is page furniture (./furniture.ts), in source offsets: names there are mentions,
   * but not what the page names for a bare surname or a short name to count (the article's context).
   */
  quiet?: readonly Span[];
  /** Where the source's context starts afresh (collectText's `fresh`), in source offsets: what was named before counts no more. */
  fresh?: readonly number[];
  /** Where one block of the page ends and the next begins (collectText's `breaks`), in source offsets: no name runs across one. */
  breaks?: readonly number[];
  /**
   * Short names in a headline before their context named the entity (a headline's "Kirby" over a
   * story naming John Kirby in its first paragraph): they count once it does, close after them
   * (WAITS_CHARS), until the context starts afresh. Only the entity's own naming counts for them: an
   * entity that opens a generic alias (linkWhenPageNames) opens it from there on, as a "prisoner
   * exchange" before the Il-76 crash may be another.
   */
  waiting?: WaitingName[];
  /**
   * Entries whose short name the context has used for someone else ("Bernie Sanders", "Andrea
   * Peters"): their short names wait no more, until the context starts afresh.
   */
  taken?: Set<number>;
}

/** A short name that counts once its entry (in the gazetteer) is named in the same context. */
export interface WaitingName {
  entry: number;
  alias: string;
  text: string;
  start: number;
  end: number;
}

/** The most short names one context keeps waiting: a page repeating an unexplained surname gains nothing past it. */
export const MAX_WAITING = 64;
/** How close after a waiting short name the full name must come: a headline, its standfirst and first lines. */
export const WAITS_CHARS = 500;

/** Whether [from, to) stands in a headline: a short line of the text not ending as a sentence does (a question may). */
function inHeadline(source: string, from: number, to: number): boolean {
  const start = source.lastIndexOf('\n', from - 1) + 1;
  const end = source.indexOf('\n', to);
  const line = source.slice(start, end < 0 ? source.length : end).trim();
  return line.length <= 200 && !/\.["”’')\]]*$/.test(line);
}

export const newSpotState = (): SpotState => ({ seen: new Set(), reached: 0 });

const lettersOf = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
/** An alias of one word written with its capital: a name. */
const ONE_NAME = /^\p{Lu}[\p{L}\p{N}'’.-]*$/u;
/** An alias all in capitals: an acronym ("UN", "PACE"). */
const ACRONYM = /^[\p{Lu}\p{N}./-]+$/u;

/**
 * Whether the text's case fits the alias: an exactCase alias letter for letter ("PACE", not "pace"),
 * a one-word name with its capital (Polish "duma", pride, is no Duma). In a run of capitals
 * (`capitals`, asked for exactCase aliases only) case tells nothing: a name in capitals is the name
 * ("KREMLIN"), and an acronym counts only for an entity the page has named (below).
 */
function caseHolds(p: Pattern, original: string, capitals: boolean): boolean {
  if (p.exactCase)
    return capitals ? lettersOf(original).toUpperCase() === lettersOf(p.alias).toUpperCase() : lettersOf(original) === lettersOf(p.alias);
  return !ONE_NAME.test(p.alias) || /^\p{Lu}/u.test(original);
}

/** Whether [from, to) holds one of `breaks` (sorted offsets). */
function acrossBreak(breaks: readonly number[] | undefined, from: number, to: number): boolean {
  if (!breaks || breaks.length === 0) return false;
  const i = firstAtLeast(breaks, from);
  return i < breaks.length && breaks[i] < to;
}

export function findMentions(g: Gazetteer, source: string): Mention[] {
  return findMentionsIn(g, source, 0, source.length, source.length, newSpotState());
}

/**
 * The mentions that start in [from, to) of `source`, reading on to `ahead` so that a name which
 * starts before `to` is seen whole. `from` must be 0 or follow a line break (collectText's block
 * separators are), and so must `ahead` unless it is the end: then slices taken in order, each
 * `from` the previous `to`, give exactly findMentions(source), unless a name starting before `to`
 * runs on past `ahead`.
 */
export function findMentionsIn(g: Gazetteer, source: string, from: number, to: number, ahead: number, state: SpotState): Mention[] {
  const part = from === 0 && ahead === source.length ? source : source.slice(from, ahead);
  // Its maps are read only here, before anything else folds.
  const { text, starts, ends } = foldTransient(part);
  const candidates = g.automaton
    .search(text)
    .filter((h) => !isWordAt(text, h.start - 1, h.start) && !isWordAt(text, h.end, h.end - 1))
    .map((h) => {
      const p = g.patterns[h.pattern];
      const at = from + starts[h.start];
      const until = from + ends[h.end - 1];
      return { ...h, p, from: at, to: until, capitals: p.exactCase && inCapitalsRun(source, at, until) };
    })
    .filter((c) => c.from < to && !acrossBreak(state.breaks, c.from, c.to) && caseHolds(c.p, source.slice(c.from, c.to), c.capitals))
    .sort((a, b) => a.start - b.start || b.end - a.end || Number(b.p.blocks) - Number(a.p.blocks));

  const around = new NamesAround(candidates.map((c) => ({ from: c.from, to: c.to, entry: c.p.entry, blocks: c.p.blocks })));
  const mentions: Mention[] = [];
  // Within the slice, in folded offsets as always; against earlier slices, in source offsets.
  const before = state.reached;
  let reached = 0;
  const fresh = state.fresh ?? [];
  let nextFresh = 0;
  /** Forgets what was named before each fresh start up to `at`. */
  const startAfresh = (at: number) => {
    while (nextFresh < fresh.length && fresh[nextFresh] <= at) {
      if (fresh[nextFresh] >= from) {
        state.seen.clear();
        state.waiting = [];
        state.taken?.clear();
      }
      nextFresh++;
    }
  };
  /** The short names that waited for `entry`, named in full at `at`: those close before it are mentions now. */
  const named = (entry: number, at: number) => {
    const waiting = state.waiting ?? [];
    if (!waiting.some((w) => w.entry === entry)) return;
    for (const w of waiting.filter((x) => x.entry === entry && at - x.end <= WAITS_CHARS))
      mentions.push({ entityId: g.entries[entry].id, alias: w.alias, text: w.text, start: w.start, end: w.end });
    state.waiting = waiting.filter((w) => w.entry !== entry);
  };
  for (const c of candidates) {
    startAfresh(c.from);
    if (c.start < reached || c.from < before) continue;
    const entry = g.entries[c.p.entry];
    // A headline in capitals: "UN" there may be French "un", Italian "PACE" peace.
    const unsure = c.capitals && ACRONYM.test(c.p.alias) && !state.seen.has(c.p.entry);
    reached = c.end;
    state.reached = c.to;
    if (unsure || namesSomeoneElse(source, c.from, c.p, entry, around)) {
      // Someone else of that name: the same short name, before or after, may be them too.
      if (!unsure) {
        if (state.waiting) state.waiting = state.waiting.filter((w) => w.entry !== c.p.entry);
        state.taken ??= new Set();
        state.taken.add(c.p.entry);
      }
      continue;
    }
    const quiet = inSpans(state.quiet, c.from);
    if (c.p.afterFullName && !state.seen.has(c.p.entry) && !c.p.opensAfter.some((e) => state.seen.has(e))) {
      // Not yet this entity, and not a part of it for another: "National Security Council" is no "Security Council".
      // Outside the page's furniture it waits for the context to name the entity.
      // A headline's only, and not one next to another capitalised word: "Paul Kirby", "Governor Sanders",
      // "Kirby Smart" are someone else, or may be; nor one the context has used for someone else.
      state.waiting ??= [];
      const waits =
        !quiet &&
        !c.p.blocks &&
        state.waiting.length < MAX_WAITING &&
        !state.taken?.has(c.p.entry) &&
        inHeadline(source, c.from, c.to) &&
        !nextToCapitalised(source, c.from, c.to);
      if (waits) state.waiting.push({ entry: c.p.entry, alias: c.p.alias, text: source.slice(c.from, c.to), start: c.from, end: c.to });
      continue;
    }
    if (c.p.blocks) continue;
    if (!quiet && !state.seen.has(c.p.entry)) {
      state.seen.add(c.p.entry);
      // Named by a name of its own: a short name counted because the page named its context
      // (linkWhenPageNames) does not bring back the ones before it.
      if (!c.p.afterFullName) named(c.p.entry, c.from);
    }
    mentions.push({
      entityId: g.entries[c.p.entry].id,
      alias: c.p.alias,
      text: source.slice(c.from, c.to),
      start: c.from,
      end: c.to,
    });
  }
  // A fresh start later in this slice: the next slice starts from it.
  startAfresh(to - 1);
  // Short names that waited were added where their entity was named: put them in their place.
  return mentions.sort((a, b) => a.start - b.start);
}
