/**
 * A card's share of a coverage: at most `budget` claims, so a card stays quick to make, send and
 * draw at a million claims (an entity named in thousands of them). Each outlet of each question gets
 * one claim in turn, in the card's order, until the budget is spent; what an outlet was not given is
 * counted (`more`), and the full comparison (the event page) has it all. The share is chosen before
 * anything is computed from the claims (their articles, where accounts differ). Pure.
 */

/** Claims a card is sent: well above any seed card (their largest holds about 60). */
export const CARD_CLAIMS = 200;

interface Grouped<T> {
  outlets: { claims: T[] }[];
}

/** For each question and outlet, the claims kept (in order) and how many were left out. */
export function trimGroups<T>(groups: Grouped<T>[], budget: number): { claims: T[]; more: number }[][] {
  const all = groups.flatMap((g) => g.outlets);
  const given = new Map(all.map((o) => [o, 0]));
  // Rounds of one claim each; every round gives at least one while any is left, so this ends.
  for (
    let left = Math.min(
      budget,
      all.reduce((n, o) => n + o.claims.length, 0),
    );
    left > 0;
  ) {
    for (const o of all) {
      if (left === 0) break;
      if (given.get(o)! < o.claims.length) {
        given.set(o, given.get(o)! + 1);
        left--;
      }
    }
  }
  return groups.map((g) => g.outlets.map((o) => ({ claims: o.claims.slice(0, given.get(o)), more: o.claims.length - given.get(o)! })));
}
