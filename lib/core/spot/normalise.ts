/**
 * Folds text for matching (case, diacritics, compatibility forms, dashes, quotes, spaces,
 * invisible characters) while keeping, for every folded character, where it came from, so a
 * match in the folded text maps back to exact offsets in the original.
 *
 * Hot path of spotting (every character of a page passes through it): one pass over UTF-16 code
 * units into typed arrays, ASCII handled inline, anything else folded once per distinct character.
 */

export interface Folded {
  text: string;
  /** starts[i] / ends[i]: the original span that produced folded code unit i. */
  starts: Int32Array;
  ends: Int32Array;
}

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /\s/;
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SINGLE_QUOTE = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/;
const DOUBLE_QUOTE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const MARKS = /\p{M}/gu;

/** The folded form of one non-ASCII character (a code point), as a string of 0 or more code units. */
function foldWide(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  if (DASH.test(ch)) return '-';
  if (SINGLE_QUOTE.test(ch)) return "'";
  if (DOUBLE_QUOTE.test(ch)) return '"';
  return ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** Folded forms of the non-ASCII characters met so far (a page uses few distinct ones). */
const wide = new Map<number, string>();

/** ASCII folded: upper case to lower, control white space to a space, all else as it is. */
const ASCII = new Int16Array(128).map((_, c) => (c >= 65 && c <= 90 ? c + 32 : c === 9 || c === 10 || c === 11 || c === 12 || c === 13 ? 32 : c));

const SPACE_CODE = 32;

// Scratch buffers reused by every call (folding is synchronous), grown as needed.
let cap = 0;
let out = new Uint16Array(0);
let starts = new Int32Array(0);
let ends = new Int32Array(0);

function ensure(n: number): void {
  if (n <= cap) return;
  const next = Math.max(n, cap * 2, 1024);
  const o = new Uint16Array(next);
  o.set(out);
  const s = new Int32Array(next);
  s.set(starts);
  const e = new Int32Array(next);
  e.set(ends);
  [cap, out, starts, ends] = [next, o, s, e];
}

/** Folds `source` into the scratch buffers; returns the folded length. */
function foldInto(source: string): number {
  const n = source.length;
  ensure(n + 16);
  let len = 0;
  let last = -1;
  for (let i = 0; i < n; ) {
    const code = source.charCodeAt(i);
    if (code < 128) {
      const c = ASCII[code];
      // Runs of white space fold to one space, so "Vyacheslav\n  Gladkov" matches "Vyacheslav Gladkov".
      if (c === SPACE_CODE && last === SPACE_CODE) ends[len - 1] = i + 1;
      else {
        if (len === cap) ensure(len + 1);
        out[len] = c;
        starts[len] = i;
        ends[len] = i + 1;
        len++;
        last = c;
      }
      i++;
      continue;
    }
    const cp = source.codePointAt(i)!;
    const end = i + (cp > 0xffff ? 2 : 1);
    let f = wide.get(cp);
    if (f === undefined) {
      f = foldWide(String.fromCodePoint(cp));
      wide.set(cp, f);
    }
    for (let k = 0; k < f.length; k++) {
      const c = f.charCodeAt(k);
      if (c === SPACE_CODE && last === SPACE_CODE) {
        ends[len - 1] = end;
        continue;
      }
      if (len === cap) ensure(len + 1);
      out[len] = c;
      starts[len] = i;
      ends[len] = end;
      len++;
      last = c;
    }
    i = end;
  }
  return len;
}

export function fold(source: string): Folded {
  const len = foldInto(source);
  return { text: decode(len), starts: starts.slice(0, len), ends: ends.slice(0, len) };
}

function decode(len: number): string {
  const CHUNK = 8192;
  let text = '';
  for (let i = 0; i < len; i += CHUNK) text += String.fromCharCode.apply(null, out.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  return text;
}

/** The folded form of a single phrase (an alias), without the offset map. */
export function foldPhrase(phrase: string): string {
  return decode(foldInto(phrase.trim()));
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether the code unit at `i` of `text` is a letter or digit (false outside it); ASCII answered without a RegExp. */
export function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return WORD.test(text[i]);
}
