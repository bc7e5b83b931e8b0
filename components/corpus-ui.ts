/**
 * Small pieces the "My corpus" page components share: counted nouns, which long action is running,
 * and the hook that puts focus back on the button that opened an inline panel once it closes.
 */
import { useEffect, useRef } from 'preact/hooks';

/** "1 claim", "3 claims": every count on the page agrees with its noun. */
export const plural = (n: number, noun: string) => `${n} ${n === 1 ? noun : `${noun}s`}`;

/** The long action running now, whose button shows it (disabled, with a busy text). */
export type Busy = 'import' | 'export' | 'reextract' | 'accept';

/**
 * A ref for the button that opens a panel (a confirmation, a form) in its place: when the panel
 * closes the button comes back, and focus goes to it rather than being lost with the panel.
 */
export function useReturnFocus<T extends HTMLElement>(open: boolean) {
  const trigger = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) trigger.current?.focus?.();
    wasOpen.current = open;
  }, [open]);
  return trigger;
}
