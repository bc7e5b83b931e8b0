/**
 * Whether the card is in plain view: nothing of the page lies over any part of it, and nothing hides
 * part of it from where it stands (inItsPlace: a clip-path or mask on <html>). The card mark
 * (lib/core/card-mark.ts) is shown only then: a page that lets the real card open and lays a copy of
 * its body over everything under the header would otherwise have the reader's true mark vouch for
 * claims the page made up. Chromium's IntersectionObserver v2 tells (components/shared/seen.ts);
 * Firefox cannot, and there the mark only shows that Parallax opened the card.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DELAY_MS, inItsPlace, TRACKS, type VisibilityEntry } from './seen';

/**
 * How often the card's place is checked between the observer's reports: a mask or clip-path on <html>,
 * which IntersectionObserver v2 does not see, can hide one row of the card (a denial) with nothing
 * laid over it (inItsPlace).
 */
const PLACE_EVERY_MS = 250;

/**
 * Whether the page has a picker of the browser's open (a <select>'s list, an input's): the browser
 * draws it above everything, the card too, and the observer does not see it. A page that got a click
 * from the reader (one inside the card reaches it) could open one styled as the card's rows
 * (sixteenth attack suite). A datalist's suggestions show no such state.
 */
function pickerOpen(doc: Document): boolean {
  try {
    return doc.querySelector('select:open, input:open') !== null;
  } catch {
    // A browser without :open.
    return false;
  }
}

/** What the card shows in the mark's place: the mark, nothing yet (no report so far), or that part of it is covered. */
export type PlainView = 'shown' | 'waiting' | 'covered';

/** Give `ref` to an element inside the card: the state of the whole card (`.px-popover`) holding it. */
export function usePlainView(): [(el: Element | null) => void, PlainView] {
  const [view, setView] = useState<PlainView>(TRACKS ? 'waiting' : 'shown');
  const observer = useRef<IntersectionObserver | undefined>(undefined);
  const placeCheck = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  const ref = useCallback((el: Element | null) => {
    observer.current?.disconnect();
    observer.current = undefined;
    clearInterval(placeCheck.current);
    const frame = el?.closest('.px-popover');
    // Where the browser cannot tell what covers the card (Firefox), the mark only says Parallax opened it.
    if (!TRACKS || !frame) return;
    let visible: boolean | undefined;
    const judge = () => {
      if (visible !== undefined) setView(visible && inItsPlace(frame) && !pickerOpen(frame.ownerDocument) ? 'shown' : 'covered');
    };
    placeCheck.current = setInterval(judge, PLACE_EVERY_MS);
    observer.current = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1] as VisibilityEntry | undefined;
        if (last) visible = last.isVisible;
        judge();
      },
      { trackVisibility: true, delay: DELAY_MS } as IntersectionObserverInit,
    );
    observer.current.observe(frame);
  }, []);
  useEffect(
    () => () => {
      observer.current?.disconnect();
      clearInterval(placeCheck.current);
    },
    [],
  );
  return [ref, view];
}
