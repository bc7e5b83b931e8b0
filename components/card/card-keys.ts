/**
 * The card's keyboard. Tab and Shift+Tab stop at the same few places whatever the card holds: the
 * header's buttons, its body (one stop), and "Add this article". The body's links, label chips and
 * buttons are reached with the arrow keys, Home and End. A page's listeners that run before the card
 * (capture) hear each key press on the card's element, and any page sees when the focus leaves it: if
 * Tab stopped at every claim's link, counting presses until the focus came out would tell it how much a
 * card holds for a name, and a page that stops Tab before the card hears it leaves the browser to move
 * the focus by its own tab order. After the card, a key goes no further (keptFromPage).
 */

/** What Tab may reach in the card; anything with tabIndex -1 in the body is left to the arrows. */
const TABBABLE = 'button:not([disabled]), a[href], input, textarea, select, iframe, [tabindex]';
const ARROWS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);
/** What an arrow key scrolls the card by, past either end of its items (about a browser's own step). */
const LINE_PX = 40;
/** What the arrow keys reach in the card's body. */
const IN_BODY = 'button:not([disabled]), a[href], [tabindex="-1"]';

function activeIn(el: HTMLElement): Element | null {
  return (el.getRootNode() as Document | ShadowRoot).activeElement;
}

/**
 * Tab and Shift+Tab go round the card's stops while it is open (Escape leaves it): to the next stop
 * after the focus in reading order, so from a link in the body to the stop after the body.
 */
export function keepTabInside(e: KeyboardEvent): void {
  if (e.key !== 'Tab') return;
  const card = e.currentTarget as HTMLElement;
  const stops = [...card.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.tabIndex >= 0);
  if (stops.length === 0) return;
  const active = activeIn(card);
  // Where each stop lies from the focus: an ancestor of it (the body, for a link there) comes before.
  const from = (stop: HTMLElement) => (active ? active.compareDocumentPosition(stop) : 0);
  const next = e.shiftKey
    ? ([...stops].reverse().find((s) => from(s) & Node.DOCUMENT_POSITION_PRECEDING) ?? stops[stops.length - 1])
    : (stops.find((s) => from(s) & Node.DOCUMENT_POSITION_FOLLOWING) ?? stops[0]);
  e.preventDefault();
  next.focus();
}

/**
 * ArrowDown and ArrowUp step through the body's links, chips and buttons in reading order (up from
 * the first goes back to the body itself), Home and End go to the first and last. Past either end,
 * or with nothing to reach, the card scrolls itself: the key is taken either way.
 */
export function moveWithArrows(e: KeyboardEvent): void {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  if (!ARROWS.has(e.key)) return;
  // The page hears every key pressed in the card after the card has (the event is composed), and reads
  // `defaultPrevented`: were it left false only past the last item, counting presses until then would
  // count the card's links and chips. So each of these keys is always taken, and the card scrolls itself.
  e.preventDefault();
  const body = e.currentTarget as HTMLElement;
  const items = [...body.querySelectorAll<HTMLElement>(IN_BODY)];
  const at = items.indexOf(activeIn(body) as HTMLElement);
  let next: HTMLElement | undefined;
  if (e.key === 'ArrowDown') next = items[at + 1];
  else if (e.key === 'ArrowUp') next = at === 0 ? body : at > 0 ? items[at - 1] : undefined;
  else if (e.key === 'Home') next = items[0];
  else if (e.key === 'End') next = items[items.length - 1];
  if (next) {
    next.focus();
    return;
  }
  const scroller = body.closest<HTMLElement>('.px-popover') ?? body;
  if (e.key === 'ArrowDown') scroller.scrollBy({ top: LINE_PX });
  else if (e.key === 'ArrowUp') scroller.scrollBy({ top: -LINE_PX });
  else if (e.key === 'Home') scroller.scrollTo({ top: 0 });
  else scroller.scrollTo({ top: scroller.scrollHeight });
}

/**
 * A key pressed in the card goes no further than the card: a page's own shortcuts (a section scroller's
 * arrows and Space, a player's keys) would otherwise act on the reader's keys meant for the card, and
 * close it, under the key that was to save. Parallax's own keys (Escape, Alt+Shift+M) are heard before,
 * as the key goes down to the card.
 */
export function keptFromPage(e: KeyboardEvent): void {
  if (!e.isTrusted) return;
  // A key's release goes no further only where its press did: Alt and Shift pressed on the page to open
  // the card (Alt+Shift+M) are released in it, and a page tracking held keys must hear them let go.
  if (e.type === 'keydown') downInCard.add(e.code);
  else if (e.type === 'keyup' && !downInCard.delete(e.code)) return;
  e.stopPropagation();
}

/** The keys pressed down while the focus was in the card, until they are released. */
const downInCard = new Set<string>();
