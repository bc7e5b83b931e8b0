/**
 * Which of a page's mentions lie within a screen's height of the viewport, from their boxes, reading
 * few of them: mentions come in document order, which on nearly every page is their order down the
 * page, so a binary search finds the first near one and a walk on from there collects the rest.
 * Where the order breaks locally (columns, floats, a figure's caption) the walk goes on past far
 * boxes, up to SLACK of them in a row; hidden text (no box) is stepped over.
 */

/** What is read of a mention's box (a DOMRect in viewport coordinates). */
export interface Box {
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/** Far boxes in a row the walk steps over before it stops (either way from the first near one). */
export const SLACK = 16;
/** Hidden mentions in a row it steps over (a collapsed section of a page). */
const HIDDEN_RUN = 256;

const shown = (b: Box) => b.width > 0 || b.height > 0;

/** Indexes of the mentions whose box is within `height` above or below a viewport `height` tall, ascending. */
export function nearIndexes(n: number, boxAt: (i: number) => Box, height: number): number[] {
  const top = -height;
  const bottom = 2 * height;
  const boxes = new Map<number, Box>();
  const box = (i: number) => {
    let b = boxes.get(i);
    if (!b) {
      b = boxAt(i);
      boxes.set(i, b);
    }
    return b;
  };
  // The first mention whose box ends below the band's top; a hidden one is judged by the next shown.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let j = mid;
    while (j < hi && j - mid < HIDDEN_RUN && !shown(box(j))) j++;
    if (j < hi && shown(box(j)) && box(j).bottom < top) lo = j + 1;
    else hi = mid;
  }
  const near = (i: number) => {
    const b = box(i);
    return shown(b) && b.bottom >= top && b.top <= bottom;
  };
  const found: number[] = [];
  const walk = (from: number, step: 1 | -1) => {
    let far = 0;
    let hidden = 0;
    for (let i = from; i >= 0 && i < n && far <= SLACK && hidden <= HIDDEN_RUN; i += step) {
      if (near(i)) {
        found.push(i);
        far = 0;
        hidden = 0;
      } else if (shown(box(i))) far++;
      else hidden++;
    }
  };
  walk(lo - 1, -1);
  walk(lo, 1);
  return found.sort((a, b) => a - b);
}
