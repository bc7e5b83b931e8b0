/**
 * The checks behind parseImport: each reads one part of an untrusted file and gives back a clean
 * value, or throws Bad naming the field ("highlights[3].quote.exact: …"), so a user can find the
 * problem and nothing half-checked reaches the database. The parts a highlight is made of are
 * parsed with the collection's schemas (lib/core/highlights/schema.ts); the rest is the mapping of
 * W3C Web Annotation onto them.
 */
import type * as v from 'valibot';
import { BackupHighlightSchema, HttpUrlSchema, SnapshotSchema, TextPositionSchema, TextQuoteSchema } from '../highlights/schema';
import type { Highlight, HighlightSnapshot, TextPosition, TextQuote } from '../highlights/types';
import { firstProblem, isObj, under } from '../schema-issues';

export class Bad extends Error {}
export type Obj = Record<string, unknown>;

export const fail = (path: string, what: string): never => {
  throw new Bad(`${path}: ${what}`);
};

/** `value` parsed with `schema`, its fields named under `path`. */
export function parseAt<S extends v.GenericSchema>(schema: S, value: unknown, path: string): v.InferOutput<S> {
  const r = firstProblem(schema, value, under(path));
  if (!r.ok) throw new Bad(r.error);
  return r.value;
}

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

export const httpUrl = (v: unknown, path: string): string => parseAt(HttpUrlSchema, v, path);

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

export const quote = (exact: unknown, prefix: unknown, suffix: unknown, path: string): TextQuote =>
  parseAt(TextQuoteSchema, { exact, prefix, suffix }, path);

/** {start: -1, end: -1} means "position unknown" (as lib/worker/db/schema's v1 upgrade writes). */
export const position = (start: unknown, end: unknown, path: string): TextPosition => parseAt(TextPositionSchema, { start, end }, path);

export const snapshot = (v: unknown, path: string): HighlightSnapshot => parseAt(SnapshotSchema, v, path);

/** One highlight of a backup file. Its anchor state is reset: see import.ts. */
export function highlight(v: unknown, p: string): Highlight {
  return { ...parseAt(BackupHighlightSchema, v, p), anchor: { status: 'unchecked', checked: 0 } };
}
