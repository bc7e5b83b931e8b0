/**
 * How the page lays an element out, by its computed style (lib/core/spot/dom-text.ts's `apart`):
 * sites restyle inline tags as blocks and chips — a kicker `<span>` set over a headline, a row of
 * topic links — with no space between their words in the source; read by tag alone, "Analysis" and
 * "Putin's gamble" run together and the name is lost. The walker asks only where two words meet
 * across elements, so the style is read for a handful of elements, not for every one on the page.
 */
import type { Apart } from '../core/spot/dom-text';

export function laidOutApart(el: Element): Apart {
  // A single letter laid out on its own is part of a word: a drop cap, a headline split letter by letter.
  // (Read off its one text node: the whole text of a large element, at every junction, would cost the page.)
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === 3 && (only as Text).data.trim().length <= 1) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  const display = style.display;
  // Floated (a drop cap of a few letters, an icon), its words run on beside it.
  // Not laid out at all (display: none) is no line of its own either: what it hides is the saver's to refuse.
  if (display === 'inline' || display === 'contents' || display === 'none' || style.float !== 'none') return false;
  return display.startsWith('inline') || display.startsWith('ruby') ? 'box' : 'line';
}
