/**
 * outletFor: the outlet of an article read from a page, decided by the page's address. A known
 * outlet whose domain holds the address keeps its labels; `--outlet NAME` (CLI) picks a known
 * outlet by name or id, else names a new one; any other page gets a new outlet named after its
 * site (registrable domain), labelled "unrated" until the reader rates it. The page's own site name
 * (og:site_name) never maps it to a known outlet: any page can claim any name. It names a new
 * outlet only when there is no address at all (a saved file that declares none).
 */
import { outletForUrl, siteOf } from '../coverage/outlet-for-url';
import type { LabelBasis, Outlet } from '../pack/types';

export const UNRATED = 'unrated';
const NOT_RATED: LabelBasis = { by: 'Parallax', why: 'Not rated yet: an outlet you added. Set its labels in the popup.' };

/** Lower-case letters and digits (any script; Latin accents dropped) joined by "-": "Café Daily!" → "cafe-daily". */
export function slug(s: string): string {
  return s.normalize('NFKD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

/** A new outlet with both label axes "unrated"; its id comes from `key` (the domain, else the name). */
export function unratedOutlet(name: string, domain: string | undefined, key: string = domain ?? name): Outlet {
  return {
    id: `user-${slug(key) || 'outlet'}`,
    name,
    domains: domain ? [domain] : [],
    country: 'Unknown',
    labels: { ownership: UNRATED, alignment: UNRATED },
    labelBasis: { ownership: { ...NOT_RATED }, alignment: { ...NOT_RATED } },
  };
}

export function outletFor(outlets: readonly Outlet[], url?: string, siteName?: string, forcedName?: string): Outlet {
  const site = url ? siteOf(url) : undefined;
  const forced = forcedName?.trim();
  if (forced) {
    const key = forced.toLowerCase();
    return outlets.find((o) => o.id === key || o.name.toLowerCase() === key) ?? unratedOutlet(forced, site, forced);
  }
  const known = url ? outletForUrl(outlets, url) : undefined;
  if (known) return known;
  if (site) return unratedOutlet(site, site);
  const name = siteName?.trim() || 'Unknown outlet';
  // Without an address, a name that is a known outlet's still makes a new outlet, never that one.
  const taken = outlets.some((o) => o.name.toLowerCase() === name.toLowerCase());
  return unratedOutlet(taken ? `${name} (unverified)` : name, undefined);
}
