/**
 * The card in steps: the claims its first screen holds are rendered at once, the rest a batch per
 * frame after the first paint, in card order (appended, so reading and Tab order never change). A
 * reader sees the card as soon as its top is ready; `aria-busy` says when it is still growing.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FacetCoverage } from '../../lib/core/coverage/types';

/** Claims rendered before the first paint: a little more than a full card's first screen. */
export const FIRST_CLAIMS = 9;
/** Claims added per frame after that. */
export const STEP_CLAIMS = 40;

/** Claims an outlet shows before the reader asks for more. */
export const CLAIMS_SHOWN = 3;

/** The claims an outlet shows when the card opens. */
const shownOf = (claims: readonly unknown[]) => Math.min(CLAIMS_SHOWN, claims.length);

/** Claims the whole card shows when it opens. */
export function claimsShown(facets: readonly FacetCoverage[]): number {
  let n = 0;
  for (const g of facets) for (const o of g.outlets) n += shownOf(o.claims);
  return n;
}

/**
 * How many outlets of each facet, in card order, are rendered within `budget` claims: an outlet is
 * included while fewer than `budget` claims come before it, so the first one always is.
 */
export function outletsWithin(facets: readonly FacetCoverage[], budget: number): number[] {
  let used = 0;
  return facets.map((g) => {
    let n = 0;
    while (n < g.outlets.length && used < budget) used += shownOf(g.outlets[n++].claims);
    return n;
  });
}

/**
 * The claim budget of the card showing `key` (its coverage): FIRST_CLAIMS when `key` is new, then
 * STEP_CLAIMS more after each paint until `total` is reached.
 */
export function useRevealed(key: unknown, total: number): number {
  const [state, setState] = useState({ key, budget: FIRST_CLAIMS });
  const budget = state.key === key ? state.budget : FIRST_CLAIMS;
  // Effects run after the browser has painted: each step is its own frame.
  useEffect(() => {
    if (budget < total) setState({ key, budget: budget + STEP_CLAIMS });
  }, [key, budget, total]);
  return budget;
}
