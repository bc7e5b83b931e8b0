/**
 * outletFor: the outlet of an article read from a page, decided by the page's address. A known
 * outlet whose domain holds the address keeps its labels; `--outlet NAME` (CLI) picks a known
 * outlet by name or id, else names a new one; any other page gets a new outlet for its site
 * (registrable domain), labelled "unrated" until the reader rates it. The page's own site name
 * (og:site_name) never maps it to a known outlet — any page can claim any name — and names the
 * new outlet only when it is not a known outlet's name (else the outlet is named after its site).
 */
import { outletForUrl, siteOf } from '../coverage/outlet-for-url';
import type { LabelBasis, Outlet } from '../pack/types';

export const UNRATED = 'unrated';
const NOT_RATED: LabelBasis = { by: 'Parallax', why: 'Not rated yet: an outlet you added. Set its labels in the popup.' };

/** Lower-case letters and digits (any script; Latin accents dropped) joined by "-": "Café Daily!" → "cafe-daily". */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
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
  // A site name is only a label for the new outlet, and never a known outlet's own name.
  const name = siteName?.trim();
  const claimsKnown = !!name && outlets.some((o) => o.name.toLowerCase() === name.toLowerCase() || o.id === name.toLowerCase());
  const label = name && !claimsKnown ? name : (site ?? (name ? `${name} (unverified)` : 'Unknown outlet'));
  return unratedOutlet(label, site);
}
