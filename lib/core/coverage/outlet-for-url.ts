/**
 * Which site a URL belongs to, and which known outlet publishes it — decided by the address alone.
 * The registrable domain comes from the public-suffix list (tldts, private suffixes included, so
 * "a.blogspot.com" and "b.blogspot.com" are two sites). tldts is ~48 kB gzipped: only the worker
 * and the CLI import this module, never the content script.
 */
import { getDomain, parse } from 'tldts';
import { namesOneSite } from '../pack/domains';
import type { Outlet } from '../pack/types';

/** The URL's host name, lower-case, without "www."; undefined for anything but an http(s) URL. */
export function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.toLowerCase().replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

/** The site of a URL: its registrable domain ("news.bbc.co.uk" → "bbc.co.uk"), else its host (an IP address, "localhost"). */
export function siteOf(url: string): string | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** A host as one publisher serves an article under it, its mobile or AMP copy too: "www." (hostOf), "m.", "amp." taken off. */
function publisherHost(url: string): string | undefined {
  const host = hostOf(url);
  const rest = host?.replace(/^(m|mobile|amp)\./, '');
  // Not when what is left is a public suffix: "m.github.io" is a site of its own, not "github.io".
  return rest && getDomain(rest, { allowPrivateDomains: true }) === null ? host : rest;
}

/**
 * Whether two URLs are on one host, give or take "www.", "m." or "amp.": another host of the same
 * site may be another publisher ("forum.shared.example" beside an outlet at "news.shared.example").
 */
export function sameHost(a: string, b: string): boolean {
  const host = publisherHost(a);
  return host !== undefined && host === publisherHost(b);
}

/** Whether two URLs give parameter `k` the same values, in the same order. */
function sameValues(a: URL, b: URL, k: string): boolean {
  const x = a.searchParams.getAll(k);
  const y = b.searchParams.getAll(k);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** A URL's path without a trailing slash, or an AMP copy's marker at its end ("/amp", ".amp", "/amp.html"). */
function pagePath(url: URL): string {
  const path = url.pathname.replace(/\/+$/, '');
  const original = path.replace(/(\/amp(\.html)?|\.amp)$/i, '');
  // Never down to the site's root: "/amp" is no copy of the home page.
  return original === '' ? path : original;
}

/**
 * A route kept in a URL's fragment by a page routed by its hash ("#/stories/b", "#!/b"), else "":
 * another page, for a page that moves. One spelling for each: "#!/B/?utm_source=x" is "#/b".
 */
export function routeOf(url: string): string {
  const route = /#!?(\/[^?]*)/.exec(url)?.[1];
  return route ? `#${route.toLowerCase().replace(/\/+$/, '') || '/'}` : '';
}

/** declaresSamePage, a route in the fragment included: "#/stories/a" and "#/stories/b" are two pages. */
export const samePageAndRoute = (declared: string, address: string): boolean =>
  declaresSamePage(declared, address) && routeOf(declared) === routeOf(address);

/** A parameter's value that is a token, not a page's name: hex or mixed letters and digits, 6 or more ("4f2a9c"). */
const TOKEN = /^(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{6,}$/;

/**
 * Whether `now` is `loaded` with parameters added and none changed, each added one a tracking
 * parameter or a token (a site decorating its address after load, "?sh=4f2a9c"): the same page, not
 * a move to another ("?p=42", a story chosen by a parameter, is one).
 */
export function onlyAddsParameters(now: string, loaded: string): boolean {
  try {
    const n = new URL(now);
    const l = new URL(loaded);
    if (n.origin !== l.origin || n.pathname !== l.pathname || routeOf(now) !== routeOf(loaded)) return false;
    const kept = [...l.searchParams.keys()].every((k) => sameValues(n, l, k));
    const added = [...n.searchParams].filter(([k]) => !l.searchParams.has(k));
    return kept && added.every(([k, v]) => TRACKING.test(k) || TOKEN.test(v));
  } catch {
    return false;
  }
}

/** Query parameters that say where a reader came from, not which page: a canonical URL may drop them. */
const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|ref|ref_src|ref_url|cmpid|ocid|icid|smid|at_medium|at_campaign|at_custom\d)$/i;

/**
 * Whether a URL a page declares (its canonical link, og:url, JSON-LD url) names the page at
 * `address`: on one host (as sameHost says), at one path (an AMP copy's marker at its end aside), with
 * no query parameter the address lacks or sets otherwise, and none of the address's dropped but those
 * that track where a reader came from. It may drop a tracking query; it may not name another page of
 * its host: on a host shared by path ("blog.example/~alice/…" beside "/~mallory/…") or by query
 * ("news.php?id=…"), that is another author's, whose article the reader added would be updated with
 * this page's claims.
 */
export function declaresSamePage(declared: string, address: string): boolean {
  let d: URL;
  let a: URL;
  try {
    d = new URL(declared);
    a = new URL(address);
  } catch {
    return false;
  }
  // One scheme and port: another port is another server (another origin), and a plain-http copy is not
  // the https page; an https canonical for a page read over http is its upgrade.
  const upgraded = d.protocol === 'https:' && a.protocol === 'http:' && d.port === '' && a.port === '';
  if ((d.protocol !== a.protocol && !upgraded) || (d.port !== a.port && !upgraded) || d.username !== '' || d.password !== '') return false;
  if (!sameHost(declared, address) || pagePath(d) !== pagePath(a)) return false;
  // Each parameter the declared URL keeps has all the address's values for it, in order: an address that
  // repeats a parameter ("?id=alice&id=mallory") is served by whichever copy its server reads, so
  // a declared "?id=alice" may name another author's page.
  const kept = [...new Set(d.searchParams.keys())].every((k) => sameValues(d, a, k));
  const dropped = [...a.searchParams.keys()].filter((k) => !d.searchParams.has(k));
  return kept && dropped.every((k) => TRACKING.test(k));
}

/**
 * The page a URL names, loosely: host as sameHost reads it, path percent-decoded, in lower case,
 * without doubled slashes or an index file and as pagePath reads it, parameters but tracking ones
 * and amp=1, sorted. Looser than declaresSamePage on purpose (samePageLoosely).
 */
function looseKey(url: string): string | undefined {
  try {
    const u = new URL(url);
    let path = u.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // Not decodable: compared as written.
    }
    u.pathname = path
      .toLowerCase()
      .replace(/\/{2,}/g, '/')
      .replace(/\/index\.\w+$/, '');
    const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k) && k !== 'amp').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `${u.protocol.replace('http:', 'https:')}//${publisherHost(url)}:${u.port}${pagePath(u)}?${new URLSearchParams(params)}`;
  } catch {
    return undefined;
  }
}

