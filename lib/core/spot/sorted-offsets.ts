/**
 * Sorted lists of text offsets (where blocks end, where the context starts afresh): found by binary
 * search, as a page may have tens of thousands of them and each slice or match asks.
 */

/** The index of the first offset of `sorted` at or after `at` (its length if none is). */
export function firstAtLeast(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The offsets of `sorted` in [from, to), relative to `from` (a slice of the page's text). */
export function offsetsWithin(sorted: readonly number[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = firstAtLeast(sorted, from); i < sorted.length && sorted[i] < to; i++) out.push(sorted[i] - from);
  return out;
}
