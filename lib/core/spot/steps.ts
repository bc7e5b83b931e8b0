/**
 * Work done in steps: a generator that yields between units of work and returns a result. Run to
 * the end at once with `drain` (the CLI, extraction, tests), or spread over several tasks with
 * `runBudgeted` (the content script, lib/content/slices.ts; the background's gazetteer), so that a
 * long page or a large gazetteer never blocks either.
 */
export type Steps<T> = Generator<void, T>;

export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs `steps` to the end, calling `pause()` whenever `budgetMs` of work has run since the last one
 * (where the caller lets other work in); resolves undefined as soon as a pause answers false.
 */
export async function runBudgeted<T>(steps: Steps<T>, budgetMs: number, pause: () => Promise<boolean>): Promise<T | undefined> {
  let since = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - since >= budgetMs) {
      if (!(await pause())) return undefined;
      since = performance.now();
    }
  }
}
