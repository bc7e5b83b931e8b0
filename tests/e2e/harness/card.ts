/**
 * The card (<parallax-popover>) as the Chromium suites read it: its inside through the devtools
 * protocol (./closed-root.ts, which reaches a closed shadow root as well as an open one), its place
 * in the page (host, focus, what is on top, the active mention) through page script, which sees only
 * what any page sees. Opening is by real keyboard input.
 */
import { inRoot, type ShownText } from './closed-root';
import { ACTIVE, type ChromiumDriver, type Rect } from './pages';
import { SETTLED_MS } from '../../../components/shared/seen';

export interface PopoverView {
  /** A <parallax-popover> host is in the document. */
  host: boolean;
  /** Where the host is: the tag name of its parent. */
  hostParent: string | null;
  /** A .px-popover is rendered in the shadow root. */
  open: boolean;
  /** Rendered, with a non-empty box, not display:none / visibility:hidden / opacity 0. */
  visible: boolean;
  display: string | null;
  title: string | null;
  loading: boolean;
  /** data-outlet of every li.px-outlet, in order (an outlet repeats once per facet). */
  outlets: string[];
  disagree: number;
  empty: boolean;
  error: string | null;
  claims: number;
  rect: Rect | null;
  background: string | null;
  role: string | null;
  labelledBy: string | null;
  /** Focus is inside the popover (the host is document.activeElement and the shadow's focus is in .px-popover). */
  focusInside: boolean;
  /** The top element at the popover's centre is the host (the popover is not covered by the page). */
  onTop: boolean;
  /** The text of the mention painted as active, if any. */
  active: string | null;
  /** Client rects of the active mention. */
  activeRects: Rect[];
  viewport: { width: number; height: number };
}

const card = (d: ChromiumDriver) => inRoot(d.page, 'parallax-popover');

/** Polls `check` every 50 ms until it is true; throws `what` after `timeoutMs`. */
async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Reads the popover: its inside through the devtools protocol, the rest from the page. */
export async function readPopover(d: ChromiumDriver): Promise<PopoverView> {
  const inside = await card(d).evaluate(function (this: ShadowRoot, _: null, shown: ShownText) {
    const el = this.querySelector<HTMLElement>('.px-popover');
    const style = el ? getComputedStyle(el) : null;
    const title = this.querySelector('#px-title');
    const error = this.querySelector('.px-error');
    const r = el?.getBoundingClientRect();
    return {
      open: !!el,
      shown: !!el && !!r && r.width > 0 && r.height > 0 && style!.display !== 'none' && style!.visibility !== 'hidden' && Number(style!.opacity) > 0,
      display: style?.display ?? null,
      title: title ? shown(title).trim() : null,
      loading: !!this.querySelector('.px-loading'),
      outlets: [...this.querySelectorAll<HTMLElement>('li.px-outlet')].map((li) => li.dataset.outlet ?? ''),
      disagree: this.querySelectorAll('.px-disagree').length,
      empty: !!this.querySelector('.px-empty'),
      error: error ? shown(error) : null,
      claims: this.querySelectorAll('.px-claim').length,
      rect: r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height } : null,
      background: style?.backgroundColor ?? null,
      role: el?.getAttribute('role') ?? null,
      labelledBy: el?.getAttribute('aria-labelledby') ?? null,
      focusInCard: !!el && !!this.activeElement && el.contains(this.activeElement),
    };
  }, null);
  const outside = await d.evaluate(
    ({ activeName, rect }) => {
      const toRect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height });
      const host = document.querySelector('parallax-popover');
      const hostStyle = host ? getComputedStyle(host) : null;
      const active = CSS.highlights.get(activeName);
      const activeRange = active ? ([...active][0] as Range | undefined) : undefined;
      let onTop = false;
      if (rect && rect.width > 0 && rect.height > 0) {
        const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 20), 0), innerHeight - 1);
        onTop = !!host && document.elementFromPoint(x, y) === host;
      }
      return {
        host: !!host,
        hostParent: host?.parentElement?.tagName ?? null,
        hostShown: !!hostStyle && hostStyle.display !== 'none' && hostStyle.visibility !== 'hidden' && Number(hostStyle.opacity) > 0,
        hostFocused: !!host && document.activeElement === host,
        onTop,
        active: activeRange ? activeRange.toString() : null,
        activeRects: activeRange ? [...activeRange.getClientRects()].map(toRect) : [],
        viewport: { width: innerWidth, height: innerHeight },
      };
    },
    { activeName: ACTIVE, rect: inside?.rect ?? null },
  );
  return {
    host: outside.host,
    hostParent: outside.hostParent,
    open: inside?.open ?? false,
    visible: !!inside?.shown && outside.hostShown,
    display: inside?.display ?? null,
    title: inside?.title ?? null,
    loading: inside?.loading ?? false,
    outlets: inside?.outlets ?? [],
    disagree: inside?.disagree ?? 0,
    empty: inside?.empty ?? false,
    error: inside?.error ?? null,
    claims: inside?.claims ?? 0,
    rect: inside?.rect ?? null,
    background: inside?.background ?? null,
    role: inside?.role ?? null,
    labelledBy: inside?.labelledBy ?? null,
    focusInside: outside.hostFocused && !!inside?.focusInCard,
    onTop: outside.onTop,
    active: outside.active,
    activeRects: outside.activeRects,
    viewport: outside.viewport,
  };
}

