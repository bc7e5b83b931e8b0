/**
 * outletFor: the outlet of an article read from a page. A known outlet (by domain, else site name)
 * keeps its labels; `--outlet NAME` picks a known outlet by name or id, else names a new one; any
 * other page gets a new outlet labelled "unrated" until the user rates it.
 */
import { hostOf, outletForPage } from '../coverage/outlet-for-url';
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
  const domain = url ? hostOf(url) || undefined : undefined;
  const forced = forcedName?.trim();
  if (forced) {
    const key = forced.toLowerCase();
    return outlets.find((o) => o.id === key || o.name.toLowerCase() === key) ?? unratedOutlet(forced, domain, forced);
  }
  const known = outletForPage(outlets, url, siteName);
  if (known) return known;
  return unratedOutlet(siteName?.trim() || domain || 'Unknown outlet', domain);
}