/**
 * Whether `url` may be the page an article `held` at stands for, under any spelling of its address
 * ("/@alice/post/", "?utm_source=…", "/amp", "www.", "%61"). What it joins, a page that moved
 * without reloading is refused (the reader reloads), so it errs towards joining. A route in the
 * fragment tells pages apart only where the held address has one ("#/stories/a" and "#/stories/b"):
 * a page cannot slip beside an article by adding one.
 */
export function samePageLoosely(held: string, url: string): boolean {
  const key = looseKey(url);
  return key !== undefined && looseKey(held) === key && (routeOf(held) === '' || routeOf(held) === routeOf(url));
}

/**
 * Whether an outlet at `domain` (lower case) holds `host`: the domain itself or, unless `exactOnly`, a
 * host under it. Only a domain with a dot holds hosts under it ("a.wiki" is no host of the one-word
 * "wiki"), and only one that names a single site.
 */
const holdsHost = (domain: string, host: string, exactOnly = false) =>
  host === domain || (!exactOnly && domain.includes('.') && host.endsWith(`.${domain}`) && namesOneSite(domain));

/**
 * The known outlet whose domains hold the URL's host (the domain itself or a subdomain of it), the
 * most specific one where several do: an outlet at "news.example.com" is not its parent's. A
 * domain that names no one site holds nothing but itself, and an IP address or a one-word host only
 * itself: a pack's outlet at "com" or "0.1" takes no one else's articles.
 */
export function outletForUrl(outlets: readonly Outlet[], url: string): Outlet | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  const exactOnly = parse(host).isIp === true || !host.includes('.');
  let found: Outlet | undefined;
  let foundLength = -1;
  for (const outlet of outlets) {
    for (const raw of outlet.domains) {
      const d = raw.toLowerCase();
      if (holdsHost(d, host, exactOnly) && d.length > foundLength) {
        found = outlet;
        foundLength = d.length;
      }
    }
  }
  return found;
}

/**
 * The outlets of `layers` (earliest first: the reader's and the bundled ones, then each
 * subscription's), each later layer's outlets without the domains an earlier layer's outlet holds.
 * A subscription's outlet of its own at "news.afp.com" was the most specific match for AFP's pages
 * there: passages saved on them were filed under it, and their cards no longer left out AFP's own
 * claims (session-21 attack suite). It keeps its claims and its other domains.
 */
export function outletsByLayer(layers: readonly (readonly Outlet[])[]): Outlet[] {
  const held: string[] = [];
  return layers.flatMap((layer, i) => {
    const kept =
      i === 0 ? [...layer] : layer.map((o) => ({ ...o, domains: o.domains.filter((d) => !held.some((e) => holdsHost(e, d.toLowerCase()))) }));
    held.push(...kept.flatMap((o) => o.domains.map((d) => d.toLowerCase())));
    return kept;
  });
}
