/** The benchmark's small statistics (lib/tools/bench/stats.ts), by their contracts. */
import { describe, expect, it } from 'vitest';
import { median, percentile, trimmedMean } from '../../../lib/tools/bench/stats';

describe('bench statistics', () => {
  it('percentile and median by nearest rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 95)).toBe(5);
    expect(median([5, 1, 4, 2, 3])).toBe(3);
    expect(median([])).toBeNaN();
  });

  it('a trimmed mean sets aside the lowest and highest share, whatever the order', () => {
    // 10 samples, 20%: the two lowest (1, 2) and the two highest (90, 100) go; (3+4+5+6+7+8) / 6.
    expect(trimmedMean([100, 3, 8, 1, 5, 90, 4, 7, 2, 6], 0.2)).toBe(5.5);
    // 11 samples, 20%: two from each end.
    expect(trimmedMean([20, 21, 22, 25, 29, 30, 30, 38, 40, 46, 61], 0.2)).toBeCloseTo(214 / 7, 10);
    expect(trimmedMean([7], 0.2)).toBe(7);
    expect(trimmedMean([4, 8], 0.5)).toBe(6);
    expect(trimmedMean([], 0.2)).toBeNaN();
  });
});
