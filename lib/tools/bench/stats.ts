/** Small statistics for the benchmark: medians and percentiles of repeated timings. */

/** The p-th percentile (0–100) by the nearest-rank method; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/**
 * The mean of the samples left once the lowest and the highest `trim` share of them (0–0.5, a count
 * rounded down; the middle sample always stays) are set aside; NaN for no samples. For times that fall in two groups (a page's own first frame before or after
 * the content script starts), where a median jumps from one group to the other with the mix.
 */
export function trimmedMean(samples: readonly number[], trim: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const share = Math.min(0.5, Math.max(0, trim));
  const cut = Math.min(Math.floor(sorted.length * share), Math.floor((sorted.length - 1) / 2));
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.length === 0 ? NaN : kept.reduce((a, b) => a + b, 0) / kept.length;
}
