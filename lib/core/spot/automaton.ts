/**
 * Aho–Corasick automaton: finds every occurrence of many patterns in one pass, so the cost of
 * scanning grows with the text, not with the number of aliases.
 *
 * Compact by design (a gazetteer may hold 50,000 aliases, compiled in the background once per change
 * of names): transitions on UTF-16 code units live in one open-addressing hash table of typed arrays
 * (the root's in a direct table), and each state keeps a dictionary link to the nearest suffix
 * state where a pattern ends, instead of a list of its outputs.
 */

export interface Hit {
  pattern: number;
  start: number;
  end: number;
}

const EMPTY = -1;
/**
 * A free slot of the transition table. No transition comes from the root (state 0) through the
 * table, so 0 can mark a free slot, and a new table is free as allocated: filling a table of
 * millions of slots with another value held the background for tens of ms in one step.
 */
const FREE = 0;

export class Automaton {
  /** The root's transitions, by code unit (0: stay at the root). */
  private readonly root = new Int32Array(65536);
  /** Every other transition: slots of [state, code, target] (state FREE: free), linear probing. */
  private table: Int32Array;
  private bits = 10;
  private used = 0;
  // Per state.
  private readonly fail: number[] = [0];
  /** Nearest proper suffix state (by failure links) where a pattern ends; 0 for none. */
  private readonly dict: number[] = [0];
  /** First pattern ending exactly at the state, or EMPTY; more in `nextSame`. */
  private readonly first: number[] = [EMPTY];
  private readonly last: number[] = [EMPTY];
  private readonly firstChild: number[] = [EMPTY];
  private readonly sibling: number[] = [EMPTY];
  private readonly edge: number[] = [0];
  // Per pattern.
  private readonly lengths: number[] = [];
  private readonly nextSame: number[] = [];

  constructor(patterns: readonly string[] = []) {
    this.table = new Int32Array(3 << this.bits);
    for (const _ of this.build(patterns));
  }

  /**
   * Builds the automaton for `patterns` (into an empty one) in steps, pausing every few hundred
   * units of work so that a caller can let other work run between them (the background compiles in
   * steps: lib/worker/spot-matcher.ts).
   */
  *build(patterns: readonly string[]): Generator<void> {
    // Room for every transition the patterns could need, so the table never grows (a rehash of a
    // large table would be one long step).
    let total = 0;
    for (const p of patterns) total += p.length;
    while (1 << this.bits < 2 * total) this.bits++;
    if (this.table.length !== 3 << this.bits) this.table = new Int32Array(3 << this.bits);
    yield;
    for (let id = 0; id < patterns.length; id++) {
      this.add(patterns[id], id);
      if (id % 256 === 255) yield;
    }
    yield* this.link();
  }

  /** Number of states (for the benchmark's report of compiled size). */
  get size(): number {
    return this.fail.length;
  }

  private slot(state: number, code: number): number {
    return Math.imul(state ^ Math.imul(code, 0x27d4eb2d), 0x9e3779b1) >>> (32 - this.bits);
  }

  private get(state: number, code: number): number {
    const mask = (1 << this.bits) - 1;
    const table = this.table;
    for (let h = this.slot(state, code); ; h = (h + 1) & mask) {
      const s = table[3 * h];
      if (s === FREE) return EMPTY;
      if (s === state && table[3 * h + 1] === code) return table[3 * h + 2];
    }
  }

  private put(state: number, code: number, to: number): void {
    if (state === 0) {
      this.root[code] = to;
      return;
    }
    if ((this.used + 1) * 2 > 1 << this.bits) this.rehash();
    const mask = (1 << this.bits) - 1;
    let h = this.slot(state, code);
    while (this.table[3 * h] !== FREE) h = (h + 1) & mask;
    this.table[3 * h] = state;
    this.table[3 * h + 1] = code;
    this.table[3 * h + 2] = to;
    this.used++;
  }

  private rehash(): void {
    const old = this.table;
    this.bits++;
    this.table = new Int32Array(3 << this.bits);
    this.used = 0;
    for (let h = 0; h < old.length; h += 3) if (old[h] !== FREE) this.put(old[h], old[h + 1], old[h + 2]);
  }

  private child(state: number, code: number): number {
    return state === 0 ? this.root[code] : this.get(state, code);
  }

  private add(pattern: string, id: number): void {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let to = this.child(state, code);
      if (to <= 0) {
        to = this.fail.length;
        this.fail.push(0);
        this.dict.push(0);
        this.first.push(EMPTY);
        this.last.push(EMPTY);
        this.firstChild.push(EMPTY);
        this.sibling.push(this.firstChild[state]);
        this.edge.push(code);
        this.firstChild[state] = to;
        this.put(state, code, to);
      }
      state = to;
    }
    this.lengths[id] = pattern.length;
    this.nextSame[id] = EMPTY;
    if (this.first[state] === EMPTY) this.first[state] = id;
    else this.nextSame[this.last[state]] = id;
    this.last[state] = id;
  }

  private *link(): Generator<void> {
    const queue: number[] = [];
    for (let c = this.firstChild[0]; c !== EMPTY; c = this.sibling[c]) queue.push(c);
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q];
      for (let to = this.firstChild[state]; to !== EMPTY; to = this.sibling[to]) {
        const code = this.edge[to];
        let f = this.fail[state];
        while (f !== 0 && this.get(f, code) === EMPTY) f = this.fail[f];
        const target = this.child(f, code);
        const fail = target > 0 && target !== to ? target : 0;
        this.fail[to] = fail;
        this.dict[to] = this.first[fail] !== EMPTY ? fail : this.dict[fail];
        queue.push(to);
      }
      if (q % 1024 === 1023) yield;
    }
  }

  /** Every occurrence of every pattern in `text`, in order of end position. */
  search(text: string): Hit[] {
    const hits: Hit[] = [];
    const { root, fail, first, dict, nextSame, lengths } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let s = state;
      let t = EMPTY;
      while (s !== 0) {
        t = this.get(s, code);
        if (t !== EMPTY) break;
        s = fail[s];
      }
      state = s !== 0 ? t : root[code];
      if (state === 0) continue;
      for (let o = first[state] !== EMPTY ? state : dict[state]; o !== 0; o = dict[o]) {
        for (let p = first[o]; p !== EMPTY; p = nextSame[p]) hits.push({ pattern: p, start: i + 1 - lengths[p], end: i + 1 });
      }
    }
    return hits;
  }
}
