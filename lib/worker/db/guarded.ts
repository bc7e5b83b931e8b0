/** Database work as a Result: a failed write becomes a message the reader can act on, never a throw. */
import { err, ok, type Result } from '../../core/result';

function storageError(e: unknown, what: string): string {
  const name = (e as { name?: string; inner?: { name?: string } })?.inner?.name ?? (e as { name?: string })?.name;
  if (name === 'QuotaExceededError') {
    return `Your browser’s storage for Parallax is full, so this was not saved. Export ${what}, then free some space.`;
  }
  return `${what[0].toUpperCase()}${what.slice(1)} could not be written: ${e instanceof Error ? e.message : String(e)}`;
}

/** Runs `work`; what it throws becomes an error value naming `what` was being written ("the collection"). */
export async function guarded<T>(work: () => Promise<T>, what: string): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (e) {
    return err(storageError(e, what));
  }
}
