/**
 * A page's furniture: its navigation, rails, banners and footers ("Most read", "Related", a site
 * menu), as opposed to the article. Names there are highlighted like any other, but they are not the
 * article's context: a Related link naming the Il-76 crash must not make "prisoner swap" in an article
 * about another swap that crash's exchange, nor a rail's "John Kirby" make a game's "Kirby" him
 * (./mentions.ts reads context only from what is not furniture). Read off tags, ARIA roles and a few
 * class names and ids sites give their rails, never off styles: the walker reads no CSS.
 */

/** Offsets [start, end) of text in a page's combined string. */
export interface Span {
  start: number;
  end: number;
}

const ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar']);
/** The elements a rail is made of, whose class names are read. */
const RAIL_TAGS = new Set(['DIV', 'SECTION', 'UL', 'OL']);
/**
 * What a rail, a comment thread or a site's bar is called, as a word of a class name or id split at
 * its dashes, underscores and capitals: "related-stories", "more-on-this-story", "inline-related",
 * "article-comments", "coral_thread", "mostRead".
 */
const RAIL_WORDS =
  /(^|-)(related|more-stories|more-on|most-?read|most-?popular|trending|popular|sidebar|rail|newsletter|promo|breadcrumbs?|share|social|comments?|discussion|recirc|recommend\w*|story-package|also-read|read-more|see-also|up-next|disqus|coral|spot-?im|openweb|outbrain|taboola)(-|$)/;
/** Words after which a class says what the element has or shows, not what it is: "has-comments", "content-with-sidebar". */
const STATE_WORD = /(?:^|-)(?:has|with|without|no|show|hide|is|enable|disable|toggle|js)(?:-|$)/;
/** A post embedded from a social network: the words quoted, not the article's. */
const EMBED_CLASS =
  /^(twitter-tweet|twitter-video|instagram-media|tiktok-embed|reddit-embed|bluesky-embed|fb-post|fb-xfbml|threads-post|mastodon-embed)/;
/** Schema.org markup of a reader's comment. */
const COMMENT_TYPE = /schema\.org\/(Comment|UserComments)\b/;

/** A class name or id as words joined by dashes: "mostRead" and "more_on" read "most-read", "more-on". */
const words = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .replace(/_+/g, '-')
    .toLowerCase();
/** A class naming what a post is about or filed under (WordPress's "tag-social-security", "category-comment"), not what the element is. */
const TAXONOMY = /^(tag|category|section|topic|tone|format|series|type|author|post-tag)-/;
/** The block's own name, before any BEM modifier ("card--related") or state words. */
const railName = (name: string) => {
  const w = words(name.split('--')[0]);
  return !TAXONOMY.test(w) && RAIL_WORDS.test(w.split(STATE_WORD)[0]);
};

/** Whether `el` is a social network's post as the page embeds it (its markup before, or without, the network's script). */
export function isEmbeddedPost(el: Element): boolean {
  return el.tagName.toUpperCase() === 'BLOCKQUOTE' && (el.getAttribute('class') ?? '').split(/\s+/).some((c) => EMBED_CLASS.test(c));
}

/** Whether `el` is (the top of) page furniture; `inArticle`: it stands inside an <article> or <main>. */
export function isFurniture(el: Element, inArticle: boolean): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'NAV' || tag === 'ASIDE') return true;
  // An article's own header holds its headline; the page's header and footer are the site's.
  if ((tag === 'HEADER' || tag === 'FOOTER') && !inArticle) return true;
  const role = el.getAttribute('role');
  if (role !== null && ROLES.has(role.trim().toLowerCase())) return true;
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  if (tag === 'BLOCKQUOTE') return isEmbeddedPost(el);
  if (COMMENT_TYPE.test(el.getAttribute('itemtype') ?? '')) return true;
  // Rails are containers: the class of every link and span of a page is not read. A page of <div>s
  // names its rail by class or by id ("sidebar", "related-stories").
  if (!RAIL_TAGS.has(tag)) return false;
  return railName(el.getAttribute('id') ?? '') || classes.some(railName);
}

/** Whether `offset` falls in one of `spans` (sorted, not overlapping). */
export function inSpans(spans: readonly Span[] | undefined, offset: number): boolean {
  if (!spans || spans.length === 0) return false;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < spans[mid].start) hi = mid - 1;
    else if (offset >= spans[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The spans that meet [from, to), relative to `from` (a slice of the page's text). */
export function spansWithin(spans: readonly Span[], from: number, to: number): Span[] {
  return spans.filter((s) => s.end > from && s.start < to).map((s) => ({ start: Math.max(0, s.start - from), end: Math.min(to, s.end) - from }));
}
