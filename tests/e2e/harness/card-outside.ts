/**
 * The card and the save panel seen from outside their (closed) shadow roots, as in Firefox, where a
 * test cannot reach inside: where the page shows the host (hit-testing the viewport: a point over
 * the card hits its host), whether focus is in it, and which mention is painted as active. Only what
 * any page script sees, so these probes work whatever the root's mode.
 */
import { ACTIVE, type PageDriver } from './pages';

export type Host = 'parallax-popover' | 'parallax-save';

/** The part of the viewport where the host is the top element, on a 10 px grid (null: nowhere). */
export interface HostArea {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function hostArea(d: PageDriver, tag: Host): Promise<HostArea | null> {
  return d.evaluate((tag) => {
    const host = document.querySelector(tag);
    if (!host) return null;
    let area: { left: number; top: number; right: number; bottom: number } | null = null;
    for (let y = 1; y < innerHeight; y += 10) {
      for (let x = 1; x < innerWidth; x += 10) {
        if (document.elementFromPoint(x, y) !== host) continue;
        area = area
          ? { left: Math.min(area.left, x), top: Math.min(area.top, y), right: Math.max(area.right, x), bottom: Math.max(area.bottom, y) }
          : { left: x, top: y, right: x, bottom: y };
      }
    }
    return area;
  }, tag);
}

/**
 * Waits until the host shows over the page and has stopped changing for a few readings (the card
 * grows once its claims arrive, then Floating UI places it), and returns where it is.
 */
export async function waitForShown(d: PageDriver, tag: Host, timeoutMs = 10_000): Promise<HostArea> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let same = 0;
  for (;;) {
    const area = await hostArea(d, tag);
    const now = JSON.stringify(area);
    same = area && now === last ? same + 1 : 0;
    last = now;
    if (area && same >= 3) return area;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for <${tag}> to show and settle (last: ${now})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until no point of the viewport hits the host. */
export async function waitForGone(d: PageDriver, tag: Host, timeoutMs = 3_000): Promise<void> {
  await d.waitFor(
    (tag) => {
      const host = document.querySelector(tag);
      if (!host) return true;
      for (let y = 1; y < innerHeight; y += 10) for (let x = 1; x < innerWidth; x += 10) if (document.elementFromPoint(x, y) === host) return false;
      return true;
    },
    tag,
    timeoutMs,
  );
}

/** Where focus is, as the page sees it: in a host (its tag, lower case), or on a page element. */
export function focusedTag(d: PageDriver): Promise<string | null> {
  return d.evaluate(() => document.activeElement?.localName ?? null, null);
}

/** The text of the mention painted as active (the card's), or null. */
export function activeMention(d: PageDriver): Promise<string | null> {
  return d.evaluate((name) => {
    const range = [...(CSS.highlights.get(name) ?? [])][0] as Range | undefined;
    return range ? range.toString() : null;
  }, ACTIVE);
}

/** The tag name of the host's parent element (where the content script put it), or null. */
export function hostParent(d: PageDriver, tag: Host): Promise<string | null> {
  return d.evaluate((tag) => document.querySelector(tag)?.parentElement?.localName ?? null, tag);
}

/**
 * Moves focus to the open card's last control ("Add this article") from the keyboard: the card keeps
 * Tab inside it, so Shift+Tab from where opening put the focus goes round to its last control.
 */
export async function tabToLastControl(d: PageDriver): Promise<void> {
  await d.press('Tab', ['Shift']);
}
