/**
 * Which of a page's mentions lie within a few screens of the viewport, from their boxes, reading
 * few of them: mentions come in document order, which on nearly every page is their order down the
 * page, so a binary search finds the first near one and a walk on from there collects the rest.
 * Where the order breaks locally (columns, floats, a figure's caption) the walk goes on past far
 * boxes, up to SLACK of them in a row. Hidden mentions (no box: a collapsed menu, a closed tab) are
 * stepped over, each judged by the next mention shown.
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
/** Boxes read at most per call: a page of thousands of hidden mentions costs no more than this. */
export const MAX_READS = 2_048;

const shown = (b: Box) => b.width > 0 || b.height > 0;
const UNREAD: Box = { top: 0, bottom: 0, width: 0, height: 0 };

/** Indexes of the mentions whose box is within `reach` screens above or below a viewport `height` tall, ascending. */
export function nearIndexes(n: number, boxAt: (i: number) => Box, height: number, reach = 1): number[] {
  const top = -reach * height;
  const bottom = (1 + reach) * height;
  const boxes = new Map<number, Box>();
  const spent = () => boxes.size >= MAX_READS;
  /** A mention's box; once MAX_READS are read, any other is taken for hidden. */
  const box = (i: number) => {
    let b = boxes.get(i);
    if (!b) {
      if (spent()) return UNREAD;
      b = boxAt(i);
      boxes.set(i, b);
    }
    return b;
  };
  /** The first shown mention at or after `i` (before `end`), or `end` when none is (or the reads ran out). */
  const nextShown = (i: number, end: number) => {
    while (i < end && !spent() && !shown(box(i))) i++;
    return i < end && shown(box(i)) ? i : end;
  };
  // The first mention whose box (or the next shown one's) ends below the band's top.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const j = nextShown(mid, hi);
    if (j < hi && box(j).bottom < top) lo = j + 1;
    else hi = mid;
  }
  const found: number[] = [];
  const walk = (from: number, step: 1 | -1) => {
    for (let i = from, far = 0; i >= 0 && i < n && far <= SLACK && !spent(); i += step) {
      const b = box(i);
      if (!shown(b)) continue;
      if (b.bottom >= top && b.top <= bottom) {
        found.push(i);
        far = 0;
      } else far++;
    }
  };
  walk(lo - 1, -1);
  walk(lo, 1);
  return found.sort((a, b) => a - b);
}
