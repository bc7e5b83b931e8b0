/**
 * Keyboard stepping's order: from the mention at `current` (-1: none yet), the next one the keyboard
 * can reach, going round. Forward starts at the first not above the window and backward at the last. A mention the page
 * does not show (a closed menu, display:none) is passed over: its card would point at nothing; so is
 * one behind a modal dialog, whose card the keyboard could not reach.
 */
import { isReachable } from './is-shown';
import type { PageMention } from './scan';

/**
 * Where forward stepping starts when nothing was stepped to yet: the first mention not above the window,
 * where the reader is reading (on a page of stories one after another, the first step went back to the
 * first story, and *Add this article* then stored that one: fifteenth real-pages probe); the first of all
 * when every one is above.
 */
function firstNotAbove(mentions: readonly PageMention[]): number {
  const i = mentions.findIndex((m) => m.range.getBoundingClientRect().bottom > 0);
  return i < 0 ? 0 : i;
}

/** The index stepped to, or -1 when no mention can be reached. */
export function nextReachable(mentions: readonly PageMention[], current: number, direction: 1 | -1): number {
  const n = mentions.length;
  let at = current < 0 && direction === 1 && n > 0 ? firstNotAbove(mentions) - 1 : current;
  for (let tried = 0; tried < n; tried++) {
    at = at < 0 ? (direction === 1 ? 0 : n - 1) : (at + direction + n) % n;
    if (isReachable(mentions[at].range)) return at;
  }
  return -1;
}
