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

/** Format characters: soft hyphen, zero-width spaces and joiners, direction marks and overrides, word joiner, BOM. */
const INVISIBLE = /\p{Cf}/u;
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
  // The buffers in locals (no closure may capture them): the loop runs for every character of a page.
  let room = cap;
  let o = out;
  let s = starts;
  let e = ends;
  let len = 0;
  let last = -1;
  for (let i = 0; i < n; ) {
    const code = source.charCodeAt(i);
    if (code < 128) {
      const c = ASCII[code];
      // Runs of white space fold to one space, so "Vyacheslav\n  Gladkov" matches "Vyacheslav Gladkov".
      if (c === SPACE_CODE && last === SPACE_CODE) e[len - 1] = i + 1;
      else {
        if (len === room) {
          ensure(len + 1);
          [room, o, s, e] = [cap, out, starts, ends];
        }
        o[len] = c;
        s[len] = i;
        e[len] = i + 1;
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
        e[len - 1] = end;
        continue;
      }
      if (len === room) {
        ensure(len + 1);
        [room, o, s, e] = [cap, out, starts, ends];
      }
      o[len] = c;
      s[len] = i;
      e[len] = end;
      len++;
      last = c;
    }
    i = end;
  }
  return len;
}

/**
 * `source` folded, its offset maps a view of buffers the next fold overwrites: for a caller that
 * reads them at once (spotting folds every page's text; copying the maps cost as much as folding).
 */
export function foldTransient(source: string): Folded {
  const len = foldInto(source);
  return { text: decode(len), starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}

/** `source` folded, with offset maps of its own. */
export function fold(source: string): Folded {
  const { text, starts: s, ends: e } = foldTransient(source);
  return { text, starts: s.slice(), ends: e.slice() };
}

// Several times faster than String.fromCharCode over chunks (the buffer is in the platform's byte
// order, little-endian wherever browsers run). An unpaired surrogate decodes to U+FFFD, still one code
// unit: offsets hold, and neither is a letter a name could match. A leading U+FEFF is kept, not read
// as a byte-order mark (folding drops it anyway), so no offset can shift.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function decode(len: number): string {
  return UTF16.decode(out.subarray(0, len));
}

/** The folded form of a single phrase (an alias), without the offset map. */
export function foldPhrase(phrase: string): string {
  return decode(foldInto(phrase.trim()));
}

const WORD = /[\p{L}\p{N}]/u;
/**
 * Letters of scripts written without spaces between words (Chinese, Japanese, Thai and their
 * neighbours; Korean, whose particles join the noun): a Latin name runs up against them ("のJohn
 * Kirby報道官"), so between one of them and a letter of another script a word ends as at a space.
 */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const unspaced = (text: string, i: number) => text.charCodeAt(i) >= 128 && UNSPACED.test(text[i]);

/**
 * Whether the code unit at `i` of `text` is a letter, a digit or an underscore (false outside it); ASCII answered
 * without a RegExp. Given `edge`, the letter of a match next to `i`: false too where one of the two
 * is of an UNSPACED script and the other is not (the name ends there), and true where both are
 * (イラン, Iran, is no word of ドライランド).
 */
export function isWordAt(text: string, i: number, edge?: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  // An underscore joins a handle's words ("Putin_Watcher" is no mention of Putin).
  const word = c < 128 ? (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 : WORD.test(text[i]);
  return word && (edge === undefined || unspaced(text, i) === unspaced(text, edge));
}
