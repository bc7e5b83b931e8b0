/**
 * Work done in steps: a generator that yields between units of work and returns a result. Run to
 * the end at once with `drain` (the CLI, extraction, tests), or spread over several tasks by the
 * content script (lib/content/slices.ts), so that a long page or a large gazetteer never blocks it.
 */
export type Steps<T> = Generator<void, T>;

export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
