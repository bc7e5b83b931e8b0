/**
 * Social networks' posts a page embeds ("<blockquote class="twitter-tweet">", shown as such whenever
 * the network's script does not run: a content blocker, consent not given): the words are the
 * poster's, not the outlet's, and the spotter already reads them as furniture. Taken out of the copy
 * Add reads, so that they are never stored as the outlet's claims (fifteenth real-pages probe).
 */
import { isEmbeddedPost } from '../spot/furniture';

/** Elements a sentence runs on through: a post set among them is part of it, not a block of its own. */
const INLINE_PARENT = /^(P|SPAN|A|EM|STRONG|B|I|U|SMALL|MARK|Q|CITE|SUB|SUP|LABEL)$/;

/**
 * Whether the post stands as a block of its own between the story's paragraphs: not inside a sentence,
 * with words of it right before or after (a page that set "not" in such a box inside its sentence would
 * otherwise have the sentence stored saying the opposite: eighteenth attack suite).
 */
function standsApart(quote: Element): boolean {
  if (quote.parentElement && INLINE_PARENT.test(quote.parentElement.tagName.toUpperCase())) return false;
  const wordsBeside = (node: ChildNode | null) => node?.nodeType === 3 && (node.textContent ?? '').trim() !== '';
  return !wordsBeside(quote.previousSibling) && !wordsBeside(quote.nextSibling);
}

/** `doc` (a copy) without the posts it embeds. */
export function withoutEmbeddedPosts(doc: Document): void {
  for (const quote of [...doc.querySelectorAll('blockquote')]) if (quote.parentNode && isEmbeddedPost(quote) && standsApart(quote)) quote.remove();
}
