/**
 * Whether the card is in plain view: nothing of the page lies over any part of it. The card mark
 * (lib/core/card-mark.ts) is shown only then: a page that lets the real card open and lays a copy of
 * its body over everything under the header would otherwise have the reader's true mark vouch for
 * claims the page made up. Chromium's IntersectionObserver v2 tells (components/shared/seen.ts);
 * Firefox cannot, and there the mark only shows that Parallax opened the card.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DELAY_MS, TRACKS, type VisibilityEntry } from './seen';

/** What the card shows in the mark's place: the mark, nothing yet (no report so far), or that part of it is covered. */
export type PlainView = 'shown' | 'waiting' | 'covered';

/** Give `ref` to an element inside the card: the state of the whole card (`.px-popover`) holding it. */
export function usePlainView(): [(el: Element | null) => void, PlainView] {
  const [view, setView] = useState<PlainView>(TRACKS ? 'waiting' : 'shown');
  const observer = useRef<IntersectionObserver | undefined>(undefined);
  const ref = useCallback((el: Element | null) => {
    observer.current?.disconnect();
    observer.current = undefined;
    const frame = el?.closest('.px-popover');
    if (!TRACKS || !frame) return;
    observer.current = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1] as VisibilityEntry | undefined;
        if (last) setView(last.isVisible ? 'shown' : 'covered');
      },
      { trackVisibility: true, delay: DELAY_MS } as IntersectionObserverInit,
    );
    observer.current.observe(frame);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, view];
}
