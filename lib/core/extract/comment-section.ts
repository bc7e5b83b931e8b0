/**
 * Readers' comments a page shows under its story: their words are the readers', not the outlet's,
 * and Readability takes them for the article's (a short story under a long thread was read as the
 * thread alone; fourteenth real-pages probe). Taken out of the copy read: a box the page names as
 * its comments, and a heading that says so ("Comments (400)", "Join the conversation") with what
 * follows it in its box. Never a box that holds the story's headline.
 */
const COMMENT_BOX =
  '#comments, #comment-section, #disqus_thread, .comments, .comment-section, .comments-section, .comment-list, .commentlist, [data-component="comments"], [aria-label="Comments"]';
const COMMENTS_HEADING =
  /^(?:\d[\d,.]*\s+)?(?:reader\s+|readers['’]\s+)?comments?(?:\s*\(\d[\d,.]*\))?$|^(?:join|start) the (?:conversation|discussion)$|^(?:leave|post|add) a comment$/i;

/** `doc` (a copy) without its readers' comments. */
export function withoutComments(doc: Document): void {
  const headline = doc.querySelector('h1');
  const holdsStory = (el: Element) => (headline !== null && el.contains(headline)) || el.querySelector('article, main') !== null;
  for (const box of [...doc.querySelectorAll(COMMENT_BOX)]) if (box.parentNode && !holdsStory(box)) box.remove();
  for (const heading of [...doc.querySelectorAll('h2, h3, h4')]) {
    if (!heading.parentNode || !COMMENTS_HEADING.test((heading.textContent ?? '').trim())) continue;
    for (let el: Element | null = heading; el; ) {
      const next: Element | null = el.nextElementSibling;
      if (!holdsStory(el)) el.remove();
      el = next;
    }
  }
}
