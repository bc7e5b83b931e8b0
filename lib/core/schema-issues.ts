/**
 * What every file format's schema (claim pack, collection backup, settings) shares: the refusal of
 * reserved keys, and turning valibot's first issue into "outlets[2].labels.bias: must be …", the
 * field a reader can find in the file.
 */
import * as v from 'valibot';

/** Keys that reach Object.prototype when data becomes a key; refused wherever a file names a key. */
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
export const isReserved = (key: string) => RESERVED_KEYS.includes(key);
export const RESERVED_MESSAGE = 'is a reserved name (__proto__, constructor and prototype cannot be used)';

/** A JSON object (not null, not a list): the one test for it in the formats' code. */
export const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

type Key = string | number;
export type Namer = (keys: readonly Key[]) => string;

/** Names a field under `root` as a reader writes it: "highlight.quote.exact", "items[2].target". */
/** The longest key an error names whole: a file's 60,000-character key would fill the message. */
const KEY_SHOWN = 40;
const shownKey = (k: string) => (k.length > KEY_SHOWN ? `${k.slice(0, KEY_SHOWN)}…` : k);
export const under =
  (root: string): Namer =>
  (keys) =>
    root + keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 && root === '' ? shownKey(k) : `.${shownKey(k)}`)).join('');

/**
 * The first own key anywhere in parsed JSON that is reserved, as its path. valibot drops unknown
 * keys and skips these in records without a word; a file that carries one is refused instead.
 */
export function reservedKeyIn(value: unknown, keys: Key[] = []): Key[] | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = typeof value[i] === 'object' && value[i] !== null ? reservedKeyIn(value[i], [...keys, i]) : null;
      if (found) return found;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const key of Object.keys(value)) {
    if (isReserved(key)) return [...keys, key];
    const inner = (value as Record<string, unknown>)[key];
    const found = typeof inner === 'object' && inner !== null ? reservedKeyIn(inner, [...keys, key]) : null;
    if (found) return found;
  }
  return null;
}

/** A required key that is missing is reported with the message of the schema it should have had. */
type Entries = Record<string, v.GenericSchema & { message?: unknown }>;
export function shape<E extends Entries>(entries: E, message = 'must be an object') {
  return v.object(entries, (issue) => {
    const key = issue.path?.at(-1)?.key;
    const expected = issue.received === 'undefined' && typeof key === 'string' && Object.hasOwn(entries, key) ? entries[key].message : undefined;
    return typeof expected === 'string' ? expected : message;
  });
}
/** valibot's object() and record() take an array for an object; a file's list where an object belongs is refused. */
const notList = (message: string) => v.custom<Record<string, unknown>>(isObj, message);
/** shape(), and a list is not taken for an object. */
export function object<E extends Entries>(entries: E, message = 'must be an object') {
  return v.pipe(notList(message), shape(entries, message));
}

const NON_EMPTY = 'must be a non-empty string';
export const nonEmpty = (message = NON_EMPTY) => v.pipe(v.string(message), v.minLength(1, message));
/** An id: it becomes a key of the database and of the reader's overrides, so it cannot be reserved. */
export const id = () =>
  v.pipe(
    nonEmpty(),
    v.check(
      (s) => !isReserved(s),
      (i) => `"${String(i.input)}" ${RESERVED_MESSAGE}`,
    ),
  );
/** Any string, empty allowed (a note, a prefix at the start of a page). */
export const text = () => v.string('must be a string');
export const list = <S extends v.GenericSchema>(item: S) => v.array(item, 'must be an array');
/** A map from data (an axis, an outlet id) to values; its keys were checked by reservedKeyIn. */
export const record = <S extends v.GenericSchema>(value: S, key: v.GenericSchema<string, string> = v.string()) =>
  v.pipe(notList('must be an object'), v.record(key, value, 'must be an object'));

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** Parses `input` with `schema`, or names the first bad field (reserved keys first). */
export function firstProblem<S extends v.GenericSchema>(schema: S, input: unknown, name: Namer): Checked<v.InferOutput<S>> {
  const reserved = reservedKeyIn(input);
  if (reserved) return { ok: false, error: `${name(reserved)}: ${RESERVED_MESSAGE}` };
  const r = v.safeParse(schema, input, { abortEarly: true });
  if (r.success) return { ok: true, value: r.output };
  const issue = r.issues[0];
  const keys = (issue.path ?? []).map((p) => p.key as Key);
  return { ok: false, error: `${name(keys)}: ${issue.message}` };
}
