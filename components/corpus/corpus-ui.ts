/**
 * Small pieces the "My corpus" page components share: which long action is running, and a hook that
 * keeps keyboard focus from falling to the page's start when the item that held it is removed.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** The long action running now, whose button shows it (disabled, with a busy text). */
export type Busy = 'import' | 'export' | 'reextract' | 'accept';

/**
 * For an action that removes an item (a deleted article, an accepted name): `mark` the item's key
 * first; once the listed keys no longer hold it (even when the list is gone, being empty), focus
 * moves to `target`, typically the section's heading. `pending` is the key marked last.
 */
export function useFocusWhenGone<T extends HTMLElement>(keys: string[] | null) {
  const target = useRef<T>(null);
  const [pending, mark] = useState<string | null>(null);
  const listed = keys === null ? null : keys.join('\n');
  useLayoutEffect(() => {
    if (pending === null || keys === null || keys.includes(pending)) return;
    mark(null);
    target.current?.focus?.();
  }, [listed, pending]);
  return { target, pending, mark };
}
