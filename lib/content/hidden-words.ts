/**
 * Whether a passage about to be saved holds words the page does not show, set among words it does:
 * a hidden " never" inside a sentence would be in the reader's collection as if they had read it. A
 * hidden line of its own (an ad slot's "Advertisement" label between two paragraphs) changes no
 * sentence the reader saw, and is let through.
 */
import type { PageText } from '../core/spot/dom-text';

const WORDS = /[\p{L}\p{N}]/u;

/** `shown`: whether a text node's words are on screen at all (display, visibility, opacity). */
export function hidesWordsInLine(page: PageText, at: { start: number; end: number }, shown: (node: Text) => boolean): boolean {
  const { text } = page;
  return page.segments.some((g) => {
    if (g.end <= at.start || g.start >= at.end) return false;
    if (!WORDS.test(text.slice(Math.max(g.start, at.start), Math.min(g.end, at.end))) || shown(g.node)) return false;
    const lineBefore = g.start <= at.start || text[g.start - 1] === '\n';
    const lineAfter = g.end >= at.end || text[g.end] === '\n';
    return !(lineBefore && lineAfter);
  });
}
