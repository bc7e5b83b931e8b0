/**
 * Aho–Corasick automaton: finds every occurrence of many patterns in one pass, so the cost of
 * scanning grows with the text, not with the number of aliases.
 */

export interface Hit {
  pattern: number;
  start: number;
  end: number;
}

export class Automaton {
  private readonly next: Map<string, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending at a state, including those reached through failure links. */
  private readonly out: number[][] = [[]];
  private readonly lengths: number[] = [];

  constructor(patterns: readonly string[]) {
    patterns.forEach((p, id) => this.add(p, id));
    this.link();
  }

  private add(pattern: string, id: number): void {
    let state = 0;
    for (const ch of pattern) {
      let to = this.next[state].get(ch);
      if (to === undefined) {
        to = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.next[state].set(ch, to);
      }
      state = to;
    }
    this.out[state].push(id);
    this.lengths[id] = pattern.length;
  }

  private link(): void {
    const queue: number[] = [];
    for (const to of this.next[0].values()) queue.push(to);
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q];
      for (const [ch, to] of this.next[state]) {
        let f = this.fail[state];
        while (f !== 0 && !this.next[f].has(ch)) f = this.fail[f];
        const target = this.next[f].get(ch);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        this.out[to] = this.out[to].concat(this.out[this.fail[to]]);
        queue.push(to);
      }
    }
  }

  /** Every occurrence of every pattern in `text`, in order of end position. */
  search(text: string): Hit[] {
    const hits: Hit[] = [];
    let state = 0;
    let i = 0;
    for (const ch of text) {
      while (state !== 0 && !this.next[state].has(ch)) state = this.fail[state];
      state = this.next[state].get(ch) ?? 0;
      i += ch.length;
      for (const pattern of this.out[state]) {
        hits.push({ pattern, start: i - this.lengths[pattern], end: i });
      }
    }
    return hits;
  }
}
