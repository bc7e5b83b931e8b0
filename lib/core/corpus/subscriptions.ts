/**
 * Subscriptions to signed claim packs, as every context sees them: what one is (the record the
 * worker keeps and the page lists), which addresses may be subscribed to, the update intervals
 * offered, and the decision whether a host needs the reader's permission. Pure: no browser here.
 */
import { err, ok, type Result } from '../result';

/** The largest pack an update reads, in bytes: a 100,000-claim pack is about 46 MB. */
export const PACK_CAP_BYTES = 64 * 1024 * 1024;
/** A signature file is 88 characters of base64; anything much longer is not one. */
export const SIGNATURE_CAP_BYTES = 1024;

export const DAY_MINUTES = 24 * 60;
/** The intervals a reader may choose between, in minutes (daily by default). */
export const INTERVALS = [
  { minutes: 60, label: 'Every hour' },
  { minutes: 6 * 60, label: 'Every 6 hours' },
  { minutes: DAY_MINUTES, label: 'Every day' },
  { minutes: 7 * DAY_MINUTES, label: 'Every week' },
] as const;
export const INTERVAL_MINUTES: readonly number[] = INTERVALS.map((i) => i.minutes);

export type SubscriptionState = { kind: 'ok' } | { kind: 'failed'; reason: string; at: number };

export interface Subscription {
  id: string;
  /** The pack's address; its signature is at `${url}.sig`. */
  url: string;
  /** The publisher key (base64url of the raw Ed25519 public key) the reader subscribed with. */
  key: string;
  fingerprint: string;
  /** The pack's publisher.name, else the address's host name. */
  name: string;
  publisherUrl?: string;
  /** When the reader subscribed: among subscriptions, the earliest keeps a row id two packs share. */
  createdAt: number;
  intervalMinutes: number;
  lastChecked?: number;
  /** When its rows were last replaced (a 304 or an identical pack does not change it). */
  lastChanged?: number;
  /** Counts up each time its rows are replaced. */
  revision: number;
  counts: { articles: number; claims: number; outlets: number };
  state: SubscriptionState;
  /** Validators from the last good response, sent back as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  /** SHA-256 of the last good pack's bytes: a changed response with the same bytes rewrites nothing. */
  digest?: string;
  /** When the pack held now was issued (its `issued`): an update issued before it is an old version served again. */
  issued?: string;
  /**
   * The generation of its stored pack that is live (lib/worker/sources/store.ts): writing a new one
   * and then this field is how an update switches in one step. Absent until its first pack is stored.
   */
  gen?: string;
}

/** What Subscribe answers: the subscription, or the one origin the reader must let Parallax read. */
export type SubscribeAnswer = { kind: 'subscribed'; subscription: Subscription } | { kind: 'needs-access'; origin: string };

/** The hosts a pack may be read from over plain http: this computer, by the names a reader types for it. */
const PLAIN_HTTP_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The four numbers of an IPv4 host as the URL parser writes it (127.1, 2130706433 and 0x7f000001 become 127.0.0.1). */
const ipv4 = (host: string): number[] | undefined => /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host)?.slice(1).map(Number);

/** 0.0.0.0/8 (0.0.0.0 reaches this computer), 127/8 (all of it is loopback), and the private and link-local ranges. */
const localIpv4 = ([a, b]: number[]): boolean =>
  a === 0 ||
  a === 127 ||
  a === 10 ||
  (a === 172 && b >= 16 && b <= 31) ||
  (a === 192 && b === 168) ||
  (a === 169 && b === 254) ||
  // The carrier-grade NAT range (a VPN's machines live there) and the benchmarking range.
  (a === 100 && b >= 64 && b <= 127) ||
  (a === 198 && (b === 18 || b === 19));

/** The eight groups of an IPv6 host as the URL parser writes it ("[::ffff:7f00:1]": lowercase hex, at most one "::", no dotted part). */
function ipv6(host: string): number[] | undefined {
  if (!host.startsWith('[') || !host.endsWith(']')) return undefined;
  const [head, tail] = host.slice(1, -1).split('::');
  const groups = (part: string | undefined) => (part ? part.split(':').map((g) => Number.parseInt(g, 16)) : []);
  if (tail === undefined) return groups(head);
  const [h, t] = [groups(head), groups(tail)];
  return [...h, ...new Array<number>(8 - h.length - t.length).fill(0), ...t];
}

