/** CoverageWarmer (lib/content/coverage-warmer.ts): batches of a page's entities, each sent once until reset. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoverageWarmer } from '../../../lib/content/coverage-warmer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('CoverageWarmer', () => {
  it('sends the entities found a moment later, each once, in batches', () => {
    const send = vi.fn();
    const w = new CoverageWarmer(send, 300, 2);
    w.found(['a', 'b', 'a']);
    w.found(['c']);
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(send.mock.calls).toEqual([[['a', 'b']]]);
    vi.advanceTimersByTime(300);
    expect(send.mock.calls).toEqual([[['a', 'b']], [['c']]]);
    w.found(['a', 'c']);
    vi.advanceTimersByTime(1000);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('sends them again after a reset, and nothing after stop', () => {
    const send = vi.fn();
    const w = new CoverageWarmer(send);
    w.found(['a']);
    vi.advanceTimersByTime(300);
    w.reset();
    w.found(['a']);
    vi.advanceTimersByTime(300);
    expect(send.mock.calls).toEqual([[['a']], [['a']]]);
    w.found(['b']);
    w.stop();
    vi.advanceTimersByTime(1000);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
