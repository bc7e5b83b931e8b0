/**
 * What a card is sent of a coverage: at most `budget` claims, so a card stays quick to send and
 * draw at a million claims (an entity named in thousands of them). Every claim a disagreement cites
 * is kept (the reader can check it); then each outlet of each question gets one more claim in turn,
 * in the card's order, until the budget is spent. An outlet keeps its place with what was left out
 * counted (`more`): the full comparison (the event page) has them all. Pure.
 */
import type { Coverage, OutletCoverage } from './types';

/** Claims sent to a card: well above any seed card (their largest holds about 60). */
export const CARD_CLAIMS = 200;

export function trimCoverage(coverage: Coverage, budget = CARD_CLAIMS): Coverage {
  const all = coverage.facets.flatMap((f) => f.outlets);
  if (all.reduce((n, o) => n + o.claims.length, 0) <= budget) return coverage;
  const keep = new Map<OutletCoverage, Set<string>>();
  let left = budget;
  for (const f of coverage.facets) {
    const cited = new Set(f.disagreements.flatMap((d) => d.claimIds));
    for (const o of f.outlets) {
      const kept = new Set(o.claims.filter((c) => cited.has(c.id)).map((c) => c.id));
      keep.set(o, kept);
      left -= kept.size;
    }
  }
  // One claim per outlet per question in turn, the card's order kept, until the budget is spent.
  for (let round = 0, added = true; left > 0 && added; round++) {
    added = false;
    for (const o of all) {
      if (left <= 0) break;
      const next = o.claims.filter((c) => !keep.get(o)!.has(c.id))[0];
      if (!next) continue;
      keep.get(o)!.add(next.id);
      left--;
      added = true;
    }
  }
  return {
    ...coverage,
    facets: coverage.facets.map((f) => ({
      ...f,
      outlets: f.outlets.map((o) => {
        const kept = keep.get(o)!;
        if (kept.size === o.claims.length) return o;
        return { ...o, claims: o.claims.filter((c) => kept.has(c.id)), more: o.claims.length - kept.size };
      }),
    })),
  };
}
