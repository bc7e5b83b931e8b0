/**
 * The client side of every protocol: a typed request through any transport (runtime.sendMessage,
 * tabs.sendMessage), its answer a Result that never throws. Apart from the dispatcher, so that a
 * sender bundles no schema (entrypoints/wake.content.ts runs on every page as it starts).
 */
import { err } from '../result';
import type { AnyMap, Request, Response } from './protocol';

/** Sends a typed request through any transport (runtime.sendMessage, tabs.sendMessage). */
export async function request<M extends AnyMap, K extends keyof M & string>(
  send: (message: Request<M, K>) => Promise<unknown>,
  type: K,
  data: M[K]['request'],
): Promise<Response<M, K>> {
  try {
    const answer = await send({ type, data });
    if (typeof answer === 'object' && answer !== null && typeof (answer as { ok?: unknown }).ok === 'boolean') return answer as Response<M, K>;
    return err(`${type}: no answer`);
  } catch (e) {
    return err(`${type}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
