/**
 * Receiving and sending messages: who sent it (an extension page, or a content script and its
 * page's address), the sender check, dispatch to a handler (the client side is ./request.ts).
 * Every outcome is a Result: nothing here throws, whatever arrives.
 */
import { err, type Result } from '../result';
import { parseWith, type AnyMap, type MapOf, type Specs } from './protocol';

/**
 * Who sent a message, as the receiver established it (never as the message says). A page's `url` is
 * the address its document was loaded from; `current`, when there is one, the address it has moved
 * to since by history.pushState or replaceState (see fromSender).
 */
export type From = { kind: 'extension' } | { kind: 'page'; url: string; current?: string };

/** The parts of a runtime.MessageSender this needs. */
export interface RuntimeSender {
  url?: string;
  /** 0 for a tab's top frame. */
  frameId?: number;
  tab?: { url?: string };
}

/**
 * An extension page iff the sender's URL is on the extension's origin (`extensionBase`, from
 * runtime.getURL('')). Extension pages opened in a tab also have `sender.tab`, so the tab decides
 * nothing. Anything else is a content script, whose page is its frame's URL (else its tab's).
 */
export function fromSender(sender: RuntimeSender, extensionBase: string): From | null {
  const origin = originOf(extensionBase);
  if (sender.url && origin && originOf(sender.url) === origin) return { kind: 'extension' };
  const url = sender.url ?? sender.tab?.url;
  if (!url || !/^https?:\/\//i.test(url)) return null;
  // Chrome keeps `sender.url` at the address the document was loaded from when a single-page site
  // moves on with history.pushState; the tab's address follows. The history API cannot leave the
  // document's origin, so a top frame's tab address on that origin is where the page is now.
  const tab = sender.frameId === 0 ? sender.tab?.url : undefined;
  return tab && tab !== url && /^https?:\/\//i.test(tab) && originOf(tab) === originOf(url)
    ? { kind: 'page', url, current: tab }
    : { kind: 'page', url };
}

/** The address a page is at now: where its highlights are looked up and saved, and the article it adds is filed. */
export const pageNow = (from: { url: string; current?: string }): string => from.current ?? from.url;

/** Scheme and host: URL.origin is "null" for non-web schemes in some runtimes (chrome-extension: in Node). */
function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

export type Handlers<M extends AnyMap> = { [K in keyof M]: (data: M[K]['request'], from: From) => Promise<Result<M[K]['response']>> };

/** Validates one message, checks that its sender may send it, and runs its handler. */
export async function dispatch<P extends Specs>(specs: P, handlers: Handlers<MapOf<P>>, input: unknown, from: From | null): Promise<Result<unknown>> {
  // The sender is checked before the data: a refused sender learns nothing about the schemas.
  const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  if (typeof type === 'string' && Object.hasOwn(specs, type)) {
    if (!from) return err(`${type}: refused, the sender is neither a web page nor Parallax's own page`);
    if (specs[type].from === 'extension' && from.kind !== 'extension') {
      return err(`${type}: refused, only Parallax's own pages may send it, not a web page's content script`);
    }
  }
  const parsed = parseWith(specs, input);
  if (!parsed.ok) return parsed;
  const { data } = parsed.value;
  try {
    const handler = handlers[parsed.value.type] as (data: unknown, from: From) => Promise<Result<unknown>>;
    return await handler(data, from!);
  } catch (e) {
    return err(`${parsed.value.type} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