/** [::], [::1], an IPv4 address written as IPv6 (::ffff:a.b.c.d, or the old ::a.b.c.d) by its IPv4 rule, fc00::/7 and fe80::/10. */
function localIpv6(g: number[]): boolean {
  const zerosTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zerosTo(7) && g[7] <= 1) return true;
  if (zerosTo(5) && (g[5] === 0xffff || g[5] === 0)) return localIpv4([g[6] >> 8, g[6] & 0xff]);
  return (g[0] & 0xfe00) === 0xfc00 || (g[0] & 0xffc0) === 0xfe80;
}

/**
 * Whether an address is on this computer or the reader's network: localhost and every *.localhost
 * name (browsers answer them from this computer; a trailing dot is the same name), loopback,
 * 0.0.0.0, and private and link-local addresses, in any spelling the URL parser reads. The fetch
 * refuses a redirect from an address that is not local to one that is (fetch-pack.ts): the
 * session-25 attack suite was sent on to router.localhost, 127.0.0.2, 0.0.0.0, [::ffff:7f00:1],
 * localhost. and 192.168.1.1, and read them. A name that DNS resolves to such an address is not
 * seen here: the browser's lookups are its own.
 */
export function isLocal(url: URL): boolean {
  const host = url.hostname;
  const name = host.replace(/\.+$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  // Names only the reader's own network answers: mDNS, and the suffixes set apart for private networks.
  if (/\.(?:local|internal|lan|home\.arpa)$/.test(name) || name === 'home.arpa') return true;
  const v4 = ipv4(host);
  if (v4) return localIpv4(v4);
  const v6 = ipv6(host);
  return v6 !== undefined && v6.length === 8 && localIpv6(v6);
}

/** A pack address: https, or http for this computer only (localhost, 127.0.0.1); no credentials in it. */
export function checkPackAddress(input: string): Result<URL> {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return err('The pack address is not a URL: give the full address, starting with https://');
  }
  if (url.username || url.password) return err('The pack address must not contain a user name or password.');
  if (url.protocol === 'https:') return ok(url);
  // Plain http only for the names a reader types for this computer, as before isLocal took in the
  // reader's network: a pack read over http from a router or another machine could be changed on the way.
  if (url.protocol === 'http:' && PLAIN_HTTP_HOSTS.has(url.hostname)) return ok(url);
  if (url.protocol === 'http:') return err('The pack address must use https (http is allowed only for localhost and 127.0.0.1).');
  return err(`The pack address must be an https address, not ${url.protocol}`);
}

/** The match pattern a host permission names ("https://packs.example.org/*"): match patterns carry no port. */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/**
 * Whether reading a pack needs the reader's permission for its origin. A read the host allowed
 * (Access-Control-Allow-Origin) needs none. A read that failed, to an address that answers a
 * no-cors request, was refused by the browser for lack of it: ask, unless it is granted already
 * (then the host is failing, and asking again would not help).
 */
export function accessDecision(o: { corsRead: boolean; answersNoCors: boolean; granted: boolean }): 'read' | 'ask' | 'unreachable' {
  if (o.corsRead) return 'read';
  return o.answersNoCors && !o.granted ? 'ask' : 'unreachable';
}

/** The origins to give back when a subscription goes: its own, unless another subscription still reads it. */
export function originsToRelease(removed: Pick<Subscription, 'url'>, remaining: readonly Pick<Subscription, 'url'>[]): string[] {
  const pattern = originPattern(removed.url);
  return remaining.some((s) => originPattern(s.url) === pattern) ? [] : [pattern];
}

/**
 * Why a pack fetched for a subscription is an older version than the one it holds (a host serving
 * an old signed pack again would take back the publisher's corrections), or undefined. Once a pack
 * with an issue time is held, a pack without one is refused too.
 */
export function olderThanHeld(held: string | undefined, next: string | undefined): string | undefined {
  if (!held) return undefined;
  if (!next) return `it carries no issue time, and the pack you have was issued ${held}`;
  // Not "<=": a time no one can read (NaN) compares false either way, and must not let a pack through.
  if (!(Date.parse(next) > Date.parse(held))) return `it was issued ${next}, not after the pack you have (issued ${held})`;
  return undefined;
}
