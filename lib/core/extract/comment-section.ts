/**
 * Readers' comments a page shows under its story: their words are the readers', not the outlet's,
 * and Readability takes them for the article's (a short story under a long thread was read as the
 * thread alone; fourteenth real-pages probe). Taken out of the copy read: a box the page names as its
 * comments, or a box that opens with a heading saying so ("Comments (400)", "Reader comments",
 * "Join the conversation"). Never a box that holds the story's headline or its lede (its first
 * paragraph of some length after the headline): a mistaken class name, or a subheading in the story's
 * own body, must not cost the article.
 */
const COMMENT_BOX =
  '#comments, #comment-section, #disqus_thread, .comments, .comment-section, .comments-section, .comment-list, .commentlist, [data-component="comments"], [aria-label="Comments"]';
/** A heading that says readers' comments follow: with their count, or said to be readers'. */
const COMMENTS_HEADING =
  /^(?:\d[\d,.]*\s+comments?|comments?\s*\(\d[\d,.]*\)|readers?['’]?\s+comments?|(?:join|start) the (?:conversation|discussion)|(?:leave|post|add) a comment)$/i;

/** The story's lede: its first paragraph of some length after the headline (or on the page, with none). */
function ledeOf(doc: Document, headline: Element | null): Element | undefined {
  const long = [...doc.querySelectorAll('p')].filter((p) => (p.textContent ?? '').trim().length >= 80);
  return headline ? (long.find((p) => headline.compareDocumentPosition(p) & 4) ?? long[0]) : long[0];
}

/** `doc` (a copy) without its readers' comments. */
export function withoutComments(doc: Document): void {
  const headline = doc.querySelector('h1');
  const lede = ledeOf(doc, headline);
  const mayGo = (box: Element) =>
    !(headline !== null && box.contains(headline)) && !(lede !== undefined && box.contains(lede)) && box.querySelector('article, main') === null;
  const boxes = [...doc.querySelectorAll(COMMENT_BOX)];
  for (const heading of doc.querySelectorAll('h2, h3, h4')) {
    const box = heading.parentElement;
    if (box && box.firstElementChild === heading && COMMENTS_HEADING.test((heading.textContent ?? '').trim())) boxes.push(box);
  }
  for (const box of boxes) if (box.parentNode && mayGo(box)) box.remove();
}
