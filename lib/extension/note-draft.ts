/**
 * The note form's draft, stored as it is typed. A page can take the form's frame down (it removes or
 * moves the save panel's host, and the frame inside unloads), and what was typed would go with it.
 * A draft is stored after a short pause in typing, and at once as the frame goes (`flush`): each
 * store is sent as soon as it is made, in order (the background writes them in the order they come),
 * since a frame going away runs no more code after that. `add` stores the note the reader adds, after
 * every store sent; `discard` takes a stored draft back (the reader left without adding: the passage
 * was saved with no note); `settled` waits for every store sent.
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
  let sent: Promise<unknown>[] = [];
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
      sent.push(store(change).catch(() => undefined));
    }
  };
  const settled = async () => {
    const all = sent;
    sent = [];
    await Promise.all(all);
  };
  return {
    typed(change: NoteChange) {
      clearTimeout(timer);
      pending = change;
      timer = setTimeout(flush, pauseMs);
    },
    flush,
    settled,
    async add(change: NoteChange): Promise<R> {
      cancel();
      await settled();
      return store(change);
    },
    async discard(): Promise<void> {
      cancel();
      await settled();
      if (stored) await store({ note: '', tags: [] });
    },
  };
}
