/**
 * Whether a mention's text is laid out where a reader can see it: in a box of some size, not under
 * display:none nor visibility:hidden, nor off the page's canvas, nor clipped away for screen readers
 * only, nor cut off by a box that hides what overflows it. Stepping through mentions from the keyboard, and the popup's list, pass over the others (a
 * closed mobile menu, a collapsed drawer): their card would open at the page's corner, pointing at nothing.
 */
export function isShown(range: Range, seen: ShownMemo = new Map()): boolean {
  const el = range.startContainer.parentElement;
  // A box of no area draws nothing: text set in a font size of 0, or scaled to nothing (transform: scale(0)).
  if (!el?.isConnected || ![...range.getClientRects()].some((r) => r.width >= 1 && r.height >= 1)) return false;
  // Off the page's canvas (an off-canvas drawer slid out of view): no scrolling reaches it. Scrolled
  // out of view, in the window or in a box of the page's (an app shell scrolls its article in a box of
  // its own), it is still there for the reader to scroll back to.
  // (A right-to-left page scrolls to the left of its origin: only its top edge counts there.)
  const box = range.getBoundingClientRect();
  const rtl = getComputedStyle(el.ownerDocument.documentElement).direction === 'rtl';
  const [x, y] = scrolledAbove(el, seen);
  if ((!rtl && box.right + window.scrollX + x <= 0) || box.bottom + window.scrollY + y <= 0) return false;
  // Not opacity: pages fade sections in as the reader scrolls to them, from an opacity of 0.
  const facts = factsOf(el, seen);
  facts.visible ??= el.checkVisibility?.({ visibilityProperty: true }) ?? true;
  return facts.visible && !clippedAway(el, box, seen);
}

/**
 * How far the boxes above an element have scrolled, together: up to the nearest box whose sum is
 * known, then down again, noting each box's (a loop, not a recursion: a page may nest boxes deeper
 * than the call stack goes).
 */
function scrolledAbove(el: Element, seen: ShownMemo): [number, number] {
  const unknown: Element[] = [];
  let sum: [number, number] = [0, 0];
  for (let box = el.parentElement; box; box = box.parentElement) {
    const known = seen.get(box)?.scrolled;
    if (known) {
      sum = known;
      break;
    }
    unknown.push(box);
  }
  for (let i = unknown.length - 1; i >= 0; i--) {
    sum = [sum[0] + unknown[i].scrollLeft, sum[1] + unknown[i].scrollTop];
    factsOf(unknown[i], seen).scrolled = sum;
  }
  return sum;
}

/** What an element's style says of what it shows, read once per element for many mentions (a page of thousands of names in the same boxes). */
interface BoxFacts {
  clipsAway: boolean;
  fixed: boolean;
  absolute: boolean;
  containing: boolean;
  scrolls: boolean;
  hidesX: boolean;
  hidesY: boolean;
  /** Read once asked: only a box that hides its overflow, and the mention's own element, need them. */
  box?: DOMRect;
  visible?: boolean;
  /** The scroll of this box and of those above it, once asked (scrolledAbove). */
  scrolled?: [number, number];
}
/** Facts read while the page stays as it is (one popup's list): pass one to each isShown of a batch. */
export type ShownMemo = Map<Element, BoxFacts>;

function factsOf(e: Element, seen: ShownMemo): BoxFacts {
  const known = seen.get(e);
  if (known) return known;
  const style = getComputedStyle(e);
  const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
  const facts: BoxFacts = {
    clipsAway: clipsAway(e, style),
    fixed: style.position === 'fixed',
    absolute: style.position === 'absolute',
    containing: style.position !== 'static' || style.transform !== 'none',
    scrolls: /auto|scroll/.test(style.overflowX + style.overflowY),
    hidesX: hides(style.overflowX),
    hidesY: hides(style.overflowY),
  };
  seen.set(e, facts);
  return facts;
}

/** A clip that leaves nothing: "rect(0 0 0 0)" (any units, commas or not), "inset(50%)". */
const NOTHING_LEFT = /^rect\(\s*0\w*[\s,]+0\w*[\s,]+0\w*[\s,]+0\w*\s*\)$|^inset\(\s*(50|100)%\s*\)$/;

/**
 * Text only screen readers hear (a "skip to …" link, a label for an icon): in a box of a pixel or
 * none with its overflow hidden, or clipped to nothing; or text a box cuts off (cutsOff). Its card
 * would point at a blank.
 */
function clippedAway(el: Element, text: DOMRect, seen: ShownMemo): boolean {
  // Whether an ancestor's overflow can still cut the text off: not above a box that scrolls (it cuts
  // off that box's view, which the reader can scroll), nor above something fixed (a viewport of its
  // own, moved by script on smooth-scrolling pages); above something placed absolutely, only from the
  // box it is placed against (a dropdown escapes the boxes between).
  let cuts = true;
  let placed = false;
  for (let e: Element | null = el; e && e !== e.ownerDocument.body; e = e.parentElement) {
    const f = factsOf(e, seen);
    if (f.clipsAway) return true;
    if (f.fixed) cuts = false;
    if (cuts && (!placed || f.containing) && cutsOff(e, f, text)) return true;
    if (f.containing) placed = false;
    if (f.absolute) placed = true;
    if (f.scrolls) cuts = false;
  }
  return false;
}

