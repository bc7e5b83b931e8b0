/**
 * The checks behind parseImport: each reads one field of an untrusted file, rebuilds it as a clean
 * value (unknown keys dropped) or throws Bad naming the field ("highlights[3].quote.exact: …"), so
 * a user can find the problem and nothing half-checked reaches the database.
 */
import type { Highlight, HighlightSnapshot, SnapshotClaim, TextPosition, TextQuote } from '../highlights/types';
import { CLAIM_MODES, type Speaker } from '../pack/types';

export class Bad extends Error {}
export type Obj = Record<string, unknown>;

/** The same ceiling lib/core/highlights/validate applies to a quote arriving by message. */
const MAX_QUOTE = 100_000;

export const fail = (path: string, what: string): never => {
  throw new Bad(`${path}: ${what}`);
};
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function obj(v: unknown, path: string): Obj {
  return isObj(v) ? v : fail(path, 'must be an object');
}
/** Any string, empty allowed (a note, a prefix at the start of a page). */
export function text(v: unknown, path: string): string {
  return typeof v === 'string' ? v : fail(path, 'must be a string');
}
export function str(v: unknown, path: string): string {
  return typeof v === 'string' && v.length > 0 ? v : fail(path, 'must be a non-empty string');
}
export function list(v: unknown, path: string): unknown[] {
  return Array.isArray(v) ? v : fail(path, 'must be an array');
}
export const strings = (v: unknown, path: string) => list(v, path).map((s, i) => text(s, `${path}[${i}]`));

export function httpUrl(v: unknown, path: string): string {
  const s = str(v, path);
  let u: URL | null = null;
  try {
    u = new URL(s);
  } catch {
    /* reported below */
  }
  return u && (u.protocol === 'http:' || u.protocol === 'https:') ? s : fail(path, 'must be an http(s) URL');
}

/** Milliseconds since 1970, as the collection stores times. */
export function time(v: unknown, path: string): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fail(path, 'must be a time in milliseconds (a whole number ≥ 0)');
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
/** An xsd:dateTime with a time zone, as W3C annotations carry; Date.parse alone accepts 30 February. */
export function isoTime(v: unknown, path: string): number {
  const m = typeof v === 'string' ? ISO.exec(v) : null;
  const ms = m ? Date.parse(v as string) : NaN;
  const days = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate() : 0;
  if (!m || Number.isNaN(ms) || ms < 0 || Number(m[3]) < 1 || Number(m[3]) > days) {
    fail(path, 'must be an ISO date and time, e.g. 2024-01-24T09:30:00Z');
  }
  return ms;
}

export function quote(exact: unknown, prefix: unknown, suffix: unknown, path: string): TextQuote {
  const q = str(exact, `${path}.exact`);
  if (q.trim() === '') fail(`${path}.exact`, 'must not be blank');
  if (q.length > MAX_QUOTE) fail(`${path}.exact`, `is longer than ${MAX_QUOTE} characters`);
  return { exact: q, prefix: text(prefix ?? '', `${path}.prefix`), suffix: text(suffix ?? '', `${path}.suffix`) };
}

/** {start: -1, end: -1} means "position unknown" (as lib/worker/db/schema's v1 upgrade writes). */
export function position(start: unknown, end: unknown, path: string): TextPosition {
  const whole = (v: unknown) => typeof v === 'number' && Number.isInteger(v);
  if (!whole(start) || !whole(end)) return fail(path, 'start and end must be whole numbers');
  const [s, e] = [start as number, end as number];
  if ((s === -1 && e === -1) || (s >= 0 && e >= s)) return { start: s, end: e };
  return fail(path, 'must have 0 ≤ start ≤ end (or both -1 when unknown)');
}

function speaker(v: unknown, path: string): Speaker {
  const s = obj(v, path);
  if (s.kind === 'outlet') return { kind: 'outlet' };
  if (s.kind === 'entity') return { kind: 'entity', entityId: str(s.entityId, `${path}.entityId`), name: str(s.name, `${path}.name`) };
  if (s.kind === 'source') return { kind: 'source', name: str(s.name, `${path}.name`) };
  return fail(`${path}.kind`, 'must be one of outlet, entity, source');
}

function claim(v: unknown, p: string): SnapshotClaim {
  const c = obj(v, p);
  const labels = obj(c.outletLabels, `${p}.outletLabels`);
  const mode = c.mode as SnapshotClaim['mode'];
  if (!CLAIM_MODES.includes(mode)) fail(`${p}.mode`, `must be one of ${CLAIM_MODES.join(', ')}`);
  return {
    id: str(c.id, `${p}.id`),
    outletId: str(c.outletId, `${p}.outletId`),
    outletName: str(c.outletName, `${p}.outletName`),
    outletLabels: Object.fromEntries(Object.entries(labels).map(([k, l]) => [k, text(l, `${p}.outletLabels.${k}`)])),
    facet: c.facet === null ? null : text(c.facet, `${p}.facet`),
    quote: str(c.quote, `${p}.quote`),
    speaker: speaker(c.speaker, `${p}.speaker`),
    mode,
    published: text(c.published, `${p}.published`),
    articleTitle: text(c.articleTitle, `${p}.articleTitle`),
    ...(c.url === undefined ? {} : { url: str(c.url, `${p}.url`) }),
  };
}

export function snapshot(v: unknown, path: string): HighlightSnapshot {
  const s = obj(v, path);
  const entities = list(s.entities, `${path}.entities`).map((e, i) => {
    const p = `${path}.entities[${i}]`;
    const o = obj(e, p);
    return { id: str(o.id, `${p}.id`), name: str(o.name, `${p}.name`), type: str(o.type, `${p}.type`) };
  });
  const claims = list(s.claims, `${path}.claims`).map((c, i) => claim(c, `${path}.claims[${i}]`));
  return { entities, claims, takenAt: time(s.takenAt, `${path}.takenAt`) };
}

/** One highlight of a backup file. Its anchor state is reset: see import.ts. */
export function highlight(v: unknown, p: string): Highlight {
  const h = obj(v, p);
  const q = obj(h.quote, `${p}.quote`);
  const pos = obj(h.position, `${p}.position`);
  return {
    id: str(h.id, `${p}.id`),
    url: httpUrl(h.url, `${p}.url`),
    title: text(h.title, `${p}.title`),
    ...(h.outletId === undefined ? {} : { outletId: str(h.outletId, `${p}.outletId`) }),
    quote: quote(q.exact, q.prefix, q.suffix, `${p}.quote`),
    position: position(pos.start, pos.end, `${p}.position`),
    note: text(h.note, `${p}.note`),
    tags: strings(h.tags, `${p}.tags`),
    entityIds: list(h.entityIds, `${p}.entityIds`).map((e, i) => str(e, `${p}.entityIds[${i}]`)),
    created: time(h.created, `${p}.created`),
    updated: time(h.updated, `${p}.updated`),
    snapshot: snapshot(h.snapshot, `${p}.snapshot`),
    anchor: { status: 'unchecked', checked: 0 },
  };
}
