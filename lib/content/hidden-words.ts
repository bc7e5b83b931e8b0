/**
 * Whether a passage about to be saved holds words the page does not show: a hidden " never" inside
 * a sentence would be in the reader's collection as if they had read it. Only an ad slot's hidden
 * label on a line of its own ("Advertisement" between two paragraphs) is let through. And the other
 * way round: words the page draws with its stylesheet (`::before { content: "never " }`), which the
 * reader reads but the page's text does not hold, would be missing from what is saved.
 */
import { AD_LABEL } from '../core/extract/ad-label';
import type { PageText } from '../core/spot/dom-text';

const WORDS = /[\p{L}\p{N}]/u;

/** `shown`: whether a text node's words are on screen at all (display, visibility, opacity). */
export function hidesWordsInLine(page: PageText, at: { start: number; end: number }, shown: (node: Text) => boolean): boolean {
  const { text } = page;
  return page.segments.some((g) => {
    if (g.end <= at.start || g.start >= at.end) return false;
    if (!WORDS.test(text.slice(Math.max(g.start, at.start), Math.min(g.end, at.end))) || shown(g.node)) return false;
    const ownLine = text[g.start - 1] === '\n' && text[g.end] === '\n' && g.start > at.start && g.end < at.end;
    return !(ownLine && AD_LABEL.test(g.node.data.trim()));
  });
}

/** A quoted string of generated content holding a letter or digit, or text drawn from an attribute. */
const DRAWN_WORDS = /"(?:[^"\\]|\\.)*[\p{L}\p{N}](?:[^"\\]|\\.)*"|\battr\(/u;

/** Whether an element inside `range` (below what holds all of it) draws words with ::before or ::after. */
export function drawsWordsIn(range: Range): boolean {
  const root = range.commonAncestorContainer;
  const top = root.nodeType === 1 ? (root as Element) : root.parentElement;
  if (!top) return false;
  const walker = top.ownerDocument.createTreeWalker(top, NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n) && drawsWords(n as Element)) return true;
  return false;
}

const drawsWords = (el: Element) => ['::before', '::after'].some((pseudo) => DRAWN_WORDS.test(getComputedStyle(el, pseudo).content));
