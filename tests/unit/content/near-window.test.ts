import { describe, expect, it } from 'vitest';
import { type Box, MAX_READS, nearIndexes, SLACK } from '../../../lib/content/near-window';

const HEIGHT = 100;
/** A line of text at `top`, 10 px tall. */
const line = (top: number): Box => ({ top, bottom: top + 10, width: 80, height: 10 });
const HIDDEN: Box = { top: 0, bottom: 0, width: 0, height: 0 };

/** The mentions a screen (HEIGHT) above or below the viewport, found by looking at every box. */
const everyNear = (boxes: Box[]) => boxes.flatMap((b, i) => (b.width > 0 && b.bottom >= -HEIGHT && b.top <= 2 * HEIGHT ? [i] : []));

describe('nearIndexes (which mentions are within a screen of the viewport)', () => {
  it('finds the mentions from a screen above the viewport to a screen below it, as the page scrolls', () => {
    // A mention every 20 px down a page 4,000 px long.
    for (const scrolled of [0, 1_000, 3_950]) {
      const boxes = Array.from({ length: 200 }, (_, i) => line(i * 20 - scrolled));
      const near = nearIndexes(boxes.length, (i) => boxes[i], HEIGHT);
      expect(near).toEqual(everyNear(boxes));
    }
    const boxes = Array.from({ length: 200 }, (_, i) => line(i * 20 - 1_000));
    // 1,000 px scrolled: from -100 to 200 px, the mentions at 900 … 1,200 px down the page.
    expect(nearIndexes(boxes.length, (i) => boxes[i], HEIGHT)).toEqual(Array.from({ length: 16 }, (_, k) => 45 + k));
  });

  it('looks at few boxes, however long the page', () => {
    const boxes = Array.from({ length: 100_000 }, (_, i) => line(i * 20 - 1_000_000));
    let looked = 0;
    const near = nearIndexes(boxes.length, (i) => (looked++, boxes[i]), HEIGHT);
    expect(near).toEqual(everyNear(boxes));
    expect(looked).toBeLessThan(100);
  });

  it('finds mentions out of document order nearby (a second column starting back at the top)', () => {
    // Column one: 0 … 390 px; column two, later in the document: 0 … 390 px again, then the page goes on.
    const column = Array.from({ length: 20 }, (_, i) => line(i * 20));
    const boxes = [...column, ...column, ...Array.from({ length: 50 }, (_, i) => line(400 + i * 20))];
    expect(nearIndexes(boxes.length, (i) => boxes[i], HEIGHT)).toEqual(everyNear(boxes));
  });

  it('steps over hidden mentions (no box) without underlining them or losing its way', () => {
    const boxes = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? HIDDEN : line(i * 20 - 2_000)));
    for (let i = 90; i < 110; i++) boxes[i] = HIDDEN;
    expect(nearIndexes(boxes.length, (i) => boxes[i], HEIGHT)).toEqual(everyNear(boxes));
    const allHidden = Array.from({ length: 1_000 }, () => HIDDEN);
    expect(nearIndexes(allHidden.length, (i) => allHidden[i], HEIGHT)).toEqual([]);
    expect(nearIndexes(0, () => line(0), HEIGHT)).toEqual([]);
  });

  it('gives up past SLACK far mentions in a row: a mention far away in the document is not looked for', () => {
    // Mentions down the page, then, later in the document, one placed back on screen (a fixed footer, say).
    const boxes = [...Array.from({ length: 100 }, (_, i) => line(i * 20)), ...Array.from({ length: SLACK + 1 }, () => line(5_000)), line(50)];
    expect(nearIndexes(boxes.length, (i) => boxes[i], HEIGHT)).toEqual(everyNear(boxes).slice(0, -1));
  });
  it('steps over a run of hidden mentions longer than any limit, before the viewport or around it', () => {
    // 1,000 hidden mentions (a collapsed menu), then the article's, 20 px apart from 0 px down the viewport.
    const boxes = [...Array.from({ length: 1_000 }, () => HIDDEN), ...Array.from({ length: 100 }, (_, i) => line(i * 20))];
    expect(nearIndexes(boxes.length, (i) => boxes[i], HEIGHT)).toEqual(everyNear(boxes));
    // The viewport inside a run of hidden mentions, with shown ones far before and after it.
    const around = [line(-5_000), ...Array.from({ length: 600 }, () => HIDDEN), line(50), ...Array.from({ length: 600 }, () => HIDDEN), line(5_000)];
    expect(nearIndexes(around.length, (i) => around[i], HEIGHT)).toEqual(everyNear(around));
  });

  it('reads no more than MAX_READS boxes, however many mentions are hidden', () => {
    const boxes = Array.from({ length: 50_000 }, (_, i) => (i === 49_999 ? line(0) : HIDDEN));
    let looked = 0;
    nearIndexes(boxes.length, (i) => (looked++, boxes[i]), HEIGHT);
    expect(looked).toBeLessThanOrEqual(MAX_READS);
  });
});
