/**
 * Storing a passage the reader asked to save, whatever becomes of the panel that tells them how it
 * went. The panel is drawn in the page, and a page can make drawing it throw (an element of its own
 * named like the panel's host, whose upgrade claims the shadow root ours needs); the passage is
 * sent and kept all the same, and painted as saved, which the reader sees. Only the telling is lost.
 */
import type { Result } from '../core/result';

export interface StoreSteps<T> {
  /** Tells the reader the passage is being saved (the panel's "Saving…"). */
  saving(): void;
  /** Sends it to the collection. */
  send(): Promise<Result<T>>;
  /** Tells the reader how it went. */
  told(r: Result<T>): void;
  /** Keeps what was stored on the page (paints it as saved). */
  keep(value: T): void;
}

/** Runs what draws in the page; what it throws is the page's doing, and stops nothing else. */
function drawn(draw: () => void): void {
  try {
    draw();
  } catch {
    // The panel could not be shown: the save goes on without it.
  }
}

export async function storePassage<T>(steps: StoreSteps<T>): Promise<Result<T>> {
  drawn(steps.saving);
  const r = await steps.send();
  drawn(() => steps.told(r));
  if (r.ok) steps.keep(r.value);
  return r;
}
