/**
 * A step that may never answer, bounded: for the end-to-end harness and the tools that drive a
 * browser, where one devtools command or evaluate that hangs would otherwise hold a test or a poll
 * to its end with no step named.
 */

/** `work`'s outcome, or after `ms` what `late()` gives (a value, or its throw); the timer is cleared either way. */
export function within<T>(work: Promise<T>, ms: number, late: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<T>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(late());
      } catch (e) {
        reject(e);
      }
    }, ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
