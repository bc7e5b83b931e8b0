/**
 * Reading a subscribed pack over the network: a conditional GET (If-None-Match / If-Modified-Since
 * from the last good response) with no cookies or credentials and nothing about the reader, the
 * body streamed and dropped past a cap, then its signature file. The browser's HTTP cache is not
 * used (`no-store`): the validators are ours, so a 304 reaches us and rewrites nothing. Who asks may
 * hear how many bytes have arrived (with the Content-Length, when the host gives one). A host that
 * does not answer, or stops sending, is given up on; one that redirects elsewhere than a pack
 * address (plain http on another host) is refused, as subscribing to that address would be.
 */
import { checkPackAddress, isLocal } from '../../core/corpus/subscriptions';
import { err, ok, type Result } from '../../core/result';

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** Bytes received so far, and in all when the response announced it. */
export type OnBytes = (received: number, total?: number) => void;

export type PackResponse = { kind: 'not-modified' } | { kind: 'fetched'; bytes: Uint8Array; etag?: string; lastModified?: string };

const REQUEST: RequestInit = { credentials: 'omit', cache: 'no-store', redirect: 'follow', referrerPolicy: 'no-referrer' };

/** How long a host may take to answer, to send the next piece of a body, and to send all of it. */
export interface Timeouts {
  answerMs: number;
  stallMs: number;
  totalMs: number;
}
export const TIMEOUTS: Timeouts = { answerMs: 30_000, stallMs: 30_000, totalMs: 10 * 60_000 };

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/** The promise's value, or `late` once `ms` have passed. */
function within<T, L>(promise: Promise<T>, ms: number, late: L): Promise<T | L> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<L>((resolve) => {
    timer = setTimeout(() => resolve(late), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
const LATE = Symbol('late');

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

const brokenOff = (what: string, e: unknown) =>
  `The host broke off the ${what} before its end (${e instanceof Error ? e.message : String(e)}): nothing of it was used. Try again later.`;

/** Reads a body up to `cap` bytes; past it, stops reading (the rest is never downloaded) and refuses; a body that stalls is given up on. */
export async function readCapped(
  response: Response,
  cap: number,
  what: string,
  onBytes?: OnBytes,
  timeouts: Timeouts = TIMEOUTS,
): Promise<Result<Uint8Array>> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > cap) {
    await response.body?.cancel();
    return err(`The ${what} is larger than the cap of ${mb(cap)} (${mb(declared)} announced): not read.`);
  }
  if (!response.body) {
    try {
      return ok(new Uint8Array(await response.arrayBuffer()));
    } catch (e) {
      return err(brokenOff(what, e));
    }
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  // An absent header reads as 0 and an unreadable one as NaN: no total either way.
  const total = declared > 0 ? declared : undefined;
  let size = 0;
  const started = Date.now();
  for (;;) {
    // A body cut short (a Content-Length it does not reach, a reset connection, a corrupt encoding)
    // rejects here: an error of the update like any other, recorded on the subscription.
    const next = await within(
      reader.read().catch((e: unknown) => ({ broken: e })),
      timeouts.stallMs,
      LATE,
    );
    if (next !== LATE && 'broken' in next) {
      await reader.cancel().catch(() => undefined);
      return err(brokenOff(what, next.broken));
    }
    if (next === LATE || Date.now() - started > timeouts.totalMs) {
      await reader.cancel().catch(() => undefined);
      return err(
        next === LATE
          ? `The host stopped sending the ${what}: nothing arrived for ${seconds(timeouts.stallMs)}. Try again later.`
          : `The ${what} took longer than ${seconds(timeouts.totalMs)} to arrive: reading stopped. Try again later.`,
      );
    }
    const { done, value } = next;
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      return err(`The ${what} is larger than the cap of ${mb(cap)}: reading stopped there.`);
    }
    chunks.push(value);
    // A compressed body outgrows its Content-Length (the encoded size): its total is unknown then.
    onBytes?.(size, total !== undefined && size <= total ? total : undefined);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return ok(bytes);
}

/** How a failure to get any answer starts: the browser refused the read, or the host is not there. */
const NO_ANSWER = 'No answer from ';
export const isNoAnswer = (error: string) => error.startsWith(NO_ANSWER);

async function get(fetcher: Fetch, url: string, headers: Record<string, string>, timeouts: Timeouts): Promise<Result<Response>> {
  const abort = new AbortController();
  try {
    const response = await within(fetcher(url, { ...REQUEST, headers, signal: abort.signal }), timeouts.answerMs, LATE);
    if (response === LATE) {
      abort.abort();
      // Not NO_ANSWER: the host is there (asking for a permission to read it would not help).
      return err(`${url} gave no answer within ${seconds(timeouts.answerMs)}: the host is too slow. Try again later.`);
    }
    // Where the redirects ended (the hops between are the browser's): an address Parallax would not
    // subscribe to (plain http on another host), or this computer or its network when the address was not, is refused.
    const landed = response.redirected && response.url ? checkPackAddress(response.url) : undefined;
    const toThisComputer = landed?.ok === true && isLocal(landed.value) && !isLocal(new URL(url));
    if ((landed && !landed.ok) || toThisComputer) {
      await response.body?.cancel();
      return err(
        `${url} sent Parallax on to ${response.url}, which is refused: ${landed?.ok === false ? landed.error : 'an address on this computer or its local network.'}`,
      );
    }
    return ok(response);
  } catch (e) {
    return err(
      `${NO_ANSWER}${url} (${e instanceof Error ? e.message : String(e)}): the address is unreachable, or its host does not allow Parallax to read it.`,
    );
  }
}

/** The pack at `url`, or not-modified when the validators still hold; `onBytes` hears its body arrive. */
export async function fetchPack(
  fetcher: Fetch,
  url: string,
  last: Validators,
  cap: number,
  onBytes?: OnBytes,
  timeouts: Timeouts = TIMEOUTS,
): Promise<Result<PackResponse>> {
  const headers: Record<string, string> = {};
  if (last.etag) headers['If-None-Match'] = last.etag;
  if (last.lastModified) headers['If-Modified-Since'] = last.lastModified;
  const response = await get(fetcher, url, headers, timeouts);
  if (!response.ok) return response;
  const r = response.value;
  // A 304 answers only a request that had something to compare; to a first read it says nothing.
  if (r.status === 304)
    return last.etag || last.lastModified ? ok({ kind: 'not-modified' }) : err(`${url} answered 304 to a first read: no pack came.`);
  if (!r.ok) {
    await r.body?.cancel();
    return err(`${url} answered ${r.status}${r.statusText ? ` ${r.statusText}` : ''}.`);
  }
  const bytes = await readCapped(r, cap, 'pack', onBytes, timeouts);
  if (!bytes.ok) return bytes;
  return ok({
    kind: 'fetched',
    bytes: bytes.value,
    etag: r.headers.get('etag') ?? undefined,
    lastModified: r.headers.get('last-modified') ?? undefined,
  });
}

/** The signature file next to the pack (`${url}.sig`), as text. */
export async function fetchSignature(fetcher: Fetch, url: string, cap: number, timeouts: Timeouts = TIMEOUTS): Promise<Result<string>> {
  const sigUrl = `${url}.sig`;
  const response = await get(fetcher, sigUrl, {}, timeouts);
  if (!response.ok) return response;
  if (!response.value.ok) {
    await response.value.body?.cancel();
    return err(`The signature file ${sigUrl} answered ${response.value.status}: a pack is read only with its signature.`);
  }
  const bytes = await readCapped(response.value, cap, 'signature file', undefined, timeouts);
  return bytes.ok ? ok(new TextDecoder().decode(bytes.value)) : bytes;
}
