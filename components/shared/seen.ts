/**
 * Whether the reader could see a button when they pressed it. On someone else's page, an element of
 * the page can cover our card and let clicks through to it (clickjacking): the reader then adds or
 * saves without seeing what. Chromium's IntersectionObserver v2 reports an element as visible only
 * while nothing covers it and no opacity, filter or transform changes it. A press counts only if the
 * button, and the whole card it is in, were reported visible when the pointer went down (a page that lifts its veil as the pointer
 * goes down hears the pointerdown first, but the report comes a frame later), and it acts once the
 * button has then been visible, without a break, for SEEN_MS: a veil lifted just before the press
 * leaves the card in plain view while it acts, or nothing happens.
 *
 * A button that appears or moves under the pointer between the two clicks of a double-click (the
 * page asks for one on a word, or scrolls the card there) is pressed unseen too: a press counts only
 * if the button had been in view, and where it is, for SETTLED_MS before it. This holds in every
 * browser; where the browser cannot tell what covers the button (Firefox), it is taken as in view
 * from when it is shown. A click from the keyboard is checked for cover from when it comes, and
 * needs no settling: the focus that aims it is moved into the card by the reader alone. In every
 * browser, a press counts only while the card's host is in its place (inItsPlace).
 */
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { pageHeld } from '../../lib/content/is-shown';

export const TRACKS = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
/** The shortest gap between the observer's reports that it allows when it tracks visibility, in ms. */
export const DELAY_MS = 100;
/** How long a button must have been seen, without a break, for a press on it to count. */
const SEEN_MS = 400;
/** How long a button must have been in view and in place before a press, as browsers ask of their own prompts. */
export const SETTLED_MS = 500;
/** How long a press made before the first report waits for it. */
const FIRST_REPORT_MS = 500;

export type VisibilityEntry = IntersectionObserverEntry & { isVisible: boolean };

/**
 * Whether the closed root holding `el` is where the content script put it and nothing of the page can
 * hide it there: its host a child of <html> (a page that moves it into a wrapper of its own can mask
 * it, and masks are what IntersectionObserver v2 does not see), <html> neither masked nor clipped, and
 * no part of the page inert or held by a modal dialog (the card would be drawn but not reachable).
 */
export function inItsPlace(el: Element): boolean {
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : undefined;
  const html = el.ownerDocument.documentElement;
  if (!host || host.parentNode !== html || (host as HTMLElement).inert || pageHeld(el.ownerDocument)) return false;
  const style = getComputedStyle(html);
  return !MASKS.some((p) => (style.getPropertyValue(p) || 'none') !== 'none');
}

/** What masks or clips an element in ways IntersectionObserver v2 does not see. */
const MASKS = ['mask-image', '-webkit-mask-image', '-webkit-mask-box-image', 'mask-border-source', 'clip-path'];

/** What became of a press: acted on, refused as the button was covered, or refused as it had only just appeared or moved. */
export type SeenVerdict = 'seen' | 'covered' | 'sudden';

export interface Seen {
  /** Give it to the button's `ref`. */
  ref: (el: Element | null) => void;
  /** Give it to the button's `onPointerDown`. */
  onPointerDown: () => void;
  /**
   * In the button's `onClick`: resolves 'seen' once the button, seen and settled when pressed, has
   * been seen for SEEN_MS without a break (at once if it already had); else why not.
   */
  whenSeen: (e: MouseEvent) => Promise<SeenVerdict>;
}

interface State {
  observer?: IntersectionObserver;
  /** Watches the card holding the button: it is placed by its style (lib/content/position.ts). */
  placement?: MutationObserver;
  /** Whether the observer has reported yet (a card just opened has no report for a frame or two). */
  reported: boolean;
  /** Since when the button has been visible, without a break; undefined while it is not. */
  since?: number;
  /** When the card holding the button last moved, or was shown. */
  movedAt: number;
  /** `since` when the pointer went down, or 'unknown' if there was no report yet. */
  atDown?: number | 'unknown';
  /** When the pointer went down. */
  downAt: number;
  /** Called at the next report. */
  waiting: (() => void)[];
}

export function useSeen(): Seen {
  const state = useRef<State>({ reported: false, waiting: [], movedAt: 0, downAt: 0 });
  const ref = useCallback((el: Element | null) => {
    const s = state.current;
    s.observer?.disconnect();
    s.placement?.disconnect();
    s.observer = undefined;
    s.since = undefined;
    s.reported = false;
    s.movedAt = performance.now();
    if (!el) return;
    const frame = el.closest('.px-popover');
    if (frame) {
      s.placement = new MutationObserver(() => {
        s.movedAt = performance.now();
      });
      s.placement.observe(frame, { attributes: true, attributeFilter: ['style'] });
    }
    if (!TRACKS) return;
    // The button and the whole card it is in: a page that covers all of the card but the button (four
    // panels around it) leaves the button in view and the reader blind to what it adds or saves.
    const watched = frame && frame !== el ? [el, frame] : [el];
    const visible = new Map<Element, boolean>();
    s.observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) visible.set(e.target, (e as VisibilityEntry).isVisible);
        const last = entries[entries.length - 1];
        if (!watched.every((w) => visible.get(w))) s.since = undefined;
        else if (last) s.since ??= last.time;
        s.reported = true;
        for (const wake of s.waiting.splice(0)) wake();
      },
      { trackVisibility: true, delay: DELAY_MS } as IntersectionObserverInit,
    );
    for (const w of watched) s.observer.observe(w);
  }, []);
  useEffect(
    () => () => {
      state.current.observer?.disconnect();
      state.current.placement?.disconnect();
    },
    [],
  );
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
      state.current.downAt = performance.now();
    },
    whenSeen: async (e) => {
      const s = state.current;
      // Read now: an event's currentTarget is gone once it has been dispatched.
      const button = e.currentTarget as Element;
      if (!inItsPlace(button)) return 'covered';
      // A click from the keyboard has no pointer press before it (its detail is 0).
      const keyboard = e.detail === 0;
      const pressedAt = keyboard ? performance.now() : s.downAt;
      // In place for SETTLED_MS before a press of the pointer: not put under it between two clicks (a
      // key press is aimed by the focus, which only the reader moves into the card).
      const settled = keyboard || pressedAt - s.movedAt >= SETTLED_MS;
      if (!TRACKS) return settled ? 'seen' : 'sudden';
      let since = keyboard ? known() : s.atDown;
      if (since === 'unknown') {
        await firstReport();
        since = s.since;
      }
      if (since === undefined || since !== s.since) return 'covered';
      if (!settled || (!keyboard && pressedAt - since < SETTLED_MS)) return 'sudden';
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, since + SEEN_MS - performance.now())));
      return s.since === since && inItsPlace(button) ? 'seen' : 'covered';
    },
  };
}
