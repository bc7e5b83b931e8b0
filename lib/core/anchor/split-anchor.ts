/**
 * A saved passage that runs over a paragraph break, found again where the page has put something
 * between its paragraphs since (an advertisement, a "Read more" box, a newsletter sign-up): its
 * first and last paragraphs' pieces are found on their own, in order, with the paragraphs whole in
 * between. Searched as one string, the inserted block counts as edits and the passage would become
 * an orphan though not a word of it changed (the Hypothesis client keeps start and end selectors for
 * the same reason).
 */
import type { TextQuote } from '../highlights/types';

/** A piece this short could be anywhere ("He said.", "No."): the passage's ends must say more. */
const MIN_PIECE = 12;

/** Whether `stored` context matches the text next to a piece: its end (prefix) or its start (suffix), exactly. */
const endsWith = (text: string, at: number, prefix: string) => prefix === '' || text.slice(Math.max(0, at - prefix.length), at) === prefix;
const startsWith = (text: string, at: number, suffix: string) => suffix === '' || text.startsWith(suffix, at);

/**
 * The passage's [start, end) in `text`, when its paragraphs are all there, whole, in order, each
 * exactly as saved, with only whole paragraphs put between them; its first piece preceded by the
 * saved prefix and its last followed by the saved suffix. Null otherwise.
 */
export function anchorAcrossInserts(text: string, quote: TextQuote): { start: number; end: number } | null {
  const pieces = quote.exact.split('\n');
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (pieces.length < 2 || first.length < MIN_PIECE || last.length < MIN_PIECE) return null;
  // The passage's first piece ends its paragraph; its last opens one; those between are paragraphs whole.
  for (let at = text.indexOf(`${first}\n`); at >= 0; at = text.indexOf(`${first}\n`, at + 1)) {
    if (!endsWith(text, at, quote.prefix)) continue;
    // A piece not found after this start is not found after a later one: give up then, or a passage
    // whose first piece repeats would be searched for again from each repeat (quadratic).
    let from = at + first.length;
    for (const piece of pieces.slice(1, -1)) {
      const next = text.indexOf(`\n${piece}\n`, from);
      if (next < 0) return null;
      from = next + piece.length + 1;
    }
    const end = text.indexOf(`\n${last}`, from);
    if (end < 0) return null;
    const stop = end + 1 + last.length;
    if (startsWith(text, stop, quote.suffix)) return { start: at, end: stop };
  }
  return null;
}
