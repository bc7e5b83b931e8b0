/**
 * Every message between the extension's contexts, declared once: its request, its response, and
 * the validation of untrusted input. Answers are Results, so errors cross contexts as values.
 */
import type { Coverage, CoverageQuery } from './coverage/coverage';
import type { PackStamp } from './db/load-pack';
import type { GazetteerEntry } from './spot/gazetteer';
import { err, ok, type Result } from './pack/types';

export interface ProtocolMap {
  /** Is the corpus loaded, and how big is it? */
  status: { request: Record<string, never>; response: { pack: PackStamp | null; loadError: string | null } };
  /** The compact list of entities and aliases the content script spots. */
  gazetteer: { request: Record<string, never>; response: GazetteerEntry[] };
  /** How the outlets reported an entity, grouped by facet and outlet. */
  coverage: { request: CoverageQuery; response: Coverage };
}

export type MessageType = keyof ProtocolMap;
export type Request<K extends MessageType = MessageType> = { type: K; data: ProtocolMap[K]['request'] };
export type Response<K extends MessageType> = Result<ProtocolMap[K]['response']>;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

const validators: { [K in MessageType]: (data: Obj) => string | null } = {
  status: () => null,
  gazetteer: () => null,
  coverage: (d) => {
    if (typeof d.entityId !== 'string' || d.entityId === '') return 'coverage.entityId must be a non-empty string';
    for (const key of ['pageUrl', 'siteName', 'sentence']) {
      if (d[key] !== undefined && typeof d[key] !== 'string') return `coverage.${key} must be a string`;
    }
    if (d.hide !== undefined && !(isObj(d.hide) && Object.values(d.hide).every(isStringList))) {
      return 'coverage.hide must map each label axis to a list of labels';
    }
    if (d.overrides !== undefined && !(isObj(d.overrides) && Object.values(d.overrides).every((o) => isObj(o) && Object.values(o).every((l) => typeof l === 'string')))) {
      return 'coverage.overrides must map outlet ids to { axis: label }';
    }
    return null;
  },
};

/** Checks an incoming message; anything unknown or malformed becomes an error value. */
export function parseRequest(message: unknown): Result<Request> {
  if (!isObj(message) || typeof message.type !== 'string') return err('Malformed message: expected { type, data }');
  if (!Object.hasOwn(validators, message.type)) return err(`Unknown message type "${message.type}"`);
  const type = message.type as MessageType;
  const data = message.data ?? {};
  if (!isObj(data)) return err(`${type}: data must be an object`);
  const problem = validators[type](data);
  return problem ? err(problem) : ok({ type, data } as Request);
}

export type Handlers = { [K in MessageType]: (data: ProtocolMap[K]['request']) => Promise<Response<K>> };

/** Validates and dispatches one message; never throws, whatever arrives. */
export async function dispatch(handlers: Handlers, message: unknown): Promise<Result<unknown>> {
  const parsed = parseRequest(message);
  if (!parsed.ok) return parsed;
  try {
    const handler = handlers[parsed.value.type] as (data: unknown) => Promise<Result<unknown>>;
    return await handler(parsed.value.data);
  } catch (e) {
    return err(`${parsed.value.type} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Sends a typed request through any transport (browser.runtime.sendMessage in the extension). */
export async function request<K extends MessageType>(
  send: (message: Request<K>) => Promise<unknown>,
  type: K,
  data: ProtocolMap[K]['request'],
): Promise<Response<K>> {
  try {
    const answer = await send({ type, data });
    if (isObj(answer) && typeof answer.ok === 'boolean') return answer as Response<K>;
    return err(`${type}: no answer from the background`);
  } catch (e) {
    return err(`${type}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
