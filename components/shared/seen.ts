/**
 * Whether the reader could see a button when it was clicked. On someone else's page, an element of
 * the page can cover our card and let clicks through to it (clickjacking): the reader then adds or
 * saves without seeing what. Chromium's IntersectionObserver v2 reports an element as visible only
 * while nothing covers it and no opacity, filter or transform changes it, after at least `delay` ms
 * of observing; a button is taken as seen only then. Where the browser cannot tell (Firefox), every
 * trusted click counts, as before.
 */
import { useCallback, useEffect, useRef } from 'preact/hooks';

const TRACKS = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
/** The shortest delay the observer allows when it tracks visibility, in ms. */
const DELAY_MS = 100;

type VisibilityEntry = IntersectionObserverEntry & { isVisible: boolean };

/** A ref for a button, and a function that says whether the button is seen right now. */
export function useSeen<T extends Element>(): [(el: T | null) => void, () => boolean] {
  const state = useRef<{ observer?: IntersectionObserver; visible: boolean }>({ visible: !TRACKS });
  const ref = useCallback((el: T | null) => {
    const s = state.current;
    s.observer?.disconnect();
    s.observer = undefined;
    s.visible = !TRACKS;
    if (!el || !TRACKS) return;
    s.observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) s.visible = (e as VisibilityEntry).isVisible;
      },
      { trackVisibility: true, delay: DELAY_MS } as IntersectionObserverInit,
    );
    s.observer.observe(el);
  }, []);
  useEffect(() => () => state.current.observer?.disconnect(), []);
  return [ref, () => state.current.visible];
}
