/** macrotask (lib/worker/macrotask.ts): a step boundary that resolves, in the order asked, with a timer's callback let in between. */
import { describe, expect, it } from 'vitest';
import { macrotask } from '../../../lib/worker/macrotask';

describe('macrotask', () => {
  it('resolves each wait in the order asked', async () => {
    const seen: number[] = [];
    await Promise.all([1, 2, 3].map((n) => macrotask().then(() => seen.push(n))));
    expect(seen).toEqual([1, 2, 3]);
  });

  it('is not a microtask: work queued as a task before a long loop of waits gets to run during it', async () => {
    let ran = false;
    setTimeout(() => {
      ran = true;
    }, 0);
    const start = Date.now();
    while (!ran && Date.now() - start < 1000) await macrotask();
    expect(ran).toBe(true);
  });
});
