/**
 * The conflict rule (docs/subscriptions.md) for names: a source's names never take text from the
 * names of a source read before it. Ids already give way (sources/merged.ts), but the spotter is one
 * automaton for every source, where the longest name wins a stretch of text and a look-alike phrase
 * (rules.notWithin) blocks every name under it: a subscription's entity of its own could list every
 * known alias under notWithin and no known name was painted on any page, or have "spokesman John
 * Kirby" as an alias and its card open in John Kirby's place (found by the session-21 attack suite).
 *
 * So an alias or a notWithin phrase of a later source is dropped when, on a page, it would cover an
 * earlier source's alias or start before one and run into it: the earlier alias whole within it, or a
 * stretch ending it that begins an earlier alias. Its other names stay. The cost: a subscription's
 * event named after a known place ("Belgorod shelling") is spotted only by its other names. Pure.
 */
import type { GazetteerEntry } from './gazetteer';
import { foldPhrase, isWordAt } from './normalise';

/** Where a name may start in folded text `f`, and where one may end (as findMentions bounds a match). */
function bounds(f: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i <= f.length; i++) {
    if (i < f.length && isWordAt(f, i) && !isWordAt(f, i - 1, i)) starts.push(i);
    if (i > 0 && isWordAt(f, i - 1) && !isWordAt(f, i, i - 1)) ends.push(i);
  }
  return { starts, ends };
}

/** The folded names of earlier sources: whole, and every start of one that ends where a word does. */
class Earlier {
  private readonly whole = new Set<string>();
  private readonly openings = new Set<string>();
  private longest = 0;

  add(entries: readonly GazetteerEntry[]): void {
    for (const e of entries)
      for (const alias of e.aliases) {
        const f = foldPhrase(alias);
        if (f === '') continue;
        this.whole.add(f);
        this.longest = Math.max(this.longest, f.length);
        for (const end of bounds(f).ends) if (end < f.length) this.openings.add(f.slice(0, end));
      }
  }

  /** Whether `phrase`, found on a page, would cover an earlier name or start before one and run into it. */
  isCrossedBy(phrase: string): boolean {
    const f = foldPhrase(phrase);
    const { starts, ends } = bounds(f);
    for (const i of starts) {
      for (const j of ends) if (j > i && j - i <= this.longest && this.whole.has(f.slice(i, j))) return true;
      if (i > 0 && f.length - i <= this.longest && this.openings.has(f.slice(i))) return true;
    }
    return false;
  }
}

/**
 * The entries of `layers` (earliest first: the reader's and the bundled names, then each
 * subscription's in the order they win ids), each later layer's aliases and notWithin phrases
 * without those that would take an earlier layer's names; an entry left with no alias is not spotted.
 */
export function namesByLayer(layers: readonly (readonly GazetteerEntry[])[]): GazetteerEntry[] {
  // With no subscription there is nothing to give way to: the names are read as they are.
  if (layers.length <= 1) return [...(layers[0] ?? [])];
  const earlier = new Earlier();
  earlier.add(layers[0]);
  const out: GazetteerEntry[] = [...layers[0]];
  for (const layer of layers.slice(1)) {
    const kept = layer.flatMap((e): GazetteerEntry[] => {
      const aliases = e.aliases.filter((a) => !earlier.isCrossedBy(a));
      if (aliases.length === 0) return [];
      const notWithin = e.rules?.notWithin?.filter((p) => !earlier.isCrossedBy(p));
      return [{ ...e, aliases, ...(e.rules ? { rules: { ...e.rules, ...(notWithin ? { notWithin } : {}) } } : {}) }];
    });
    earlier.add(kept);
    out.push(...kept);
  }
  return out;
}
