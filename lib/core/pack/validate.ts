/**
 * validatePack: checks an untrusted claim pack in full before anything is written, and names the
 * first bad field ("claims[3].quote: …") so a user can find and fix it.
 */
import {
  CLAIM_MODES,
  ENTITY_TYPES,
  PACK_FORMAT,
  err,
  ok,
  type ClaimPack,
  type Result,
} from './types';

class Bad extends Error {}
type Obj = Record<string, unknown>;

const fail = (path: string, what: string): never => {
  throw new Bad(`${path}: ${what}`);
};

function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'must be an object');
  return v as Obj;
}
function str(o: Obj, key: string, path: string, optional = false): string | undefined {
  const v = o[key];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string' || v.length === 0) fail(`${path}.${key}`, 'must be a non-empty string');
  return v as string;
}
function arr(o: Obj, key: string, path: string): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) fail(`${path}.${key}`, 'must be an array');
  return v as unknown[];
}
function strings(o: Obj, key: string, path: string): string[] {
  const list = arr(o, key, path);
  list.forEach((s, i) => {
    if (typeof s !== 'string' || s.length === 0) fail(`${path}.${key}[${i}]`, 'must be a non-empty string');
  });
  return list as string[];
}
function int(o: Obj, key: string, path: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(`${path}.${key}`, 'must be a whole number ≥ 0');
  return v as number;
}
function oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[]): T {
  const v = str(o, key, path)!;
  if (!(allowed as readonly string[]).includes(v)) fail(`${path}.${key}`, `must be one of ${allowed.join(', ')}`);
  return v as T;
}
function unique(ids: Set<string>, id: string, path: string): void {
  if (ids.has(id)) fail(`${path}.id`, `duplicate id "${id}"`);
  ids.add(id);
}
function known(ids: Set<string>, o: Obj, key: string, path: string): void {
  const id = str(o, key, path)!;
  if (!ids.has(id)) fail(`${path}.${key}`, `unknown id "${id}"`);
}
function stringRecord(v: unknown, path: string): Obj {
  const o = obj(v, path);
  for (const k of Object.keys(o)) if (typeof o[k] !== 'string') fail(`${path}.${k}`, 'must be a string');
  return o;
}

function check(input: unknown): ClaimPack {
  const pack = obj(input, 'pack');
  if (pack.format !== PACK_FORMAT) fail('format', `must be "${PACK_FORMAT}"`);
  const outletIds = new Set<string>();
  arr(pack, 'outlets', 'pack').forEach((v, i) => {
    const p = `outlets[${i}]`;
    const o = obj(v, p);
    unique(outletIds, str(o, 'id', p)!, p);
    str(o, 'name', p);
    strings(o, 'domains', p);
    str(o, 'country', p);
    const labels = stringRecord(o.labels, `${p}.labels`);
    const basis = obj(o.labelBasis, `${p}.labelBasis`);
    for (const axis of Object.keys(labels)) {
      const b = obj(basis[axis], `${p}.labelBasis.${axis}`);
      str(b, 'by', `${p}.labelBasis.${axis}`);
      str(b, 'why', `${p}.labelBasis.${axis}`);
    }
  });
  const articles = new Map<string, Obj>();
  arr(pack, 'articles', 'pack').forEach((v, i) => {
    const p = `articles[${i}]`;
    const a = obj(v, p);
    const id = str(a, 'id', p)!;
    if (articles.has(id)) fail(`${p}.id`, `duplicate id "${id}"`);
    articles.set(id, a);
    known(outletIds, a, 'outletId', p);
    str(a, 'title', p);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(str(a, 'published', p)!)) fail(`${p}.published`, 'must be a date YYYY-MM-DD');
    str(a, 'byline', p, true);
    const url = str(a, 'url', p, true);
    // Cards link to it: a javascript: or data: URL from someone else's pack must never get there.
    if (url !== undefined && !/^https?:\/\/[^\s]+$/i.test(url)) fail(`${p}.url`, 'must be an http(s) URL');
    str(a, 'text', p);
  });
  const entityIds = new Set<string>();
  arr(pack, 'entities', 'pack').forEach((v, i) => {
    const p = `entities[${i}]`;
    const e = obj(v, p);
    unique(entityIds, str(e, 'id', p)!, p);
    str(e, 'name', p);
    oneOf(e, 'type', p, ENTITY_TYPES);
    if (strings(e, 'aliases', p).length === 0) fail(`${p}.aliases`, 'must name at least one alias');
    str(e, 'description', p);
    if (e.rules !== undefined) {
      const r = obj(e.rules, `${p}.rules`);
      for (const key of ['exactCase', 'afterFullName', 'notWithin']) if (r[key] !== undefined) strings(r, key, `${p}.rules`);
    }
  });
  const facetIds = new Set<string>();
  arr(pack, 'facets', 'pack').forEach((v, i) => {
    const p = `facets[${i}]`;
    const f = obj(v, p);
    unique(facetIds, str(f, 'id', p)!, p);
    known(entityIds, f, 'eventId', p);
    str(f, 'question', p);
  });
  const claimIds = new Set<string>();
  arr(pack, 'claims', 'pack').forEach((v, i) => {
    const p = `claims[${i}]`;
    const c = obj(v, p);
    unique(claimIds, str(c, 'id', p)!, p);
    known(outletIds, c, 'outletId', p);
    const article = articles.get(str(c, 'articleId', p)!) ?? fail(`${p}.articleId`, `unknown id "${c.articleId}"`);
    if (article.outletId !== c.outletId) fail(`${p}.outletId`, `is not the outlet of article "${c.articleId}"`);
    const quote = str(c, 'quote', p)!;
    const start = int(c, 'start', p);
    const end = int(c, 'end', p);
    if ((article.text as string).slice(start, end) !== quote) fail(`${p}.quote`, `is not the article's text at ${start}–${end}`);
    strings(c, 'entityIds', p).forEach((id, j) => entityIds.has(id) || fail(`${p}.entityIds[${j}]`, `unknown id "${id}"`));
    strings(c, 'facetIds', p).forEach((id, j) => facetIds.has(id) || fail(`${p}.facetIds[${j}]`, `unknown id "${id}"`));
    const s = obj(c.speaker, `${p}.speaker`);
    const kind = oneOf(s, 'kind', `${p}.speaker`, ['outlet', 'entity', 'source'] as const);
    if (kind !== 'outlet') str(s, 'name', `${p}.speaker`);
    if (kind === 'entity') known(entityIds, s, 'entityId', `${p}.speaker`);
    oneOf(c, 'mode', p, CLAIM_MODES);
    arr(c, 'numbers', p).forEach((n, j) => {
      const q = `${p}.numbers[${j}]`;
      const num = obj(n, q);
      if (typeof num.value !== 'number' || !Number.isFinite(num.value)) fail(`${q}.value`, 'must be a number');
      str(num, 'text', q);
      str(num, 'what', q);
      str(num, 'counts', q);
    });
  });
  return input as ClaimPack;
}

export function validatePack(input: unknown): Result<ClaimPack> {
  try {
    return ok(check(input));
  } catch (e) {
    if (e instanceof Bad) return err(`Not a valid claim pack: ${e.message}`);
    throw e;
  }
}
