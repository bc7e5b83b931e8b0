/**
 * Long corpus work in progress (the bundled pack loading, a subscription updating, a pack being
 * imported), kept in the worker's memory so `status` can say how far each one is without touching
 * the database a load is writing to. A task that ends, well or not, is forgotten.
 */
export interface LoadProgress {
  /** What is being done, for the reader ("Updating “Harbour Newsroom”"). */
  task: string;
  /** Units done and in all (rows, parts, bytes: whatever the task counts); total 0 while unknown. */
  done: number;
  total: number;
  startedAt: number;
}

export interface LoadTask {
  /** Records how far the task is; `total` may be given once it is known. */
  step(done: number, total?: number): void;
  end(): void;
}

export interface LoadProgressBoard {
  begin(task: string, total?: number): LoadTask;
  /** The tasks running now, oldest first (copies: the caller may keep them). */
  current(): LoadProgress[];
}

export function createLoadProgress(now: () => number = Date.now): LoadProgressBoard {
  const running = new Set<LoadProgress>();
  return {
    begin(task, total = 0) {
      const entry: LoadProgress = { task, done: 0, total, startedAt: now() };
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
