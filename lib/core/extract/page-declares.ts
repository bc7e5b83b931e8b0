/**
 * What a news page declares about itself, read as the page wrote it: its JSON-LD items (through
 * @graph and mainEntity; malformed ones count as none), its <meta> tags, URLs made absolute, and the
 * text of either cleaned of white space and HTML escapes. ./page-article.ts and ./page-story.ts read it.
 */

export type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const clean = (s: unknown): string | undefined => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() || undefined : undefined);
const ENTITY: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
const char = (cp: number, m: string) => (cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m);
/** JSON-LD strings are sometimes HTML-escaped ("Kyiv&#x27;s"): decode the common entities. */
export const unescapeText = (s: string | undefined) =>
  s?.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (m, dec?: string, hex?: string, name?: string) =>
    dec ? char(Number(dec), m) : hex ? char(parseInt(hex, 16), m) : (ENTITY[name!.toLowerCase()] ?? m),
  );

const ARTICLE_TYPE = /(Article|BlogPosting)$/;
export const typesOf = (o: Json) => [o['@type']].flat().map((t) => String(t).split(/[/:#]/).pop()!);
export const nameOf = (v: unknown): string | undefined => (isObj(v) ? clean(v.name) : clean(v));
/** Whether a JSON-LD item is a news article (NewsArticle, ReportageNewsArticle, BlogPosting…). */
export const isArticleItem = (o: Json): boolean => typesOf(o).some((t) => ARTICLE_TYPE.test(t));

/** Every object in a JSON-LD value, through arrays, @graph and mainEntity. */
export function items(v: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 4) return out;
  if (Array.isArray(v)) for (const x of v) items(x, out, depth + 1);
  else if (isObj(v)) {
    out.push(v);
    items(v['@graph'], out, depth + 1);
    items(v.mainEntity, out, depth + 1);
  }
  return out;
}

/** Malformed JSON-LD is common on real pages: it counts as none. */
export function parseJson(s: string | null): unknown {
  try {
    return JSON.parse(s ?? '');
  } catch {
    return undefined;
  }
}

/** Every item of the page's JSON-LD scripts. */
export function jsonLdItems(doc: Document): Json[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => items(parseJson(s.textContent)));
}

/** The URL a JSON-LD item declares for its page. */
export const ldUrlOf = (o: Json) =>
  clean(o.url) ?? (isObj(o.mainEntityOfPage) ? clean(o.mainEntityOfPage['@id'] ?? o.mainEntityOfPage.url) : clean(o.mainEntityOfPage));

/** <meta> content by lower-cased property, name or itemprop; the first of each wins. */
export function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of doc.querySelectorAll('meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = clean(m.getAttribute('content'));
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

/** A URL a page writes (a link, og:url, JSON-LD), absolute against `base`; only http(s). */
export function absoluteUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
