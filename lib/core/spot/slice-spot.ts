/**
 * Spotting one slice of a page's text where the compiled gazetteer lives (the background), so a page
 * never receives, parses or compiles the gazetteer. The page cuts its text as it always did (after
 * line breaks, each slice reading on a little past its end) and passes the state each answer returns
 * to the next request: slices taken in order give exactly what scanning the whole text gives
 * (findMentions, then the near-miss fallback). Offsets are relative to the slice's start; the
 * returned state is already relative to the next slice, which starts at `until`.
 */
import type { Span } from './furniture';
import type { Gazetteer } from './gazetteer';
import { findMentionsIn, type Mention, type WaitingName } from './mentions';
import { findNearMisses } from './near-miss';

/** What one slice passes on to the next, in a form that crosses a message boundary. */
export interface SliceState {
  /** Entities named so far (by id: the background's gazetteer may be recompiled between slices). */
  seen: string[];
  /** Where the last accepted match ends. */
  reached: number;
  /** Exact mentions of earlier slices that reach into this one (a near miss must not overlap them). */
  carry: { start: number; end: number }[];
  /** Short names of earlier slices waiting for their context to name the entity (before this slice: negative offsets). */
  waiting?: { entityId: string; alias: string; text: string; start: number; end: number }[];
  /** Entities whose short name the context has used for someone else (./mentions.ts `taken`). */
  taken?: string[];
}

export interface SliceMention {
  entityId: string;
  alias: string;
  start: number;
  end: number;
  /** A near miss (./near-miss.ts): a mention, but no context for other names, as in a whole-page read. */
  near?: true;
}

/** A page's request to spot one slice of its text (the `spot` message), and the answer. */
export interface SpotRequest {
  text: string;
  until: number;
  state: SliceState;
  /** Where the slice's text is page furniture (relative to the slice), read as mentions but not as context. */
  quiet?: Span[];
  /** Where the page's context starts afresh within the slice (relative to it; after an article ends). */
  fresh?: number[];
  /** Where one block ends and the next begins within the slice (relative to it): no name runs across one. */
  breaks?: number[];
}

export interface SpotAnswer {
  mentions: SliceMention[];
  state: SliceState;
  /** The entities named in this slice, as the page lists them. */
  entities: { id: string; name: string; type: string }[];
}

/** The most furniture spans one `spot` request may carry; a page with more has the rest read as its article. */
export const MAX_QUIET_SPANS = 10_000;

/** The most block ends one `spot` request may carry; past them, names in the rest of the slice are read as before. */
export const MAX_BREAKS = 100_000;

/** The most text one `spot` request may carry (a page sends its text in slices well under this). */
export const MAX_SLICE_CHARS = 1 << 18;

/**
 * The state a text starts with: nothing named yet, or, for a part of a page read on its own (content
 * added later), the entities the page named before it.
 */
export const firstSliceState = (seen: readonly string[] = []): SliceState => ({ seen: [...seen], reached: 0, carry: [] });

/** Entry index by entity id (the first entry wins, as in the gazetteer's own order). */
export function entryIndex(g: Gazetteer): Map<string, number> {
  const index = new Map<string, number>();
  g.entries.forEach((e, i) => {
    if (!index.has(e.id)) index.set(e.id, i);
  });
  return index;
}

/** The slice state's waiting names as the gazetteer's entries (those it no longer holds dropped), and back. */
function waitingIn(index: Map<string, number>, waiting: SliceState['waiting'] = []): WaitingName[] {
  return waiting.flatMap(({ entityId, ...at }) => {
    const entry = index.get(entityId);
    return entry === undefined ? [] : [{ ...at, entry }];
  });
}
const waitingOut = (g: Gazetteer, waiting: readonly WaitingName[], until: number): SliceState['waiting'] =>
  waiting.map(({ entry, alias, text, start, end }) => ({
    entityId: g.entries[entry].id,
    alias,
    text,
    start: start - until,
    end: end - until,
  }));

/**
 * The mentions that start in [0, until) of `text` (which reads on past `until` so that a name
 * starting before it is seen whole), and the state for the slice that starts at `until`.
 */
export function spotSlice(
  g: Gazetteer,
  index: Map<string, number>,
  text: string,
  until: number,
  state: SliceState,
  quiet?: readonly Span[],
  fresh?: readonly number[],
  breaks?: readonly number[],
): { mentions: SliceMention[]; state: SliceState } {
  const seen = new Set<number>();
  for (const id of state.seen) {
    const i = index.get(id);
    if (i !== undefined) seen.add(i);
  }
  const taken = new Set((state.taken ?? []).flatMap((id) => (index.has(id) ? [index.get(id)!] : [])));
  const spot = { seen, reached: state.reached, quiet, fresh, breaks, waiting: waitingIn(index, state.waiting), taken };
  const namedBefore = new Set(seen);
  const exact = findMentionsIn(g, text, 0, until, text.length, spot);
  // Near misses only read the offsets of exact mentions.
  // In order: a short name that waited (./mentions.ts) may start before what earlier slices carried.
  const before = [...(state.carry as Mention[]), ...exact].sort((a, b) => a.start - b.start);
  const near = findNearMisses(g, text, before, namedBefore, 0, until, fresh);
  const plain = (m: Mention): SliceMention => ({ entityId: m.entityId, alias: m.alias, start: m.start, end: m.end });
  const all = [...exact.map(plain), ...near.map((m) => ({ ...plain(m), near: true as const }))].sort((a, b) => a.start - b.start);
  return {
    mentions: all,
    state: {
      seen: [...spot.seen].map((i) => g.entries[i].id),
      reached: spot.reached - until,
      carry: before.filter((m) => m.end > until).map((m) => ({ start: m.start - until, end: m.end - until })),
      ...(spot.waiting.length > 0 ? { waiting: waitingOut(g, spot.waiting, until) } : {}),
      ...(spot.taken.size > 0 ? { taken: [...spot.taken].map((i) => g.entries[i].id) } : {}),
    },
  };
}
