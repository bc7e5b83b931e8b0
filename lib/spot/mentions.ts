/**
 * findMentions: the known entities named in a text, as exact offsets into that text.
 * Word boundaries, longest match wins, and the entity rules (exact case, surname only after
 * the full name, look-alike phrases) are applied here, once, for every caller.
 */
import type { Gazetteer, Pattern } from './gazetteer';
import { fold, isWordChar } from './normalise';

export interface Mention {
  entityId: string;
  /** The alias that matched, as listed in the gazetteer. */
  alias: string;
  /** The text as it stands in the source, and its offsets there. */
  text: string;
  start: number;
  end: number;
}

const lettersOf = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

function caseHolds(p: Pattern, original: string): boolean {
  return !p.exactCase || lettersOf(original) === lettersOf(p.alias);
}

export function findMentions(g: Gazetteer, source: string): Mention[] {
  const { text, starts, ends } = fold(source);
  const candidates = g.automaton
    .search(text)
    .filter((h) => !isWordChar(text[h.start - 1]) && !isWordChar(text[h.end]))
    .map((h) => ({ ...h, p: g.patterns[h.pattern], from: starts[h.start], to: ends[h.end - 1] }))
    .filter((c) => caseHolds(c.p, source.slice(c.from, c.to)))
    .sort((a, b) => a.start - b.start || b.end - a.end || Number(b.p.blocks) - Number(a.p.blocks));

  const mentions: Mention[] = [];
  const seen = new Set<number>();
  let reached = 0;
  for (const c of candidates) {
    if (c.start < reached) continue;
    if (c.p.afterFullName && !seen.has(c.p.entry)) continue;
    reached = c.end;
    if (c.p.blocks) continue;
    seen.add(c.p.entry);
    mentions.push({
      entityId: g.entries[c.p.entry].id,
      alias: c.p.alias,
      text: source.slice(c.from, c.to),
      start: c.from,
      end: c.to,
    });
  }
  return mentions;
}
