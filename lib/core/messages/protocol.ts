/**
 * How a protocol is declared: each message once, as a valibot schema for its request, the type of
 * its response, and who may send it. Parsing turns anything malformed into an error value that
 * names the first bad field ("coverage.entityId must be a non-empty string").
 */
import * as v from 'valibot';
import { err, ok, type Result } from '../result';

/**
 * Who may send a message. 'page': a content script (only for its own page; the worker reads the
 * page's address from the sender, never from the message) as well as the extension's own pages.
 * 'extension': the extension's own pages only (popup, collection, corpus) — everything that reads
 * or changes the reader's collection or corpus as a whole.
 */
export type Allowed = 'page' | 'extension';

type Schema = v.GenericSchema<unknown, unknown>;

export interface MessageSpec<S extends Schema = Schema, R = unknown> {
  request: S;
  from: Allowed;
  /** Never set: carries the response type. */
  response?: R;
}

/** Declares one message: `message<Response>()('page', requestSchema)`. */
export const message =
  <R>() =>
  <S extends Schema>(from: Allowed, request: S): MessageSpec<S, R> => ({ request, from });

export type Specs = Record<string, MessageSpec>;

/** The request and response types of each message, read off its declaration. */
export type MapOf<P extends Specs> = {
  [K in keyof P]: { request: v.InferOutput<P[K]['request']>; response: P[K] extends MessageSpec<Schema, infer R> ? R : never };
};

export type AnyMap = Record<string, { request: unknown; response: unknown }>;
export type Request<M extends AnyMap, K extends keyof M & string> = { type: K; data: M[K]['request'] };
export type Response<M extends AnyMap, K extends keyof M> = Result<M[K]['response']>;

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** "coverage" + the issue's path and message: "coverage.hide.alignment must be a list of labels". */
function problem(type: string, issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
  // valibot reports a missing key on the object that lacks it, with the key in the path.
  const message = issue.kind === 'schema' && issue.type === 'object' && issue.received === 'undefined' ? 'is missing' : issue.message;
  // A message that starts with "." or "[" goes on naming the field (a nested check that names its own path).
  return /^[.[]/.test(message) ? `${type}${path}${message}` : `${type}${path} ${message}`;
}

/** Checks one incoming message against a protocol; unknown keys in its data are dropped. */
export function parseWith<P extends Specs>(specs: P, input: unknown): Result<{ type: keyof P & string; data: unknown }> {
  if (!isObj(input) || typeof input.type !== 'string') return err('Malformed message: expected { type, data }');
  if (!Object.hasOwn(specs, input.type)) return err(`Unknown message type "${input.type}"`);
  const type = input.type as keyof P & string;
  const data = input.data ?? {};
  if (!isObj(data)) return err(`${type}: data must be an object`);
  const parsed = v.safeParse(specs[type].request, data, { abortEarly: true });
  return parsed.success ? ok({ type, data: parsed.output }) : err(problem(type, parsed.issues[0]));
}
