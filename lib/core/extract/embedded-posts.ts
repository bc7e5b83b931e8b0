/**
 * Social networks' posts a page embeds ("<blockquote class="twitter-tweet">", shown as such whenever
 * the network's script does not run: a content blocker, consent not given): the words are the
 * poster's, not the outlet's, and the spotter already reads them as furniture. Taken out of the copy
 * Add reads, so that they are never stored as the outlet's claims (fifteenth real-pages probe).
 */
import { isEmbeddedPost } from '../spot/furniture';

/** `doc` (a copy) without the posts it embeds. */
export function withoutEmbeddedPosts(doc: Document): void {
  for (const quote of [...doc.querySelectorAll('blockquote')]) if (quote.parentNode && isEmbeddedPost(quote)) quote.remove();
}
