/**
 * articleFromDocument: a news page's article (title, date, byline, site, URL, text) from any DOM
 * Document — the browser's or linkedom's (in Node). Readability runs on a clone, so the given
 * document is never changed. Metadata comes from JSON-LD, then Open Graph, then <meta>,
 * <link rel=canonical> and <title>; the text is one paragraph per line, ready for extractClaims.
 * The article's URL: given the page's real address (the worker's tab), a declared URL (JSON-LD,
 * og:url, canonical) only when on the same site, else the address; without one (a file the user
 * chose, in the CLI), the URL the page declares.
 */
import { Readability } from '@mozilla/readability';
import { samePageAndRoute } from '../coverage/outlet-for-url';
import { isPackDay, MAX_NAME, MAX_TITLE } from '../pack/bounds';
import { blockLines } from './page-lines';
import { absoluteUrl, clean, jsonLdItems, ldUrlOf, metaMap, nameOf, typesOf, unescapeText, type Json } from './page-declares';
import { jsonLdArticle, shownByline, staleHead, storyCopy } from './page-story';
import { withoutComments } from './comment-section';
import { withoutEmbeddedPosts } from './embedded-posts';
import { writtenAuthors, writtenDate } from './written-byline';
import { err, ok, type Result } from '../result';

export interface PageArticle {
  title: string;
  /** YYYY-MM-DD, as the page gives it (the publisher's local date). Optional fields: absent when the page does not say. */
  published?: string;
  byline?: string;
  siteName?: string;
  /** Absolute http(s) URL of the article. */
  url?: string;
  /** Paragraphs separated by "\n", white space collapsed within each. */
  text: string;
}

export const NO_ARTICLE = 'No article text found on this page.';
export const MANY_STORIES =
  'This looks like a page of many stories (a front page, a section or search results), not one article. Open a story and add that.';
/** As many separate stories as this, each with a linked headline, make a page an index of them. */
const INDEX_STORIES = 3;
const INDEX_TYPE = /^(CollectionPage|ItemList|SearchResultsPage)$/;
/** Fewer words than this is a caption, a gallery or a menu, not an article: nothing to compare. */
const MIN_WORDS = 15;

/**
 * A sentence of six words or more, ended (in any script's full stop: "।", "。", "؟"): a page with none (a
 * video's duration and links, a menu) tells nothing. Exactly five words before the last, so that a long
 * run of words with no end is tried once at each word, not again for every count of words.
 */
const SENTENCE = /(?:^|\s)(?:\S+\s+){5}\S*[.!?।。！？؟۔]["”’')\]]*(?:\s|$)/;
/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai): their words are counted as
 * about one for two characters, and a sentence is a dozen characters or more before its full stop.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const UNSPACED_SENTENCE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}][^。！？.!?]{11,}[。！？.!?]/u;
const wordsIn = (text: string) =>
  text.replace(UNSPACED, ' ').split(/\s+/).filter(Boolean).length + Math.floor((text.match(UNSPACED)?.length ?? 0) / 2);

/**
 * Whether a page lists many stories rather than telling one: its markup says it is a collection, or,
 * saying nothing of an article, it holds several <article>s each with a linked headline (teasers).
 * Added whole, its teasers' lines would become claims, each under the page's outlet.
 */
function isIndexPage(doc: Document, ld: Json | undefined): boolean {
  if (ld) return false;
  if (jsonLdItems(doc).some((o) => typesOf(o).some((t) => INDEX_TYPE.test(t)))) return true;
  const ogType = doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') return false;
  // Teasers: <article>s with a linked headline, or the items of a list of them (search results).
  // Related stories in a rail are no sign, nor a list of them under the story: teasers hold most of an
  // index page's text, and none of them most of it (that one would be the story).
  const outside = (el: Element) => !el.parentElement?.closest('aside, nav, footer, [role="complementary"]');
  const articles = [...doc.querySelectorAll('article')].filter(
    (a) => outside(a) && !a.parentElement?.closest('article') && a.querySelector(LINKED_HEADLINE),
  );
  // Not a live blog's or a list article's own items, whose headlines link into the page ("#p1").
  const linksAway = (el: Element) => [...el.querySelectorAll(LINKED_HEADLINE)].some((a) => !/^\s*#/.test(a.getAttribute('href') ?? '#'));
  const items = [...doc.querySelectorAll('li')].filter((li) => outside(li) && !li.closest('article') && linksAway(li));
  const pageText = (doc.body?.textContent ?? '').length;
  return [articles, items].some((teasers) => {
    if (teasers.length < INDEX_STORIES) return false;
    const lengths = teasers.map((a) => (a.textContent ?? '').length);
    const total = lengths.reduce((x, y) => x + y, 0);
    return Math.max(...lengths) * 2 < pageText && (teasers === articles || total * 2 >= pageText);
  });
}
const LINKED_HEADLINE = 'h1 a[href], h2 a[href], h3 a[href], h4 a[href]';

const DATE_KEYS = [
  'article:published_time',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'datepublished',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'citation_publication_date',
];
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author', 'citation_author'];

/** The page's date as YYYY-MM-DD: an ISO date as written, else whatever Date can read. */
export function isoDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  const d = iso ? undefined : new Date(s);
  if (d && Number.isNaN(d.getTime())) return undefined;
  const day = iso
    ? `${iso[1]}-${iso[2]}-${iso[3]}`
    : `${d!.getFullYear()}-${String(d!.getMonth() + 1).padStart(2, '0')}-${String(d!.getDate()).padStart(2, '0')}`;
  // A day a pack can hold (../pack/bounds.ts): not a CMS's empty date, 0001-01-01, nor one that does not exist.
  return isPackDay(day) ? day : undefined;
}

