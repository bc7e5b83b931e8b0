/**
 * Aho–Corasick automaton: finds every occurrence of many patterns in one pass, so the cost of
 * scanning grows with the text, not with the number of aliases.
 *
 * Compact by design (a gazetteer may hold 50,000 aliases, compiled in the background once per change
 * of names): transitions on UTF-16 code units live in one open-addressing hash table of typed arrays
 * (the root's in a direct table), and each state keeps a dictionary link to the nearest suffix
 * state where a pattern ends, instead of a list of its outputs.
 */
import { type AutomatonTables, EMPTY, tablesAreWhole } from './automaton-tables';

export interface Hit {
  pattern: number;
  start: number;
  end: number;
}

/**
 * A free slot of the transition table. No transition comes from the root (state 0) through the
 * table, so 0 can mark a free slot, and a new table is free as allocated: filling a table of
 * millions of slots with another value held the background for tens of ms in one step.
 */
const FREE = 0;
const NONE: Int32Array = new Int32Array(0);

/** What only building needs, per state and per pattern; dropped once the automaton is built. */
interface Building {
  fail: number[];
  dict: number[];
  first: number[];
  last: number[];
  firstChild: number[];
  sibling: number[];
  edge: number[];
  lengths: number[];
  nextSame: number[];
}

export class Automaton {
  /** The root's transitions, by code unit (0: stay at the root). */
  private root: Int32Array = new Int32Array(65536);
  /** Every other transition: slots of [state, code, target] (state FREE: free), linear probing. */
  private table: Int32Array;
  private bits = 10;
  private used = 0;
  // Per state, once built: failure link, nearest proper suffix state (by failure links) where a
  // pattern ends (0 for none), first pattern ending exactly there (EMPTY, or more in `nextSame`).
  private fail = NONE;
  private dict = NONE;
  private first = NONE;
  // Per pattern.
  private lengths = NONE;
  private nextSame = NONE;

  constructor(patterns: readonly string[] = []) {
    this.table = new Int32Array(3 << this.bits);
    for (const _ of this.build(patterns));
  }

  /** An automaton built before, from its tables (Automaton.tables); throws if they are not whole (./automaton-tables.ts). */
  static fromTables(t: AutomatonTables): Automaton {
    if (!tablesAreWhole(t)) throw new Error('The stored automaton is not whole.');
    const table = new Int32Array(3 << t.bits);
    const { slots, transitions } = t;
    for (let i = 0; i < slots.length; i++) {
      const at = 3 * slots[i];
      table[at] = transitions[3 * i];
      table[at + 1] = transitions[3 * i + 1];
      table[at + 2] = transitions[3 * i + 2];
    }
    const a = new Automaton();
    a.bits = t.bits;
    a.used = t.slots.length;
    a.table = table;
    a.root = t.root;
    a.fail = t.fail;
    a.dict = t.dict;
    a.first = t.first;
    a.nextSame = t.nextSame;
    a.lengths = t.lengths;
    return a;
  }

  /** The built automaton's tables (its per-state and per-pattern arrays shared, not copied: neither side changes them). */
  tables(): AutomatonTables {
    const slots = new Int32Array(this.used);
    const transitions = new Int32Array(3 * this.used);
    let n = 0;
    for (let h = 0; h < this.table.length; h += 3) {
      if (this.table[h] === FREE) continue;
      slots[n] = h / 3;
      transitions.set(this.table.subarray(h, h + 3), 3 * n);
      n++;
    }
    const { bits, root, fail, dict, first, nextSame, lengths } = this;
    return { bits, root, slots, transitions, fail, dict, first, nextSame, lengths };
  }

  /**
   * Builds the automaton for `patterns` (into an empty one) in steps, pausing every few hundred
   * units of work so that a caller can let other work run between them (the background compiles in
   * steps: lib/worker/spot-matcher.ts).
   */
  *build(patterns: readonly string[]): Generator<void> {
    const b: Building = {
      fail: [0],
      dict: [0],
      first: [EMPTY],
      last: [EMPTY],
      firstChild: [EMPTY],
      sibling: [EMPTY],
      edge: [0],
      lengths: [],
      nextSame: [],
    };
    // Room for every transition the patterns could need, so the table never grows (a rehash of a
    // large table would be one long step).
    let total = 0;
    for (const p of patterns) total += p.length;
    while (1 << this.bits < 2 * total) this.bits++;
    if (this.table.length !== 3 << this.bits) this.table = new Int32Array(3 << this.bits);
    yield;
    for (let id = 0; id < patterns.length; id++) {
      this.add(b, patterns[id], id);
      if (id % 256 === 255) yield;
    }
    yield* this.link(b);
    // Search reads typed arrays: smaller than arrays of numbers, and what is stored between starts.
    this.fail = Int32Array.from(b.fail);
    this.dict = Int32Array.from(b.dict);
    this.first = Int32Array.from(b.first);
    this.lengths = Int32Array.from(b.lengths);
    this.nextSame = Int32Array.from(b.nextSame);
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

  private add(b: Building, pattern: string, id: number): void {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let to = this.child(state, code);
      if (to <= 0) {
        to = b.fail.length;
        b.fail.push(0);
        b.dict.push(0);
        b.first.push(EMPTY);
        b.last.push(EMPTY);
        b.firstChild.push(EMPTY);
        b.sibling.push(b.firstChild[state]);
        b.edge.push(code);
        b.firstChild[state] = to;
        this.put(state, code, to);
      }
      state = to;
    }
    b.lengths[id] = pattern.length;
    b.nextSame[id] = EMPTY;
    if (b.first[state] === EMPTY) b.first[state] = id;
    else b.nextSame[b.last[state]] = id;
    b.last[state] = id;
  }

  private *link(b: Building): Generator<void> {
    const queue: number[] = [];
    for (let c = b.firstChild[0]; c !== EMPTY; c = b.sibling[c]) queue.push(c);
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q];
      for (let to = b.firstChild[state]; to !== EMPTY; to = b.sibling[to]) {
        const code = b.edge[to];
        let f = b.fail[state];
        while (f !== 0 && this.get(f, code) === EMPTY) f = b.fail[f];
        const target = this.child(f, code);
        const fail = target > 0 && target !== to ? target : 0;
        b.fail[to] = fail;
        b.dict[to] = b.first[fail] !== EMPTY ? fail : b.dict[fail];
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
