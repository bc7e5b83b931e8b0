/**
 * Long corpus work in progress (the bundled pack loading, a subscription updating, a pack being
 * imported), kept in the worker's memory so `status` can say how far each one is without touching
 * the database a load is writing to. A task that ends, well or not, is forgotten.
 */
import type { LoadProgress } from '../core/corpus/load-progress';

export interface LoadTask {
  /** Records how far the task is; `total` may be given once it is known (0: unknown again). */
  step(done: number, total?: number): void;
  end(): void;
}

export interface LoadProgressBoard {
  /** Starts a task; `key` says which work it is ('bundled', 'import', `sub:<id>`), `total` its units if known. */
  begin(task: string, options?: { key?: string; total?: number }): LoadTask;
  /** The tasks running now, oldest first (copies: the caller may keep them). */
  current(): LoadProgress[];
}

export function createLoadProgress(now: () => number = Date.now): LoadProgressBoard {
  const running = new Set<LoadProgress>();
  return {
    begin(task, { key, total = 0 } = {}) {
      const entry: LoadProgress = { task, ...(key === undefined ? {} : { key }), done: 0, total, startedAt: now() };
      running.add(entry);
      return {
        step(done, newTotal) {
          entry.done = done;
          if (newTotal !== undefined) entry.total = newTotal;
        },
        end: () => void running.delete(entry),
      };
    },
    current: () => [...running].map((e) => ({ ...e })),
  };
}

/** Runs `work` as a task on `board`, ended however the work ends. */
export async function asTask<T>(board: LoadProgressBoard, task: string, key: string, work: (task: LoadTask) => Promise<T>): Promise<T> {
  const running = board.begin(task, { key });
  try {
    return await work(running);
  } finally {
    running.end();
  }
}
