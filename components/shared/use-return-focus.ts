/**
 * useReturnFocus: a ref for the button that opens a panel (a confirmation, a form) in its place.
 * When the panel closes the button comes back, and focus goes to it rather than being lost with the
 * panel (falling to the page's start). One hook for every surface that opens panels in place.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

export function useReturnFocus<T extends HTMLElement>(open: boolean) {
  const trigger = useRef<T>(null);
  const wasOpen = useRef(open);
  // A layout effect: focus moves in the same task as the change, never passing through <body>.
  useLayoutEffect(() => {
    if (wasOpen.current && !open) trigger.current?.focus?.();
    wasOpen.current = open;
  }, [open]);
  return trigger;
}
