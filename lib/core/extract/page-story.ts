/**
 * Which story of a page is the one at its address, and whether its head is that story's: on an
 * endless page (the next story appended as the reader scrolls on, its address following) and on a
 * single-page site that moved to its next story without reloading, the JSON-LD that declares the
 * address, the <article> holding it, and a head left from the first story (not read for the title,
 * date or authors); and where a story shows its own byline and date.
 */
import { declaresSamePage } from '../coverage/outlet-for-url';
import { absoluteUrl, clean, isArticleItem, items, jsonLdItems, ldUrlOf, parseJson, type Json } from './page-declares';

/**
 * The page's NewsArticle-like JSON-LD item: the one declaring the page at `address` (an endless page
 * holds one per story it has appended, and its address moves to each), else the first; and whether
 * it declares that address.
 */
export function jsonLdArticle(doc: Document, address: string | undefined): { ld?: Json; declares: boolean } {
  const articles = jsonLdItems(doc).filter(isArticleItem);
  const declaring = articles.find((o) => {
    const declared = address && absoluteUrl(ldUrlOf(o), address);
    return !!declared && declaresSamePage(declared, address!);
  });
  return declaring ? { ld: declaring, declares: true } : { ld: articles[0], declares: false };
}

/** Text as compared for a headline: letters and digits, lower case. */
const bare = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The <article>s no other holds. */
export const outermostArticles = (doc: Document) => [...doc.querySelectorAll('article')].filter((a) => !a.parentElement?.closest('article'));

/**
 * Where a story shows its own byline and date: the headline's block (the <h1>, or the wrapper or
 * <header> holding it within the story, if short) and the few short blocks after it. Not the page
 * header's clock, a rail's teaser, or a related story's date further down.
 */
export function shownByline(doc: Document): Element[] {
  const h1 = doc.querySelector('article h1, main h1, [role="main"] h1') ?? doc.querySelector('h1');
  if (!h1) return [];
  let block: Element = h1;
  for (let up = 0; up < 2 && block.parentElement && !/^(ARTICLE|MAIN|BODY)$/i.test(block.parentElement.tagName); up++) {
    if ((block.parentElement.textContent ?? '').length > 600) break;
    block = block.parentElement;
  }
  const near = [block];
  // Up to a rail or a related box, which holds other stories' dates.
  for (
    let el = block.nextElementSibling, n = 0;
    el && n < 3 && !/^(ASIDE|NAV|FOOTER|SECTION|FIGURE)$/i.test(el.tagName);
    el = el.nextElementSibling, n++
  )
    if ((el.textContent ?? '').length <= 300) near.push(el);
  return near;
}

/**
 * The document to read, a copy. On a page of several stories (an endless page appends the next as the
 * reader scrolls on, its address following), only the story at the address: the <article> holding the
 * JSON-LD that declares the address (`ld`), else the one whose <h1> is `headline` (the declared
 * headline, or on a page that moved on without declaring it, the title the page now shows, which
 * may add the site's name; a rail's teaser naming the story is an <h2> or less). The other stories
 * are taken out of the copy; with no such story, the copy is whole.
 */
export function storyCopy(doc: Document, ld: Json | undefined, headline: string | undefined): Document {
  const copy = doc.cloneNode(true) as Document;
  const stories = outermostArticles(copy);
  if (stories.length < 2) return copy;
  const holdsLd = (a: Element) =>
    !!ld &&
    [...a.querySelectorAll('script[type="application/ld+json"]')].some((sc) =>
      items(parseJson(sc.textContent)).some((o) => o.headline === ld.headline && ldUrlOf(o) === ldUrlOf(ld)),
    );
  const wanted = bare(headline);
  const byHeadline = (a: Element) =>
    [...a.querySelectorAll('h1')].some((h) => {
      const shown = bare(h.textContent ?? '');
      return shown.length > 0 && (shown === wanted || (shown.length >= MIN_HEADLINE && wanted.includes(shown)));
    });
  const story = stories.find(holdsLd) ?? (wanted.length > 0 ? stories.find(byHeadline) : undefined);
  if (story) for (const other of stories) if (other !== story) other.remove();
  return copy;
}

/** Letters and digits a headline must have to be found inside a page's title ("Headline | Site"). */
const MIN_HEADLINE = 15;

/**
 * Whether the page's declared metadata is another page's, on a page that moved on without reloading:
 * it declares no URL of the page it is at now, and a headline that is not the one the page shows. A
 * single-page site that rendered its next story without rewriting its head still declares the first.
 */
export function staleHead(headline: string | undefined, declared: (string | undefined)[], address: string, h1: string | undefined): boolean {
  if (!h1 || headline === undefined || declared.some((u) => u !== undefined && declaresSamePage(u, address))) return false;
  return bare(headline) !== bare(h1) && !bare(headline).includes(bare(h1));
}
