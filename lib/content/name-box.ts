/**
 * The boxes a name is drawn in, for scrolling to it and placing its card. A name wrapping onto the
 * next line runs downward, and its boxes are all of it; one that runs from the foot of a column to
 * the head of the next (CSS columns) has its second part higher up, and the union of both spans the
 * whole column: its first part alone is where the reader starts reading it.
 */
export function nameRects(range: Range): DOMRect[] {
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  const broken = rects.some((r, i) => i > 0 && r.bottom <= rects[i - 1].top);
  return broken ? rects.slice(0, 1) : rects;
}

/** The box around the name's boxes (nameRects), or the range's own where it has none drawn. */
export function nameBox(range: Range): DOMRect {
  const rects = nameRects(range);
  if (rects.length === 0) return range.getBoundingClientRect();
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}
