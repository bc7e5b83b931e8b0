/**
 * A place on the page for our own UI (the card, the save panel): an element of ours with a CLOSED
 * shadow root, so page script cannot reach in (its `shadowRoot` is null), page CSS cannot style what
 * is inside, and the element is known as ours by identity (./ours.ts, whose marker the caller
 * passes). It sits at the end of <html>, outside the body the spotter reads, and only while mounted.
 */
import css from '../../components/card/popover.css?inline';
import type { Ours } from './ours';

export interface ClosedHost {
  /** Where the UI renders, inside the closed root. */
  container: HTMLElement;
  /** Puts the host at the end of <html> (again, if the page removed or moved it). */
  mount(): void;
  remove(): void;
  /** Whether `el`, inside the root, has the focus: the page cannot tell, and an inert page or a modal dialog keeps it from us. */
  hasFocus(el: Element): boolean;
  /** Whether an element inside the root has the focus (not the host itself, which a page can focus once it gives it a tabIndex). */
  holdsFocus(): boolean;
  /** Whether `el` is this host (what a press or the focus inside its closed root lands on). */
  isHost(el: Element): boolean;
}

/**
 * Styles inside the root win over the page's, even its `!important` ones on our host element. `all`
 * leaves `direction` out: on a right-to-left page the card would be laid out mirrored, its
 * punctuation at the wrong end ("?blamed"); the card is written left to right.
 */
const RESET = ':host { all: initial !important; direction: ltr !important; unicode-bidi: isolate !important; }';

/**
 * The card's custom properties (--px-bg, …) under names of this page load's own. A registered custom
 * property is the document's, shadow roots included: a page calling `CSS.registerProperty({ name:
 * '--px-bg', inherits: false, initialValue: 'transparent' })` would make the card see-through, with
 * a card of its own under it (clickjacking no occlusion check sees). It cannot register a name it
 * cannot know.
 */
const PRIVATE_NAMES = css.replaceAll(
  '--px-',
  `--px-${[...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('')}-`,
);

/** What makes an element focusable or editable, which a page may give our host. */
const FOCUS_ATTRIBUTES = ['tabindex', 'contenteditable', 'autofocus', 'accesskey'];

/** A document of our own, which no page script has defined custom elements for. */
let blank: Document | undefined;

/**
 * `ours` is the content script's registry (./ours.ts), passed in: this runs in the lazily loaded UI
 * script. `onMoved`: the page took the mounted host out of <html> (into a wrapper or a frame of its
 * own, where it could mask it or read what it paints): it is taken out, before the page draws it
 * there, and the owner closes what it showed.
 */
export function closedHost(tagName: string, ours: Ours, onMoved?: () => void): ClosedHost {
  // Made, and given its closed root, in that document, then moved into the page's: a page that defines
  // <parallax-popover> itself would have its constructor run for an element made in its document, and
  // a shadow root it attached first would make ours throw, so no card would open and a save would be
  // lost. Upgraded by the page's definition once in its document, the element keeps the root it has.
  // (Attached there, too: a definition in the page's registry may forbid shadow roots, "disabledFeatures".)
  blank ??= document.implementation.createHTMLDocument('');
  const made = blank.createElement(tagName);
  const root = made.attachShadow({ mode: 'closed' });
  const host = ours.markOurs(document.adoptNode(made));
  const style = document.createElement('style');
  style.textContent = `${RESET}\n${PRIVATE_NAMES}`;
  const container = document.createElement('div');
  root.append(style, container);
  // The page may not make the host itself focusable or editable: focused, it would take the keys the
  // reader means for the note, or aim their Tab and Enter at a card it keeps covered. Undone in a
  // microtask, and a focus it gave the host meanwhile is taken away.
  const focusable = new MutationObserver(() => {
    for (const name of FOCUS_ATTRIBUTES) host.removeAttribute(name);
    if (document.activeElement === host && root.activeElement === null) (host as HTMLElement).blur();
  });
  focusable.observe(host, { attributes: true, attributeFilter: FOCUS_ATTRIBUTES });
  // Told in a microtask after the page's move, so before the next frame is drawn.
  const watch = new MutationObserver((records) => {
    if (host.parentNode === document.documentElement || !records.some((r) => [...r.removedNodes].includes(host))) return;
    watch.disconnect();
    host.remove();
    onMoved?.();
  });
  return {
    container,
    mount: () => {
      if (host.parentNode !== document.documentElement) document.documentElement.append(host);
      watch.observe(document.documentElement, { childList: true });
    },
    remove: () => {
      watch.disconnect();
      focusable.disconnect();
      host.remove();
    },
    hasFocus: (el) => document.activeElement === host && root.activeElement === el,
    holdsFocus: () => document.activeElement === host && root.activeElement !== null,
    isHost: (el) => el === host,
  };
}
