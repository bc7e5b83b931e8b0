/**
 * Whether the page lays an element out apart from its neighbours, by its computed style: anything
 * but `inline` (and `contents`, which has no box of its own). Sites restyle inline tags as blocks
 * and chips — a kicker `<span>` above a headline, a row of topic links — with no space between
 * their words in the source; read by tag alone, "Analysis" and "Putin's gamble" run together and
 * the name is lost. The walker asks only where two words meet across elements (dom-text.ts's
 * `apart`), so the style is read for a handful of elements, not for every one on the page.
 */
export function laidOutApart(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const display = view.getComputedStyle(el).display;
  return display !== 'inline' && display !== 'contents';
}
