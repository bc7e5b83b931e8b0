/** pollWhile (lib/pages/poll.ts): asks at once, again every interval while the answer says more, and never after it is stopped. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pollWhile } from '../../../lib/pages/poll';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('pollWhile', () => {
  it('asks at once, then every interval while there is more, and stops at the first answer with none', async () => {
    const answers = [3, 2, 1, 0, 5];
    const ask = vi.fn(async () => answers.shift()!);
    const seen: number[] = [];
    pollWhile(
      ask,
      (n) => seen.push(n),
      (n) => n > 0,
      500,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([3]);
    await vi.advanceTimersByTimeAsync(499);
    expect(seen).toEqual([3]);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual([3, 2]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(seen).toEqual([3, 2, 1, 0]);
    expect(ask).toHaveBeenCalledTimes(4);
  });

  it('once stopped, neither asks again nor hands on an answer already on its way', async () => {
    let answer: (n: number) => void = () => {};
    const ask = vi.fn(() => new Promise<number>((done) => (answer = done)));
    const seen: number[] = [];
    const stop = pollWhile(
      ask,
      (n) => seen.push(n),
      () => true,
      500,
    );
    answer(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(seen).toEqual([1]);
    stop();
    answer(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(seen).toEqual([1]);
    expect(ask).toHaveBeenCalledTimes(2);
  });
});
