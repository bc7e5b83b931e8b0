/**
 * The compiled gazetteer in a form IndexedDB keeps as it is (typed arrays and lists of strings), so
 * that a background Chrome stopped and woke again reads it back instead of compiling every alias
 * again (50,000 aliases: 0.5–0.9 s before a page's first mention). Restoring checks that the parts
 * fit together and throws if they do not; the caller then compiles.
 */
import { Automaton } from './automaton';
import type { AutomatonTables } from './automaton-tables';
import type { EntryHead, Gazetteer, Pattern } from './gazetteer';

/** Bumped when this form changes: a stored gazetteer of another format is compiled again. */
export const STORED_GAZETTEER_FORMAT = 1;

export interface StoredGazetteer {
  format: number;
  /** The entries, as three lists. */
  ids: string[];
  names: string[];
  types: string[];
  /** Per pattern: its entry's index, its flags (BLOCKS | EXACT_CASE | AFTER_FULL_NAME) and its alias. */
  entry: Int32Array;
  flags: Uint8Array;
  aliases: string[];
  /** The patterns that open after other entries' mentions: pattern index, count, then the entries. */
  opens: Int32Array;
  automaton: AutomatonTables;
}

const BLOCKS = 1;
const EXACT_CASE = 2;
const AFTER_FULL_NAME = 4;

export function storeGazetteer(g: Gazetteer): StoredGazetteer {
  const n = g.patterns.length;
  const entry = new Int32Array(n);
  const flags = new Uint8Array(n);
  const opens: number[] = [];
  g.patterns.forEach((p, i) => {
    entry[i] = p.entry;
    flags[i] = (p.blocks ? BLOCKS : 0) | (p.exactCase ? EXACT_CASE : 0) | (p.afterFullName ? AFTER_FULL_NAME : 0);
    if (p.opensAfter.length > 0) opens.push(i, p.opensAfter.length, ...p.opensAfter);
  });
  return {
    format: STORED_GAZETTEER_FORMAT,
    ids: g.entries.map((e) => e.id),
    names: g.entries.map((e) => e.name),
    types: g.entries.map((e) => e.type),
    entry,
    flags,
    aliases: g.patterns.map((p) => p.alias),
    opens: Int32Array.from(opens),
    automaton: g.automaton.tables(),
  };
}

function broken(): never {
  throw new Error('The stored gazetteer is not whole.');
}

/** The gazetteer storeGazetteer was given; throws if `s` is of another format or its parts do not fit. */
export function restoreGazetteer(s: StoredGazetteer): Gazetteer {
  if (s?.format !== STORED_GAZETTEER_FORMAT) broken();
  const count = s.ids.length;
  const n = s.aliases.length;
  if (s.names.length !== count || s.types.length !== count || s.entry.length !== n || s.flags.length !== n) broken();
  if (s.automaton.lengths.length !== n) broken();
  const entries: EntryHead[] = s.ids.map((id, i) => ({ id, name: s.names[i], type: s.types[i] as EntryHead['type'] }));
  const patterns: Pattern[] = s.aliases.map((alias, i) => {
    if (!(s.entry[i] >= 0 && s.entry[i] < count)) broken();
    return {
      entry: s.entry[i],
      alias,
      blocks: (s.flags[i] & BLOCKS) !== 0,
      exactCase: (s.flags[i] & EXACT_CASE) !== 0,
      afterFullName: (s.flags[i] & AFTER_FULL_NAME) !== 0,
      opensAfter: [],
    };
  });
  for (let at = 0; at < s.opens.length; ) {
    const [pattern, k] = [s.opens[at], s.opens[at + 1]];
    const list = Array.from(s.opens.subarray(at + 2, at + 2 + k));
    if (!(pattern >= 0 && pattern < n && k > 0 && list.length === k && list.every((e) => e >= 0 && e < count))) broken();
    patterns[pattern].opensAfter = list;
    at += 2 + k;
  }
  return { entries, patterns, automaton: Automaton.fromTables(s.automaton) };
}
