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
/** A class name that opens with what a rail or a site's bar is called: "related-stories", "most-read", "sidebar". */
const RAIL_CLASS =
  /^(related|more-stories|most-?read|mostpopular|most-popular|trending|popular|sidebar|rail|newsletter|promo|breadcrumb|share|social|comments?|recirc|recommend)/i;

/** Whether `el` is (the top of) page furniture; `inArticle`: it stands inside an <article> or <main>. */
export function isFurniture(el: Element, inArticle: boolean): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'NAV' || tag === 'ASIDE') return true;
  // An article's own header holds its headline; the page's header and footer are the site's.
  if ((tag === 'HEADER' || tag === 'FOOTER') && !inArticle) return true;
  const role = el.getAttribute('role');
  if (role !== null && ROLES.has(role.trim().toLowerCase())) return true;
  // Rails are containers: the class of every link and span of a page is not read. A page of <div>s
  // names its rail by class or by id ("sidebar", "related-stories").
  if (!RAIL_TAGS.has(tag)) return false;
  return RAIL_CLASS.test(el.getAttribute('id') ?? '') || (el.getAttribute('class') ?? '').split(/\s+/).some((c) => RAIL_CLASS.test(c));
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
