/**
 * Whether a passage about to be saved holds words the page does not show: a hidden " never" inside
 * a sentence would be in the reader's collection as if they had read it. Only an ad slot's hidden
 * label on a line of its own ("Advertisement" between two paragraphs) is let through.
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
