/**
 * Which domains a pack's outlet may name: one site each, by the public-suffix list (tldts, ~48 kB
 * gzipped: imported by the worker and the CLI only, as outlet-for-url.ts is). validate.ts refuses a
 * pack naming any other; outlet-for-url.ts lets no other hold hosts under it.
 */
import { parse } from 'tldts';

/**
 * Whether a pack's outlet domain names one site or a host in it ("afp.com", "news.bbc.co.uk", an IP
 * address, "localhost"), not a public suffix that every site under it shares ("com", "co.uk",
 * "github.io") nor what only looks like a host ("0.1": no top-level domain is a number).
 */
export function namesOneSite(domain: string): boolean {
  const d = domain.toLowerCase();
  const parsed = parse(d, { allowPrivateDomains: true });
  if (parsed.isIp) return true;
  // A one-word host ("localhost", an intranet's "intranet") is a site unless the list names it a suffix ("com", "wiki").
  if (!d.includes('.')) return parsed.hostname === d && parsed.isIcann === false && parsed.isPrivate === false;
  return parsed.domain !== null && parsed.hostname === d && /\p{L}/u.test(parsed.publicSuffix ?? '');
}
