/**
 * JSON.parse for a large pack's UTF-8 bytes, in steps: a 46 MB pack parsed at once holds a worker for
 * most of a second, during which no card or popup is answered. The bytes are scanned once for the
 * commas and colons of the top-level object and of the lists it holds (strings and nesting are
 * followed, nothing else is interpreted: every byte of a multi-byte character is 0x80 or more, so none
 * is taken for a separator); each member's value is then decoded and parsed by JSON.parse, a list a
 * slice of elements (at most 256 kB of them) at a time, the separators between them included. The pack is never one string of
 * tens of megabytes (joining one held the worker for 0.1–0.3 s). Bytes the scan does not understand are
 * decoded and handed to JSON.parse whole, so the answer is always TextDecoder's and JSON.parse's: the
 * same value, or their own error.
 */
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const BRACE = 123;
const BRACKET = 91;

interface Layout {
  open: number;
  close: number;
  /** Per member: where its colon is, where it ends (its comma, or the closing brace), the commas one level in. */
  members: { colon: number; end: number; inner: number[] }[];
}

/** The text of bytes [from, to): UTF-8, malformed bytes refused; a leading U+FEFF is kept, as it is mid-file. */
const slicer = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const textOf = (bytes: Uint8Array, from: number, to: number) => slicer.decode(bytes.subarray(from, to));

/** Whether the quote at `at` is escaped: preceded by an odd run of backslashes. */
function escaped(bytes: Uint8Array, at: number): boolean {
  let k = at - 1;
  while (bytes[k] === BACKSLASH) k--;
  return (at - 1 - k) % 2 === 1;
}

/**
 * Where the top-level object's members and their lists' elements are; undefined if it is not that
 * shape. Strings (most of a pack: quotes, article texts) are skipped with a native search for their
 * closing quote rather than read a byte at a time.
 */
function* layout(bytes: Uint8Array, step: number): Generator<void, Layout | undefined> {
  let depth = 0;
  let open = -1;
  let close = -1;
  let pauseAt = step;
  const members: Layout['members'] = [{ colon: -1, end: -1, inner: [] }];
  for (let i = 0; i < bytes.length; i++) {
    // A pause per `step` bytes passed, skipped strings included.
    while (i >= pauseAt) {
      yield;
      pauseAt += step;
    }
    const c = bytes[i];
    if (c === QUOTE) {
      let end = bytes.indexOf(QUOTE, i + 1);
      while (end > 0 && escaped(bytes, end)) end = bytes.indexOf(QUOTE, end + 1);
      if (end < 0) return undefined;
      i = end;
    } else if (c === BRACE || c === BRACKET) {
      if (depth === 0 && open >= 0) return undefined;
      if (depth === 0) open = i;
      depth++;
    } else if (c === 125 || c === 93) {
      depth--;
      if (depth < 0) return undefined;
      if (depth === 0) close = i;
    } else if (depth === 1 && c === COMMA) {
      members.at(-1)!.end = i;
      members.push({ colon: -1, end: -1, inner: [] });
    } else if (depth === 1 && c === COLON && members.at(-1)!.colon < 0) members.at(-1)!.colon = i;
    else if (depth === 2 && c === COMMA) members.at(-1)!.inner.push(i);
  }
  if (
    depth !== 0 ||
    open < 0 ||
    bytes[open] !== BRACE ||
    textOf(bytes, 0, open).trim() !== '' ||
    textOf(bytes, close + 1, bytes.length).trim() !== ''
  )
    return undefined;
  members.at(-1)!.end = close;
  if (members.length === 1 && members[0].colon < 0) return textOf(bytes, open + 1, close).trim() === '' ? { open, close, members: [] } : undefined;
  return members.every((m) => m.colon >= 0) ? { open, close, members } : undefined;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Bytes of a list parsed in one step at most (unless one element is longer): 500 claims are about
 * 200 kB, but 500 articles with their text were megabytes, 50–70 ms of JSON.parse in one step.
 */
const SLICE_BYTES = 256 * 1024;

/** A value's bytes: a list parsed `slice` elements (or SLICE_BYTES) at a time (separators kept), anything else at once. */
function* value(bytes: Uint8Array, from: number, to: number, inner: number[], slice: number): Generator<void, unknown> {
  let start = from;
  while (start < to && isSpace(bytes[start])) start++;
  if (bytes[start] !== BRACKET || (inner.length < slice && to - from <= SLICE_BYTES)) return JSON.parse(textOf(bytes, from, to));
  let end = to - 1;
  while (end > start && isSpace(bytes[end])) end--;
  if (bytes[end] !== 93) return JSON.parse(textOf(bytes, from, to));
  const out: unknown[] = [];
  // Element k runs from just after comma k-1 (or the bracket) to comma k (or the closing bracket).
  const bounds = [start, ...inner, end];
  for (let k = 0, last = 0; k < bounds.length - 1; k = last) {
    last = k + 1;
    while (last < bounds.length - 1 && last - k < slice && bounds[last + 1] - bounds[k] <= SLICE_BYTES) last++;
    const elements = textOf(bytes, bounds[k] + 1, bounds[last]);
    // "[1, 2,]" would pass as "[1]", "[2]", "[]": an empty slice means a missing element.
    if (elements.trim() === '') throw new SyntaxError('an element is missing');
    for (const element of JSON.parse(`[${elements}]`) as unknown[]) out.push(element);
    yield;
  }
  return out;
}

/** The parsed object, or undefined for bytes the scan does not take (JSON.parse of the whole decides). */
function* parse(bytes: Uint8Array, slice: number, step: number): Generator<void, unknown> {
  const shape = yield* layout(bytes, step);
  if (!shape) return undefined;
  const out = {};
  let from = shape.open + 1;
  for (const m of shape.members) {
    const key = JSON.parse(textOf(bytes, from, m.colon));
    if (typeof key !== 'string') return undefined;
    // As JSON.parse does: an own property even for "__proto__" (the validation refuses it by name).
    Object.defineProperty(out, key, {
      value: yield* value(bytes, m.colon + 1, m.end, m.inner, slice),
      writable: true,
      enumerable: true,
      configurable: true,
    });
    from = m.end + 1;
  }
  return out;
}

/** The whole pack decoded and parsed at once: the answer, or TextDecoder's or JSON.parse's own error. */
const atOnce = (bytes: Uint8Array) => JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));

/**
 * JSON.parse of UTF-8 bytes, with `pause()` between steps (a scan of `step` bytes, a slice of `slice`
 * elements or of SLICE_BYTES). Throws what decoding and JSON.parse of the whole would throw.
 */
export async function parseJsonInSteps(bytes: Uint8Array, pause: () => Promise<void>, slice = 500, step = 250_000): Promise<unknown> {
  let value: unknown;
  try {
    const run = parse(bytes, slice, step);
    for (let next = run.next(); ; next = run.next()) {
      if (next.done) {
        value = next.value;
        break;
      }
      await pause();
    }
  } catch {
    // The scan misread, or the bytes are not JSON in UTF-8: decoding and JSON.parse decide.
    return atOnce(bytes);
  }
  return value === undefined ? atOnce(bytes) : value;
}