/** A link to a writer's page: "/by/amara-diallo", "/author/…", rel=author. */
const AUTHOR_LINK = 'a[rel~="author"], a[href*="/author/"], a[href*="/authors/"], a[href*="/by/"], a[href*="/profile/"], a[href*="/journalist/"]';

/** A wire's tag before its headline ("UPDATE 2-", "REFILE-", "CORRECTED-"): which version, not what happened. */
const withoutWireTag = (title: string) => title.replace(/^(UPDATE|REFILE|CORRECTED|RPT|WRAPUP)( \d{1,2})? ?-(?=\S)/, '') || title;

/** "Headline — Site" without " — Site" (any of | — – - · : as the separator). */
function withoutSite(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title;
  const escaped = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return title.replace(new RegExp(`\\s+[|—–\\-·:]\\s+${escaped}$`, 'i'), '').trim() || title;
}

/** A line that is one quotation: what a pull quote sets in large type. */
const PULL_QUOTE = /^[“"‘«]\s*(.{30,}?)[.!?,]?\s*[”"’»]$/;

/**
 * The lines without a pull quote: a sentence of the story set again, in quotation marks, beside it
 * ("“Sergei Lavrov asked for an emergency session.”"). It is the story's own words, told twice, not a
 * quotation of anyone (fourteenth real-pages probe).
 */
function withoutPullQuotes(lines: string[]): string[] {
  return lines.filter((line, i) => {
    const inner = PULL_QUOTE.exec(line)?.[1];
    // Only where the longer line says it in the outlet's own words: one that quotes it (a rebuttal, a
    // caption) does not make the quotation a repeat.
    return !inner || !lines.some((other, k) => k !== i && other.length > line.length && inOwnWords(other, inner));
  });
}

/** Whether `line` holds `words` outside quotation marks. */
const inOwnWords = (line: string, words: string) => {
  const at = line.indexOf(words);
  return at >= 0 && !/^[“"‘«]/.test(line) && !/[“"‘«]\s*$/.test(line.slice(0, at));
};

/**
 * The article of `doc`, read at `url` (the page's real address), or undefined in the CLI. `movedFrom`:
 * the address the page was loaded from, when it has moved to `url` since without reloading.
 */
