/**
 * The board of long corpus tasks (lib/worker/load-progress.ts): a task is listed from begin to end
 * with its key and how far it is, oldest first; what `current()` hands out are copies; a task run
 * with asTask is ended whether its work succeeds or throws.
 */
import { describe, expect, it } from 'vitest';
import { asTask, createLoadProgress } from '../../../lib/worker/load-progress';

describe('the progress board', () => {
  it('lists each task from begin to end, with its key, units done and total', () => {
    let t = 1000;
    const board = createLoadProgress(() => t++);
    expect(board.current()).toEqual([]);
    const bundled = board.begin('Loading the bundled corpus', { key: 'bundled', total: 40 });
    const sub = board.begin('Updating “Harbour Newsroom”', { key: 'sub:s1' });
    expect(board.current()).toEqual([
      { task: 'Loading the bundled corpus', key: 'bundled', done: 0, total: 40, startedAt: 1000 },
      { task: 'Updating “Harbour Newsroom”', key: 'sub:s1', done: 0, total: 0, startedAt: 1001 },
    ]);
    bundled.step(25);
    sub.step(512, 2048);
    expect(board.current().map(({ done, total }) => [done, total])).toEqual([
      [25, 40],
      [512, 2048],
    ]);
    sub.step(600, 0);
    expect(board.current()[1]).toMatchObject({ done: 600, total: 0 });
    bundled.end();
    expect(board.current().map((p) => p.key)).toEqual(['sub:s1']);
    sub.end();
    sub.end();
    expect(board.current()).toEqual([]);
  });

  it('a task begun without a key has none; two tasks of the same name are two entries', () => {
    const board = createLoadProgress(() => 0);
    board.begin('Importing a claim pack');
    board.begin('Importing a claim pack');
    expect(board.current()).toEqual([
      { task: 'Importing a claim pack', done: 0, total: 0, startedAt: 0 },
      { task: 'Importing a claim pack', done: 0, total: 0, startedAt: 0 },
    ]);
  });

  it('hands out copies: changing one changes neither the board nor a later answer', () => {
    const board = createLoadProgress(() => 0);
    const task = board.begin('Loading the bundled corpus', { key: 'bundled', total: 10 });
    const seen = board.current();
    seen[0].done = 99;
    seen.pop();
    expect(board.current()).toEqual([{ task: 'Loading the bundled corpus', key: 'bundled', done: 0, total: 10, startedAt: 0 }]);
    task.step(3);
    expect(seen).toEqual([]);
    expect(board.current()[0].done).toBe(3);
  });

  it('asTask lists the task while its work runs and ends it when the work returns or throws', async () => {
    const board = createLoadProgress(() => 0);
    let during: string[] = [];
    expect(
      await asTask(board, 'Importing a claim pack', 'import', async (task) => {
        task.step(1, 2);
        during = board.current().map((p) => `${p.key} ${p.done}/${p.total}`);
        return 'imported';
      }),
    ).toBe('imported');
    expect(during).toEqual(['import 1/2']);
    expect(board.current()).toEqual([]);
    await expect(
      asTask(board, 'Importing a claim pack', 'import', async () => {
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(board.current()).toEqual([]);
  });
});
