/**
 * From a DOM boundary point (node, offset) to an offset in the page's readable text, so a range the
 * reader selected or a painted mention can be described with W3C-style selectors.
 */
import { compareStarts } from '../core/spot/composed';
import type { PageText } from '../core/spot/dom-text';

/** A collapsed range at the end of a text node. */
function pointAt(text: Text): Range {
  const r = text.ownerDocument.createRange();
  r.setStart(text, text.data.length);
  return r;
}

/** The first text segment at or after a boundary point, and where in it the point falls. */
export function offsetOf(page: PageText, node: Node, offset: number): number | undefined {
  if (node.nodeType === 3) {
    const seg = page.segments.find((s) => s.node === node);
    return seg ? seg.start + Math.min(offset, seg.end - seg.start) : undefined;
  }
  const boundary = node.ownerDocument!.createRange();
  boundary.setStart(node, offset);
  // Segments are in the order drawn: the first one not before the boundary is where the point lands.
  // One in another tree (a shadow root's text) is compared as drawn: comparePoint throws across trees.
  const root = node.getRootNode();
  const seg = page.segments.find((s) =>
    s.node.getRootNode() === root ? boundary.comparePoint(s.node, s.node.data.length) >= 0 : compareStarts(boundary, pointAt(s.node)) <= 0,
  );
  // A boundary between elements lies wholly before or after each text node: it lands at the node's start.
  return seg ? seg.start : page.text.length;
}

/** A range as offsets into the page text, without the white space at its edges. */
export function rangeOffsets(page: PageText, range: Range): { start: number; end: number } | undefined {
  let start = offsetOf(page, range.startContainer, range.startOffset);
  let end = offsetOf(page, range.endContainer, range.endOffset);
  if (start === undefined || end === undefined) return undefined;
  while (start < end && /\s/.test(page.text[start])) start++;
  while (end > start && /\s/.test(page.text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/** Made when first needed (a card or a save): making one loads the browser's sentence rules, which a page that opens no card never needs. */
let sentenceSegmenter: Intl.Segmenter | undefined;

/**
 * The sentence around [start, end) in the page text, as offsets (within its block, without the white
 * space at its edges, reaching to `end` when the passage runs past the sentence): what the card's Save
 * stores, and the sentence the card's facets are ranked by.
 */
export function sentenceOffsets(text: string, start: number, end: number): { start: number; end: number } {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const toRaw = text.indexOf('\n', end);
  const to = toRaw < 0 ? text.length : toRaw;
  const block = text.slice(from, to);
  sentenceSegmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const s of sentenceSegmenter.segment(block)) {
    const sStart = from + s.index;
    const sEnd = sStart + s.segment.trimEnd().length;
    if (sEnd > start) return { start: sStart + (s.segment.length - s.segment.trimStart().length), end: Math.max(sEnd, end) };
  }
  return { start: from, end: to };
}

/** Two ranges share some text when either one starts inside the other. */
export function rangesOverlap(a: Range, b: Range): boolean {
  const startsIn = (x: Range, y: Range) =>
    y.isPointInRange(x.startContainer, x.startOffset) && !(y.endContainer === x.startContainer && y.endOffset === x.startOffset);
  return startsIn(a, b) || startsIn(b, a);
}
