/**
 * Near-miss spellings of capitalised names the gazetteer does not list ("Zelenskyj", "Peskow"):
 * a strict Fuse.js fallback over single-word names of people and organisations. Never applied to
 * lowercase words, short words, or text already matched exactly.
 */
import Fuse from 'fuse.js';
import type { Gazetteer } from './gazetteer';
import type { Mention } from './mentions';

interface Candidate {
  alias: string;
  entry: number;
}

const fuses = new WeakMap<Gazetteer, Fuse<Candidate>>();

function fuseFor(g: Gazetteer): Fuse<Candidate> {
  let fuse = fuses.get(g);
  if (!fuse) {
    const list = g.patterns
      .filter((p) => !p.blocks && !p.exactCase && !p.afterFullName && /^\p{Lu}\p{Ll}{4,}$/u.test(p.alias))
      .filter((p) => ['person', 'organization', 'group'].includes(g.entries[p.entry].type))
      .map((p) => ({ alias: p.alias, entry: p.entry }));
    fuse = new Fuse(list, { keys: ['alias'], includeScore: true, threshold: 0.25, ignoreLocation: true, isCaseSensitive: false });
    fuses.set(g, fuse);
  }
  return fuse;
}

const WORD = /\p{Lu}\p{Ll}{4,}/gu;

export function findNearMisses(g: Gazetteer, text: string, exact: Mention[]): Mention[] {
  const taken = (s: number, e: number) => exact.some((m) => s < m.end && e > m.start);
  const fuse = fuseFor(g);
  const verdicts = new Map<string, Candidate | null>();
  const out: Mention[] = [];
  for (const w of text.matchAll(WORD)) {
    const start = w.index!;
    const end = start + w[0].length;
    if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '') || taken(start, end)) continue;
    let verdict = verdicts.get(w[0]);
    if (verdict === undefined) {
      const best = fuse.search(w[0], { limit: 1 })[0];
      const ok = best && best.score! <= 0.25 && best.item.alias[0] === w[0][0] && Math.abs(best.item.alias.length - w[0].length) <= 2 && best.item.alias.toLowerCase() !== w[0].toLowerCase();
      verdict = ok ? best.item : null;
      verdicts.set(w[0], verdict);
    }
    if (verdict) out.push({ entityId: g.entries[verdict.entry].id, alias: verdict.alias, text: w[0], start, end });
  }
  return out;
}
