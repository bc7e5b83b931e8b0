/**
 * The note form's draft, stored as it is typed. A page can take the form's frame down (it removes or
 * moves the save panel's host, and the frame inside unloads), and what was typed would go with it.
 * A draft is stored after a short pause in typing, one store at a time and the latest last; `add`
 * stores the note the reader adds, after any store on its way; `discard` takes a stored draft back
 * (the reader left without adding: the passage was saved with no note).
 */
export interface NoteChange {
  note: string;
  tags: string[];
}

/** After this long without a key, what is typed is stored. */
const PAUSE_MS = 150;

export function draftKeeper<R>(store: (change: NoteChange) => Promise<R>, pauseMs = PAUSE_MS) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: NoteChange | undefined;
  let stores: Promise<unknown> = Promise.resolve();
  let stored = false;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  /** Stores what is typed and not yet stored, now (also as the frame goes: its last keys). */
  const flush = () => {
    const change = pending;
    cancel();
    if (change) {
      stored = true;
      stores = stores.then(() => store(change));
    }
  };
  return {
    typed(change: NoteChange) {
      clearTimeout(timer);
      pending = change;
      timer = setTimeout(flush, pauseMs);
    },
    flush,
    async add(change: NoteChange): Promise<R> {
      cancel();
      await stores;
      return store(change);
    },
    async discard(): Promise<void> {
      cancel();
      await stores;
      if (stored) await store({ note: '', tags: [] });
    },
  };
}
