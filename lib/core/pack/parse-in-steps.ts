/**
 * JSON.parse for a large pack, in steps: a 46 MB pack parsed at once holds a worker for most of a
 * second, during which no card or popup is answered. The text is scanned once for the commas and
 * colons of the top-level object and of the lists it holds (strings and nesting are followed, nothing
 * else is interpreted); each member's value is then parsed by JSON.parse, a list a slice of elements
 * at a time, the separators between them included. Any text the scan does not understand is handed
 * to JSON.parse whole, so the answer is always JSON.parse's: the same value, or its own error.
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

/** Whether the quote at `at` is escaped: preceded by an odd run of backslashes. */
function escaped(text: string, at: number): boolean {
  let k = at - 1;
  while (text.charCodeAt(k) === BACKSLASH) k--;
  return (at - 1 - k) % 2 === 1;
}

/**
 * Where the top-level object's members and their lists' elements are; undefined if it is not that
 * shape. Strings (most of a pack's text: quotes, article texts) are skipped with a native search for
 * their closing quote rather than read a character at a time.
 */
function* layout(text: string, step: number): Generator<void, Layout | undefined> {
  let depth = 0;
  let open = -1;
  let close = -1;
  let pauseAt = step;
  const members: Layout['members'] = [{ colon: -1, end: -1, inner: [] }];
  for (let i = 0; i < text.length; i++) {
    // A pause per `step` characters passed, skipped strings included.
    while (i >= pauseAt) {
      yield;
      pauseAt += step;
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = text.indexOf('"', i + 1);
      while (end > 0 && escaped(text, end)) end = text.indexOf('"', end + 1);
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
  if (depth !== 0 || open < 0 || text.charCodeAt(open) !== BRACE || text.slice(0, open).trim() !== '' || text.slice(close + 1).trim() !== '')
    return undefined;
  members.at(-1)!.end = close;
  if (members.length === 1 && members[0].colon < 0) return text.slice(open + 1, close).trim() === '' ? { open, close, members: [] } : undefined;
  return members.every((m) => m.colon >= 0) ? { open, close, members } : undefined;
}

/** A value's text: a list parsed `slice` elements at a time (separators kept), anything else at once. */
function* value(text: string, from: number, to: number, inner: number[], slice: number): Generator<void, unknown> {
  let start = from;
  while (start < to && text.charCodeAt(start) <= 32) start++;
  if (text.charCodeAt(start) !== BRACKET || inner.length < slice) return JSON.parse(text.slice(from, to));
  let end = to - 1;
  while (end > start && text.charCodeAt(end) <= 32) end--;
  if (text.charCodeAt(end) !== 93) return JSON.parse(text.slice(from, to));
  const out: unknown[] = [];
  // Element k runs from just after comma k-1 (or the bracket) to comma k (or the closing bracket).
  const bounds = [start, ...inner, end];
  for (let k = 0; k < bounds.length - 1; k += slice) {
    const last = Math.min(k + slice, bounds.length - 1);
    const elements = text.slice(bounds[k] + 1, bounds[last]);
    // "[1, 2,]" would pass as "[1]", "[2]", "[]": an empty slice means a missing element.
    if (elements.trim() === '') throw new SyntaxError('an element is missing');
    for (const element of JSON.parse(`[${elements}]`) as unknown[]) out.push(element);
    yield;
  }
  return out;
}

function* parse(text: string, slice: number, step: number): Generator<void, unknown> {
  const shape = yield* layout(text, step);
  if (!shape) return JSON.parse(text);
  const out = {};
  let from = shape.open + 1;
  for (const m of shape.members) {
    const key = JSON.parse(text.slice(from, m.colon));
    if (typeof key !== 'string') return JSON.parse(text);
    // As JSON.parse does: an own property even for "__proto__" (the validation refuses it by name).
    Object.defineProperty(out, key, {
      value: yield* value(text, m.colon + 1, m.end, m.inner, slice),
      writable: true,
      enumerable: true,
      configurable: true,
    });
    from = m.end + 1;
  }
  return out;
}

/** JSON.parse(text), with `pause()` between steps (a scan of `step` characters, a slice of elements). */
export async function parseJsonInSteps(text: string, pause: () => Promise<void>, slice = 2000, step = 500_000): Promise<unknown> {
  let run: Generator<void, unknown>;
  try {
    run = parse(text, slice, step);
    for (let next = run.next(); ; next = run.next()) {
      if (next.done) return next.value;
      await pause();
    }
  } catch {
    // The scan misread, or the text is not JSON: JSON.parse decides, and its error is the one shown.
    return JSON.parse(text);
  }
}

/** UTF-8 bytes to text (malformed bytes refused, as TextDecoder's `fatal` does), `step` bytes at a time. */
export async function decodeInSteps(bytes: Uint8Array, pause: () => Promise<void>, step = 1_000_000): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const pieces: string[] = [];
  for (let i = 0; i < bytes.length; i += step) {
    pieces.push(decoder.decode(bytes.subarray(i, i + step), { stream: i + step < bytes.length }));
    await pause();
  }
  pieces.push(decoder.decode());
  return pieces.join('');
}