/**
 * Text a box cuts off: past the end of a line it ends with an ellipsis, on lines a line clamp leaves
 * out, in a carousel's slide out of view. Only a box that hides what overflows it: one that scrolls
 * lets the reader scroll to it.
 */
function cutsOff(e: Element, f: BoxFacts, text: DOMRect): boolean {
  if (!f.hidesX && !f.hidesY) return false;
  f.box ??= e.getBoundingClientRect();
  const box = f.box;
  const outsideX = text.left >= box.right || text.right <= box.left;
  const outsideY = text.top >= box.bottom || text.bottom <= box.top;
  return (f.hidesX && outsideX) || (f.hidesY && outsideY);
}

/**
 * Whether an element, with its computed style, clips its content away (what clippedAway asks of each
 * ancestor): the screen-reader-only pattern, a box of a pixel or none placed out of the flow with its
 * overflow hidden, or a clip that leaves nothing. Not any box of no height: a wrapper of 0px whose
 * content is placed absolutely, or a page's fixed shell over a body of no height, still shows it.
 */
export function clipsAway(e: Element, style: CSSStyleDeclaration): boolean {
  if (NOTHING_LEFT.test(style.clip) || NOTHING_LEFT.test(style.clipPath)) return true;
  if (style.overflow === 'visible' || !/^(absolute|fixed)$/.test(style.position)) return false;
  const box = e.getBoundingClientRect();
  return box.width <= 1 || box.height <= 1;
}

/**
 * Whether the page holds everything out of reach: a modal dialog of its own open over it (shown with
 * showModal, or a box the page marks modal and shows: most consent walls are a fixed <div role="dialog"
 * aria-modal="true">), or the whole page inert.
 */
export const pageHeld = (doc: Document): boolean => openModal(doc) !== null || shownAriaModal(doc) || doc.documentElement.inert;

/** Points of the window, as fractions of its width and height, a wall must cover to hold the page. */
const WALL_POINTS = [
  [0.5, 0.5],
  [0.25, 0.25],
  [0.75, 0.25],
  [0.25, 0.75],
  [0.75, 0.75],
];

/**
 * Whether a box the page marks modal (aria-modal="true") lies over most of the window: what is on top at
 * most of five points across it is inside one. Not a box hidden, shrunk to a pixel, slid off screen or
 * kept at the window's foot, which checkVisibility takes for shown (eighteenth attack suite: one
 * attribute on such a box switched Parallax off for a whole page).
 */
function shownAriaModal(doc: Document): boolean {
  const modals = [...doc.querySelectorAll('[aria-modal="true"]')];
  const view = doc.defaultView;
  if (modals.length === 0 || !view) return false;
  const covered = WALL_POINTS.filter(([fx, fy]) => {
    const top = doc.elementFromPoint(view.innerWidth * fx, view.innerHeight * fy);
    return top !== null && modals.some((m) => m.contains(top));
  });
  return covered.length >= 3;
}

/**
 * Calls `onHeld` when the page comes to hold everything out of reach while something of ours is open
 * (a newsletter dialog shown with showModal as the reader scrolls, the page made inert): a card left
 * open would sit under the backdrop, unusable, its buttons covered. showModal sets the dialog's `open`
 * attribute, so a watch on that attribute (and `inert`) hears it without polling; an element gone
 * fullscreen is heard by its event.
 */
export function whenPageHeld(doc: Document, onHeld: () => void): () => void {
  const check = () => {
    if (pageHeld(doc)) onHeld();
  };
  const observer = new MutationObserver(check);
  // A wall marked modal is heard as its `hidden` or `aria-modal` changes (one shown by a class or a style is not).
  observer.observe(doc.documentElement, { subtree: true, attributes: true, attributeFilter: ['open', 'inert', 'hidden', 'aria-modal'] });
  // A gallery gone fullscreen holds the page too (it matches :modal), with no attribute to hear; heard
  // as it comes down, before a page's own listener can stop it on the way.
  doc.addEventListener('fullscreenchange', check, { capture: true });
  return () => {
    observer.disconnect();
    doc.removeEventListener('fullscreenchange', check, { capture: true });
  };
}

/** The modal dialog open over the page, if any (a consent dialog shown with showModal). */
function openModal(doc: Document): Element | null {
  try {
    return doc.querySelector(':modal');
  } catch {
    // A browser without :modal.
    return null;
  }
}

/**
 * Whether the keyboard can go to a mention and use its card there: shown, and not taken out of
 * reach by the page — made inert, or while a modal dialog is open (a consent dialog over the
 * article): everything outside the dialog is then inert, the card's own host too, so a card would
 * open under the dialog's backdrop, where neither pointer nor keyboard reaches it.
 */
export function isReachable(range: Range): boolean {
  if (!isShown(range)) return false;
  const el = range.startContainer.parentElement!;
  return !el.closest('[inert]') && !pageHeld(el.ownerDocument);
}
