/**
 * One change to a subscription at a time. An alarm's update, the reader's *Update now* and a second
 * Subscribe to the same address each read the stored record, fetch, and write a record made from
 * what they read: run together, the slower could switch in a pack older than the one the faster had
 * just stored (the rollback check had read the record before it), or put back a record naming rows
 * the faster had already deleted. Kept per database, so separate databases (tests) never wait on each other.
 */
const running = new WeakMap<object, Map<string, Promise<unknown>>>();

/** Runs `work` for subscription `id` once whatever runs for it has ended. */
export function inTurn<T>(db: object, id: string, work: () => Promise<T>): Promise<T> {
  const queue = running.get(db) ?? new Map();
  running.set(db, queue);
  const mine = (queue.get(id) ?? Promise.resolve()).catch(() => undefined).then(work);
  const done: Promise<unknown> = mine.finally(() => {
    if (queue.get(id) === done) queue.delete(id);
  });
  // The queue's own copy swallows a failure (each caller hears it from `mine`).
  done.catch(() => undefined);
  queue.set(id, done);
  return mine;
}
