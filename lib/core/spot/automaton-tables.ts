/**
 * A built automaton as search reads it, all typed arrays: the form the background keeps between its
 * starts (./stored-gazetteer.ts), and the checks a stored copy must pass before it is searched. Read
 * back from disk, a damaged copy must never make a search loop for ever: every failure and
 * dictionary link leads to a shallower state, and every list of patterns ends. About 10 ms for
 * 50,000 aliases, against 0.5–0.9 s to compile them.
 */

export interface AutomatonTables {
  bits: number;
  /** The root's transitions, by code unit (0: none). */
  root: Int32Array;
  /** The transition table's used slots (its size is 2^bits slots), in order, and their transitions: [state, code, target] each. */
  slots: Int32Array;
  transitions: Int32Array;
  fail: Int32Array;
  dict: Int32Array;
  first: Int32Array;
  nextSame: Int32Array;
  lengths: Int32Array;
}

/** No pattern (in `first` and `nextSame`). */
export const EMPTY = -1;

/**
 * Each state's depth from the root; undefined unless every state but the root is reached by exactly
 * one transition, from a state made before it (as Automaton makes them), so that no walk up from a
 * state goes round.
 */
function depths(t: AutomatonTables, states: number): Int32Array | undefined {
  const parent = new Int32Array(states).fill(-1);
  for (let code = 0; code < 65536; code++) {
    const to = t.root[code];
    if (to === 0) continue;
    if (!(to > 0 && to < states) || parent[to] !== -1) return undefined;
    parent[to] = 0;
  }
  for (let i = 0; i < t.transitions.length; i += 3) {
    const from = t.transitions[i];
    const to = t.transitions[i + 2];
    if (!(from > 0 && from < to && to < states) || parent[to] !== -1) return undefined;
    parent[to] = from;
  }
  const depth = new Int32Array(states);
  for (let s = 1; s < states; s++) {
    if (parent[s] === -1) return undefined;
    depth[s] = depth[parent[s]] + 1;
  }
  return depth;
}

/** Whether `t` is an automaton as Automaton builds one: sizes that fit, links within range, and every walk of a search bounded. */
export function tablesAreWhole(t: AutomatonTables): boolean {
  // Whole numbers only: a fraction read from another array type would pass a range check and index nothing.
  const arrays = [t.root, t.slots, t.transitions, t.fail, t.dict, t.first, t.nextSame, t.lengths];
  if (!arrays.every((a) => a instanceof Int32Array) || !Number.isInteger(t.bits)) return false;
  const states = t.fail.length;
  const patterns = t.lengths.length;
  const used = t.slots.length;
  const sized =
    states > 0 &&
    t.root.length === 65536 &&
    t.dict.length === states &&
    t.first.length === states &&
    t.nextSame.length === patterns &&
    t.bits >= 10 &&
    t.bits <= 28 &&
    t.transitions.length === 3 * used &&
    // At least half the slots stay free, so that a probe always ends.
    used * 2 <= 1 << t.bits;
  if (!sized) return false;
  for (let i = 0, last = -1; i < used; i++) {
    const slot = t.slots[i];
    const code = t.transitions[3 * i + 1];
    if (!(slot > last && slot < 1 << t.bits && t.transitions[3 * i] > 0 && code >= 0 && code < 65536)) return false;
    last = slot;
  }
  const depth = depths(t, states);
  if (!depth || t.fail[0] !== 0 || t.dict[0] !== 0) return false;
  for (let s = 1; s < states; s++) {
    const f = t.fail[s];
    const d = t.dict[s];
    const p = t.first[s];
    if (!(f >= 0 && f < states && depth[f] < depth[s] && d >= 0 && d < states && depth[d] < depth[s])) return false;
    if (!(p === EMPTY || (p >= 0 && p < patterns))) return false;
  }
  for (let p = 0; p < patterns; p++) {
    const next = t.nextSame[p];
    if (!(t.lengths[p] > 0 && (next === EMPTY || (next > p && next < patterns)))) return false;
  }
  return true;
}
