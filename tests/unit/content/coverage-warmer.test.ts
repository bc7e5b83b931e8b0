/**
 * CoverageWarmer (lib/content/coverage-warmer.ts): nothing before the page's first scan is painted;
 * then each entity once, in the order found: the first few brought to the page one at a time, the
 * rest prepared in the background in batches; again after a reset, nothing after stop.
 */
import { describe, expect, it } from 'vitest';
import { CoverageWarmer } from '../../../lib/content/coverage-warmer';

/** A promise and the function that settles it. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** Sinks that record what they were given; each prefetch waits until `answer()` settles it. */
function recorder() {
  const painted = gate();
  const log: string[] = [];
  const pending: (() => void)[] = [];
  return {
    log,
    paint: painted.open,
    /** Settles the oldest prefetch still waiting. */
    answer: () => pending.shift()?.(),
    sinks: {
      settled: () => painted.opened,
      prefetch: (id: string) => {
        log.push(`prefetch ${id}`);
        return new Promise<void>((resolve) => pending.push(resolve));
      },
      warm: (ids: string[]) => void log.push(`warm ${ids.join(',')}`),
    },
  };
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CoverageWarmer', () => {
  it('waits for the first scan to be painted, then prefetches one entity at a time in the order found', async () => {
    const r = recorder();
    const w = new CoverageWarmer(r.sinks, 2, 2);
    w.found(['a', 'b', 'a']);
    w.found(['c', 'd', 'e']);
    await turn();
    expect(r.log).toEqual([]);
    r.paint();
    await turn();
    expect(r.log).toEqual(['prefetch a']);
    r.answer();
    await turn();
    expect(r.log).toEqual(['prefetch a', 'prefetch b']);
    r.answer();
    await turn();
    expect(r.log).toEqual(['prefetch a', 'prefetch b', 'warm c,d', 'warm e']);
    w.found(['a', 'e', 'f']);
    await turn();
    expect(r.log.at(-1)).toBe('warm f');
  });

  it('goes on when a prefetch fails', async () => {
    const painted = gate();
    const log: string[] = [];
    const w = new CoverageWarmer({
      settled: () => painted.opened,
      prefetch: async (id) => {
        log.push(id);
        throw new Error('no answer');
      },
      warm: () => undefined,
    });
    w.found(['a', 'b']);
    painted.open();
    await turn();
    expect(log).toEqual(['a', 'b']);
  });

  it('prepares everything again after a reset, and nothing found before stop', async () => {
    const r = recorder();
    const w = new CoverageWarmer(r.sinks, 1);
    r.paint();
    w.found(['a']);
    await turn();
    r.answer();
    await turn();
    w.reset();
    w.found(['a', 'b']);
    await turn();
    expect(r.log).toEqual(['prefetch a', 'prefetch a']);
    r.answer();
    await turn();
    expect(r.log).toEqual(['prefetch a', 'prefetch a', 'warm b']);
    w.found(['c']);
    w.stop();
    await turn();
    expect(r.log).toEqual(['prefetch a', 'prefetch a', 'warm b']);
  });
});