export function articleFromDocument(doc: Document, url: string | undefined, movedFrom?: string): Result<PageArticle> {
  const address = absoluteUrl(url, undefined);
  const moved = !!address && !!movedFrom;
  const { ld: article, declares } = jsonLdArticle(doc, address);
  let parsed: ReturnType<Readability<Node>['parse']>;
  // The headline and the byline's blocks of the story at the address, read before Readability takes its
  // copy apart: on a page of several stories (an endless page) not the first story's.
  let storyH1: string | undefined;
  let shown: Element[] = [];
  try {
    // The story at the address: the declared one, or where the page moved on without declaring it, the one its title now names.
    const storyHeadline = declares || !moved ? (clean(article?.headline) ?? clean(article?.name) ?? metaMap(doc).get('og:title')) : doc.title;
    const copy = storyCopy(doc, declares ? article : undefined, storyHeadline);
    withoutComments(copy);
    withoutEmbeddedPosts(copy);
    storyH1 = clean(copy.querySelector('h1')?.textContent);
    shown = shownByline(copy).map((el) => el.cloneNode(true) as Element);
    parsed = new Readability<Node>(copy, { serializer: (n) => n }).parse();
  } catch (e) {
    return err(`Could not read this page: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
  const paragraphs = withoutPullQuotes(parsed?.content ? blockLines(parsed.content) : []);
  if (wordsIn(paragraphs.join(' ')) < MIN_WORDS) return err(NO_ARTICLE);
  if (isIndexPage(doc, article)) return err(MANY_STORIES);
  if (!paragraphs.some((p) => SENTENCE.test(p) || UNSPACED_SENTENCE.test(p))) return err(NO_ARTICLE);

  const pageMeta = metaMap(doc);
  const canonical = [...doc.querySelectorAll('link[rel][href]')].find((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel')!));
  const declared = [
    absoluteUrl(article && ldUrlOf(article), url),
    absoluteUrl(pageMeta.get('og:url'), url),
    absoluteUrl(canonical?.getAttribute('href') ?? undefined, url),
  ];
  const h1 = storyH1;
  // A head left from the story the page first showed: its title, date and authors are not this story's.
  const headline = (article && (clean(article.headline) ?? clean(article.name))) ?? pageMeta.get('og:title');
  const stale = moved && staleHead(headline, declared, address!, h1);
  const ld = stale ? {} : (article ?? {});
  const meta = stale ? new Map<string, string>() : pageMeta;
  const m = (keys: string[], accept = (_: string) => true) => keys.map((k) => meta.get(k)).find((v) => v !== undefined && accept(v));
  const authors = [ld.author]
    .flat()
    .map(nameOf)
    .filter((a): a is string => !!a);

  const siteName =
    unescapeText(nameOf(ld.publisher)) ??
    m(['og:site_name', 'application-name', 'publisher', 'dc.publisher']) ??
    pageMeta.get('og:site_name') ??
    clean(parsed?.siteName);
  const docTitle = clean(doc.querySelector('title')?.textContent);
  const title = withoutWireTag(
    unescapeText(clean(ld.headline) ?? clean(ld.name)) ??
      m(['og:title', 'twitter:title', 'dc.title', 'citation_title']) ??
      // A page's <h1> is its headline when the <title> holds it ("Headline | Site"), or when the head is another story's.
      (h1 && (stale || docTitle?.includes(h1)) ? h1 : undefined) ??
      withoutSite(clean(parsed?.title) ?? docTitle, siteName) ??
      'Untitled article',
  );
  // Readability reads the date and authors from the head too: not when it is another story's. Then,
  // or when the head gives none, the date and authors the story shows (its <time>, its author link).
  // Marked up (<time datetime>), else printed ("By Dana Whitfield | January 26, 2024" on a print view).
  // The headline's own block is read by its children, each a line, the headline left out.
  const lines = (el: Element, i: number) =>
    i > 0 ? [el] : el.localName === 'h1' ? [] : [...el.children].filter((c) => c.localName !== 'h1' && !c.querySelector('h1'));
  const shownText = shown.flatMap(lines).map((el) => clean(el.textContent) ?? '');
  const shownDate =
    shown.map((el) => el.querySelector('time[datetime]')?.getAttribute('datetime')).find(Boolean) ??
    shownText.map(writtenDate).find((d) => isoDate(d));
  const published = [clean(ld.datePublished), clean(ld.dateCreated), m(DATE_KEYS), stale ? undefined : clean(parsed?.publishedTime), clean(shownDate)]
    .map(isoDate)
    .find(Boolean);
  const shownAuthor = clean(
    shown.map((el) => el.querySelector('[rel="author"], [itemprop="author"]')?.textContent).find(Boolean) ??
      shownText.map(writtenAuthors).find(Boolean),
  );
  const list = (names: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(names);
  // The writers' links under the headline, each its own name: Readability's byline runs the text of
  // several blocks together ("By Amara DialloSecurity correspondent and Erik Halvorsenin Kyiv").
  const linked = [...new Set(shown.flatMap((el) => [...el.querySelectorAll(AUTHOR_LINK)].map((a) => clean(a.textContent))))].filter(
    (name): name is string => !!name && name.length <= 60,
  );
  const byline =
    (authors.length > 0 ? unescapeText(list(authors)) : undefined) ??
    m(AUTHOR_KEYS, (v) => !/^https?:\/\//i.test(v)) ??
    (linked.length > 0 && !stale ? list(linked) : undefined) ??
    // Readability's byline is the line that holds it: "By Petra Lindqvist, Northern Ledger, January 25, 2024".
    (stale ? undefined : (writtenAuthors(clean(parsed?.byline) ?? '') ?? clean(parsed?.byline))) ??
    (shownAuthor && shownAuthor.length <= 120 ? shownAuthor : undefined);
  // Any page can declare any URL: beside a real address, a declared one counts only for the same page
  // (declaresSamePage: another host of the site may be another outlet's, another path another author's, whose
  // article the reader added would be updated with this page's claims). A route in the address's
  // fragment ("#/stories/b", a page routed by its hash) is part of it.
  const pageUrl = address ? (declared.find((u) => u !== undefined && samePageAndRoute(u, address)) ?? address) : declared.find(Boolean);

  // Cut to what a pack may hold (../pack/bounds.ts): a page's 100,000-character title is still its article.
  return ok({
    title: cut(title, MAX_TITLE),
    published,
    byline: byline && cut(byline, MAX_TITLE),
    siteName: siteName && cut(siteName, MAX_NAME),
    url: pageUrl,
    text: paragraphs.join('\n'),
  });
}

/** `text` cut to `max` characters, at a word where it can be, with an ellipsis. */
const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);
