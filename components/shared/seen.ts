/**
 * Whether the reader could see a button when they pressed it. On someone else's page, an element of
 * the page can cover our card and let clicks through to it (clickjacking): the reader then adds or
 * saves without seeing what. Chromium's IntersectionObserver v2 reports an element as visible only
 * while nothing covers it and no opacity, filter or transform changes it. A press counts only if the
 * button was reported visible when the pointer went down (a page that lifts its veil as the pointer
 * goes down hears the pointerdown first, but the report comes a frame later), and it acts once the
 * button has then been visible, without a break, for SEEN_MS: a veil lifted just before the press
 * leaves the card in plain view while it acts, or nothing happens. A click from the keyboard counts
 * the same from when it comes. Where the browser cannot tell (Firefox), every trusted click counts.
 */
import { useCallback, useEffect, useRef } from 'preact/hooks';

const TRACKS = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
/** The shortest gap between the observer's reports that it allows when it tracks visibility, in ms. */
const DELAY_MS = 100;
/** How long a button must have been seen, without a break, for a press on it to count. */
const SEEN_MS = 400;
/** How long a press made before the first report waits for it. */
const FIRST_REPORT_MS = 500;

type VisibilityEntry = IntersectionObserverEntry & { isVisible: boolean };

export interface Seen {
  /** Give it to the button's `ref`. */
  ref: (el: Element | null) => void;
  /** Give it to the button's `onPointerDown`. */
  onPointerDown: () => void;
  /**
   * In the button's `onClick`: resolves true once the button, seen when pressed, has been seen for
   * SEEN_MS without a break (at once if it already had); false if it was not seen when pressed, or
   * stopped being seen before then.
   */
  whenSeen: (e: MouseEvent) => Promise<boolean>;
}

interface State {
  observer?: IntersectionObserver;
  /** Whether the observer has reported yet (a card just opened has no report for a frame or two). */
  reported: boolean;
  /** Since when the button has been visible, without a break; undefined while it is not. */
  since?: number;
  /** `since` when the pointer went down, or 'unknown' if there was no report yet. */
  atDown?: number | 'unknown';
  /** Called at the next report. */
  waiting: (() => void)[];
}

export function useSeen(): Seen {
  const state = useRef<State>({ reported: false, waiting: [] });
  const ref = useCallback((el: Element | null) => {
    const s = state.current;
    s.observer?.disconnect();
    s.observer = undefined;
    s.since = undefined;
    s.reported = false;
    if (!el || !TRACKS) return;
    s.observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (!(e as VisibilityEntry).isVisible) s.since = undefined;
          else s.since ??= e.time;
        }
        s.reported = true;
        for (const wake of s.waiting.splice(0)) wake();
      },
      { trackVisibility: true, delay: DELAY_MS } as IntersectionObserverInit,
    );
    s.observer.observe(el);
  }, []);
  useEffect(() => () => state.current.observer?.disconnect(), []);
  /** Resolves once there is a report (or after FIRST_REPORT_MS without one). */
  const firstReport = () =>
    state.current.reported
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          state.current.waiting.push(resolve);
          setTimeout(resolve, FIRST_REPORT_MS);
        });
  /** What is known now: since when the button has been seen, or 'unknown' before the first report. */
  const known = () => (state.current.reported ? state.current.since : 'unknown');
  return {
    ref,
    onPointerDown: () => {
      state.current.atDown = known();
    },
    whenSeen: async (e) => {
      if (!TRACKS) return true;
      const s = state.current;
      // A click from the keyboard has no pointer press before it (its detail is 0).
      let since = e.detail === 0 ? known() : s.atDown;
      if (since === 'unknown') {
        await firstReport();
        since = s.since;
      }
      if (since === undefined || since !== s.since) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, since + SEEN_MS - performance.now())));
      return s.since === since;
    },
  };
}
