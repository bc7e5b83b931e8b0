/**
 * outletFor: the outlet of an article read from a page, decided by the page's address. A known
 * outlet whose domain holds the address keeps its labels; `--outlet NAME` (CLI) picks a known
 * outlet by name or id, else names a new one; any other page gets a new outlet for its site
 * (registrable domain), labelled "unrated" until the reader rates it. The page's own site name
 * (og:site_name) never maps it to a known outlet — any page can claim any name — and names the
 * new outlet only when it neither is nor looks like a known outlet's name, holds no characters
 * that reorder text and is no longer than a name (else the outlet is named after its site).
 */
import { HOLDS_HIDDEN_MARK } from '../pack/shown-text';
import { remove as latinLookalikes } from 'confusables';
import { outletForUrl, siteOf } from '../coverage/outlet-for-url';
import { foldPhrase } from '../spot/normalise';
import { capitalInitials, holdsWordsOf, opensWithInitials } from './outlet-words';
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

/**
 * The id of a new outlet for a site: its domain with each "-" doubled and each "." made "-". Unlike a
 * slug it never gives two sites one id ("herald.co.uk" and "herald-co.uk", "a-b.com" and "a--b.com"),
 * so one site's articles never file under another's outlet: a host name's labels never begin or end
 * with "-", so a single "-" can only have been a ".".
 */
export const outletIdForSite = (site: string): string => `user-${site.toLowerCase().replace(/-/g, '--').replace(/\./g, '-')}`;

/** A new outlet with both label axes "unrated"; its id comes from the site's domain, else from `key` (a name). */
export function unratedOutlet(name: string, domain: string | undefined, key?: string): Outlet {
  return {
    id: domain && key === undefined ? outletIdForSite(domain) : `user-${slug(key ?? name) || 'outlet'}`,
    name,
    domains: domain ? [domain] : [],
    country: 'Unknown',
    labels: { ownership: UNRATED, alignment: UNRATED },
    labelBasis: { ownership: { ...NOT_RATED }, alignment: { ...NOT_RATED } },
  };
}

/**
 * A name as its words, each letter that looks like a Latin one read as that one (`confusables`:
 * Cyrillic "Агенс", Greek "Α", accented and mathematical forms), invisible characters left out:
 * "Agence France-Presse (AFP)" → " agence france presse afp ".
 */
const wordsOf = (name: string) =>
  // Symbols first (™, ®): NFKC writes "™" as letters run on to the word before ("PresseTM").
  ` ${latinLookalikes(name.replace(/\p{S}/gu, ' ').normalize('NFKC'))
    .toLowerCase()
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
/** A name's look: its words run together, so "Agence France Presse", "Agence France–Presse" and one spelled in Cyrillic look alike. */
const look = (name: string) => wordsOf(name).replace(/ /g, '');
/** Longer than this, a site name is no outlet's name but a message to put in every card ("Notice: …"). */
const MAX_SITE_NAME = 80;

/** Two names a reader would read as one: folded as aliases are, or looking alike letter for letter. */
const sameName = (a: string, b: string) => foldPhrase(a) === foldPhrase(b) || (look(a) !== '' && look(a) === look(b));
/**
 * What a known outlet is also called by, as looks: its name's parts ("Radio Free Europe/Radio Liberty"
 * is also "Radio Liberty") and its initials ("RFE/RL", "A.F.P." for Agence France-Presse), which a
 * site name may not hold as words; and its sites' names ("afp", "rferl"), which it may not be.
 */
function shortNames(o: Outlet): { words: string[]; whole: string[] } {
  const parts = o.name.split(/\s*[/|]\s*/).filter((p) => p !== o.name);
  const initials = wordsOf(o.name)
    .trim()
    .split(' ')
    .map((w) => w[0])
    .join('');
  const sites = o.domains.map((d) => siteOf(`https://${d}/`)?.split('.')[0] ?? '');
  return {
    words: [...parts.map(look).filter((l) => l.length >= 4), ...(initials.length >= 3 ? [initials] : [])],
    whole: sites.filter((l) => l.length >= 3),
  };
}

/** Letters apart (Levenshtein), counted only up to `most` + 1. */
function lettersApart(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...next) > most) return most + 1;
    row = next;
  }
  return row[b.length];
}

/**
 * A site name a reader would take for a known outlet: its name, looking alike letter for letter or a
 * letter off (a long name: "Agence France-Prese"); holding its name or one of its domains as whole
 * words ("Agence France-Presse (AFP)", "afp.com"; not "SmartCompany" for rt.com); the first words of
 * its name ("Euromaidan", "Pravda" for Pravda.ru, "World Socialist"); one of its short names, alone or
 * as a word ("RFE/RL", "AFP News", "Radio Liberty"); or its site's name ("rferl").
 */
const namesKnown = (o: Outlet, name: string) => {
  const words = wordsOf(name);
  const own = wordsOf(o.name);
  const shown = look(name);
  const short = shortNames(o);
  return (
    sameName(o.name, name) ||
    (look(o.name).length >= 12 && lettersApart(shown, look(o.name), 1) <= 1) ||
    (look(o.name).length >= 4 && words.includes(own)) ||
    (shown.length >= 4 && own.startsWith(words)) ||
    o.domains.some((d) => words.includes(wordsOf(d))) ||
    short.words.some((w) => shown === w || words.includes(` ${w} `)) ||
    short.whole.includes(shown) ||
    // Its words in another order, script or edition; its initials in capitals run on (./outlet-words.ts).
    [o.name, ...o.name.split(/\s*[/|]\s*/)].some((known) => holdsWordsOf(name, known)) ||
    opensWithInitials(name, capitalInitials(o.name))
  );
};

/** The known outlet a name would be taken for, if any (namesKnown): a subscription's outlets and publisher are held to it too. */
export const outletNamedLike = (outlets: readonly Outlet[], name: string): Outlet | undefined => outlets.find((o) => namesKnown(o, name));

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
  const name = siteName?.trim().replace(/\s+/g, ' ');
  // Marks that reorder or hide what a name shows ("\u202E…" can show a name backwards): no honest site name needs them.
  const unfit = !!name && (HOLDS_HIDDEN_MARK.test(name) || [...name].length > MAX_SITE_NAME);
  const claimsKnown = !!name && (unfit || outlets.some((o) => namesKnown(o, name) || o.id === name.toLowerCase()));
  const label = name && !claimsKnown ? name : (site ?? (name && !unfit ? `${name} (unverified)` : 'Unknown outlet'));
  return unratedOutlet(label, site);
}
