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

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Whether an address is on this computer. */
export const isLocal = (url: URL): boolean => LOCAL_HOSTS.has(url.hostname);

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
  if (url.protocol === 'http:' && isLocal(url)) return ok(url);
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
