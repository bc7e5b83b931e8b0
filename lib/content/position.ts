/**
 * Places the popover next to a mention with Floating UI: below it if there is room, above if not,
 * never over the mention itself and always inside the viewport. A mention the page no longer shows
 * (scrolled out of an inner box, or off the screen) is told with `onHidden`: a card left over the
 * text would cover what the reader scrolls to, and take the wheel from it.
 *
 * A page zoomed with CSS (`zoom` on <html>) zooms our host too, which sits in <html>: the card would
 * be drawn larger, and the positions Floating UI gives in the viewport's pixels zoomed a second time.
 * The host takes the inverse zoom, so the card is drawn at the reader's own scale, where it belongs.
 */
import { autoUpdate, computePosition, hide, inline, offset, type Placement, shift, size } from '@floating-ui/dom';
import { nameBox, nameRects } from './name-box';

/** Per shadow root, the sheet that undoes the page's zoom on its host, and the zoom it undoes. */
const unzoomed = new WeakMap<ShadowRoot, { sheet: CSSStyleSheet; zoom: number }>();

/**
 * Gives the host of the shadow root `floating` is in the inverse of the zoom it inherits, in a sheet
 * of the root's own (after the root's reset of every property, which it overrides; the page sees
 * neither).
 */
function undoPageZoom(floating: HTMLElement): void {
  const root = floating.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  const zoom = (root.host.parentElement as (HTMLElement & { currentCSSZoom?: number }) | null)?.currentCSSZoom ?? 1;
  let now = unzoomed.get(root);
  // Most pages are not zoomed: their card's root is left as it is.
  if ((now?.zoom ?? 1) === zoom || !(zoom > 0)) return;
  try {
    if (!now) {
      now = { sheet: new CSSStyleSheet(), zoom: 1 };
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, now.sheet];
      unzoomed.set(root, now);
    }
    now.zoom = zoom;
    now.sheet.replaceSync(zoom === 1 ? '' : `:host { zoom: ${1 / zoom} !important; }`);
  } catch {
    // A browser that keeps constructed sheets from content scripts: the card is drawn at the page's zoom, as before.
  }
}

/** Pixels a card sized to the room on its side leaves free there. */
const SLACK = 2;
/** The least room left between the window's top and the card. */
const TOP_MARGIN = 8;

/** Between the name and the card, and between the card and the window's edge. */
const GAP = 6;
const PADDING = 8;
/** How much more room the other side must have before a card that fits on neither moves there. */
const MORE_ROOM = 24;

/**
 * The side of its name a card of `height` goes on, from the side it is on: kept while the whole card fits
 * there; else the other side, if the whole card fits there, or if it fits on neither and the other has
 * clearly more room. Not the side with the most room at each change: where both have about as much, a
 * fraction of a pixel either way sent the card across the name at every change.
 */
function sideFor(current: Placement, name: DOMRect, height: number): Placement {
  const below = document.documentElement.clientHeight - name.bottom - GAP - PADDING;
  const above = name.top - GAP - PADDING;
  const onTop = current.startsWith('top');
  const [here, there] = onTop ? [above, below] : [below, above];
  const other: Placement = onTop ? 'bottom-start' : 'top-start';
  if (here >= height) return current;
  if (there >= height || there > here + MORE_ROOM) return other;
  return current;
}

/** The side each card was last put on (./card-follow.ts moves a card to a name's new Range; it keeps its side). */
const sides = new WeakMap<HTMLElement, Placement>();

/**
 * Places `floating` by `range` until the returned function is called. `keepSide`: the card follows its
 * name to a new Range and stays on the side it was on, while it fits there.
 */
export function placeNear(range: Range, floating: HTMLElement, onHidden?: () => void, keepSide = false): () => void {
  const reference = {
    // The element around the mention, so scrolling its containers moves the popover with it.
    contextElement: range.startContainer.parentElement ?? undefined,
    // A name split across two columns is placed at its first part (./name-box.ts).
    getBoundingClientRect: () => nameBox(range),
    getClientRects: () => nameRects(range),
  };
  // Closed only once the name has been seen: a page scrolling smoothly to it (Alt+Shift+M, the popup)
  // has it off screen still when the card is first placed.
  let seen = false;
  // The side the card was put on, kept while the whole card fits there, or while it fits on neither side:
  // on a page that changes around the name (a live blog adding posts above it, kept still by scroll
  // anchoring), a side chosen afresh at each change made the card jump across the name with every post
  // (fifteenth real-pages probe). Weighed at the card's full height, not at the height it was last sized to,
  // so that a card squeezed on one side goes to the other once the whole of it fits there.
  let placement: Placement = (keepSide && sides.get(floating)) || 'bottom-start';
  const update = () => {
    undoPageZoom(floating);
    floating.style.maxHeight = '';
    placement = sideFor(placement, nameBox(range), floating.getBoundingClientRect().height);
    return computePosition(reference, floating, {
      strategy: 'fixed',
      placement,
      middleware: [
        inline(),
        offset(GAP),
        shift({ padding: PADDING }),
        size({
          padding: PADDING,
          apply({ availableHeight }) {
            // A little short of the room there is (a card sized to fit it exactly overflowed it by a fraction of
            // a pixel at the page's next change).
            floating.style.maxHeight = `${Math.max(160, Math.min(560, Math.floor(availableHeight) - SLACK))}px`;
          },
        }),
        hide({ strategy: 'referenceHidden' }),
      ],
    }).then(({ x, y, middlewareData }) => {
      // Only text still on the page: a name the page is rendering anew is the card's to follow (card-follow.ts).
      const laidOut = range.startContainer.isConnected && range.getClientRects().length > 0;
      const hidden = middlewareData.hide?.referenceHidden === true;
      if (!hidden) seen = true;
      if (hidden && seen && laidOut && onHidden) return onHidden();
      // A name taken off the page as it renders anew has no box (all zeros): the card stays where it
      // was until the name is back, instead of jumping to the corner and back (a layout shift the
      // page is charged for).
      if (!laidOut && seen) return;
      sides.set(floating, placement);
      floating.style.left = `${x}px`;
      // Never above the window's top: where the card fits neither below nor above the name (a name in
      // vertical text, a zoomed page in a short window), it overlaps the name rather than lose its header.
      floating.style.top = `${Math.max(y, TOP_MARGIN)}px`;
    });
  };
  return autoUpdate(reference, floating, update, { animationFrame: false });
}
