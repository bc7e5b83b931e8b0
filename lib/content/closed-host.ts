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
}

/** Styles inside the root win over the page's, even its `!important` ones on our host element. */
const RESET = ':host { all: initial !important; }';

/** `ours` is the content script's registry (./ours.ts), passed in: this runs in the lazily loaded UI script. */
export function closedHost(tagName: string, ours: Ours): ClosedHost {
  const host = ours.markOurs(document.createElement(tagName));
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `${RESET}\n${css}`;
  const container = document.createElement('div');
  root.append(style, container);
  return {
    container,
    mount: () => void (host.parentNode === document.documentElement || document.documentElement.append(host)),
    remove: () => host.remove(),
  };
}
