/**
 * How far a long piece of corpus work is (the bundled pack loading, a pack being imported, a
 * subscription updating), as `status` reports it to the popup and the My corpus page.
 */
export interface LoadProgress {
  /** What is being done, for the reader ("Updating “Harbour Newsroom”"). */
  task: string;
  /** Which work it is, for a page to find its own: 'bundled', 'import', `sub:<subscription id>`. */
  key?: string;
  /** Units done and in all (rows, bytes: whatever the task counts); total 0 while unknown. */
  done: number;
  total: number;
  startedAt: number;
}

/** The key of a subscription's update. */
export const subscriptionTaskKey = (id: string) => `sub:${id}`;

/** Whole percent done (rounded down: 100 only once all is done); null while the total is unknown. */
export function percentDone({ done, total }: Pick<LoadProgress, 'done' | 'total'>): number | null {
  return total > 0 ? Math.min(100, Math.max(0, Math.floor((done / total) * 100))) : null;
}

/** Whether a `status` answer has something still loading: a task running, or the bundled pack not in yet. */
export const stillLoading = (status: { pack: unknown; loadError: string | null; loading: readonly LoadProgress[] }) =>
  status.loading.length > 0 || (status.pack === null && status.loadError === null);
