/** How a task's progress is said in percent (lib/core/corpus/load-progress.ts). */
import { describe, expect, it } from 'vitest';
import { percentDone, stillLoading, subscriptionTaskKey } from '../../../../lib/core/corpus/load-progress';

describe('percentDone', () => {
  it('rounds down, so 100 means all is done; a total of 0 is unknown', () => {
    expect(percentDone({ done: 0, total: 200 })).toBe(0);
    expect(percentDone({ done: 1, total: 200 })).toBe(0);
    expect(percentDone({ done: 85, total: 200 })).toBe(42);
    expect(percentDone({ done: 199, total: 200 })).toBe(99);
    expect(percentDone({ done: 200, total: 200 })).toBe(100);
    expect(percentDone({ done: 5, total: 0 })).toBeNull();
  });

  it('stays within 0 and 100 when the counts do not', () => {
    expect(percentDone({ done: 300, total: 200 })).toBe(100);
    expect(percentDone({ done: -1, total: 200 })).toBe(0);
  });

  it('names a subscription’s task by its id', () => {
    expect(subscriptionTaskKey('s1')).toBe('sub:s1');
  });
});

describe('stillLoading', () => {
  const task = { task: 'Loading the bundled corpus', key: 'bundled', done: 1, total: 2, startedAt: 0 };
  it('is true while a task runs or the bundled pack is not in yet, false once all is settled', () => {
    expect(stillLoading({ pack: null, loadError: null, loading: [] })).toBe(true);
    expect(stillLoading({ pack: {}, loadError: null, loading: [task] })).toBe(true);
    expect(stillLoading({ pack: {}, loadError: null, loading: [] })).toBe(false);
    expect(stillLoading({ pack: null, loadError: 'disk full', loading: [] })).toBe(false);
  });
});