/** Waits until a popover is open and complete (all its claims rendered, or an empty note or an error), then reads it. */
export async function waitForPopoverReady(d: ChromiumDriver, timeoutMs = 5_000): Promise<PopoverView> {
  const ready = async () =>
    !!(await card(d).evaluate(function (this: ShadowRoot) {
      const el = this.querySelector('.px-popover');
      return !!el && !el.querySelector('.px-loading, [aria-busy="true"]') && !!el.querySelector('.px-outlet, .px-empty, .px-error');
    }, null));
  await until(ready, timeoutMs, 'the card to be open with its claims, an empty note or an error');
  return readPopover(d);
}

/** Waits until no popover is rendered (the host may stay, empty). */
export async function waitForPopoverClosed(d: ChromiumDriver, timeoutMs = 3_000): Promise<PopoverView> {
  await until(async () => (await card(d).count('.px-popover')) === 0, timeoutMs, 'the card to close');
  return readPopover(d);
}

/**
 * Waits until Floating UI has placed the popover: inside the viewport and clear of the active
 * mention. Resolves with the last reading either way, so the caller's assertions say what is wrong.
 */
export async function settledPopover(d: ChromiumDriver, timeoutMs = 2_000): Promise<PopoverView> {
  const placed = async () => {
    const p = await card(d).box('.px-popover');
    if (!p || p.width === 0) return false;
    return d.evaluate(
      ({ activeName, p }) => {
        const range = [...(CSS.highlights.get(activeName) ?? [])][0] as Range | undefined;
        if (!range) return false;
        const [right, bottom] = [p.x + p.width, p.y + p.height];
        const inside = p.x >= 0 && p.y >= 0 && right <= innerWidth && bottom <= innerHeight;
        const clear = [...range.getClientRects()].every((m) => m.right <= p.x || m.left >= right || m.bottom <= p.y || m.top >= bottom);
        return inside && clear;
      },
      { activeName: ACTIVE, p },
    );
  };
  await until(placed, timeoutMs, 'the card to be placed').catch(() => undefined);
  return readPopover(d);
}

/** Presses Alt+Shift+M `times` times (Alt+Shift+N when `back`) and waits for the popover to be ready. */
export async function openByKeyboard(d: ChromiumDriver, times = 1, back = false): Promise<PopoverView> {
  for (let i = 0; i < times; i++) await d.press(back ? 'KeyN' : 'KeyM', ['Alt', 'Shift']);
  return waitForPopoverReady(d);
}

/**
 * A reader looks at a card before pressing one of its buttons: a press that comes within half a
 * second of the card appearing or moving is refused as one the card was slipped under
 * (components/shared/seen.ts).
 */
export const lookAtCard = () => new Promise((resolve) => setTimeout(resolve, SETTLED_MS + 100));
