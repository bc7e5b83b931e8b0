/**
 * Folds text for matching (case, diacritics, compatibility forms, dashes, quotes, spaces,
 * invisible characters) while keeping, for every folded character, where it came from, so a
 * match in the folded text maps back to exact offsets in the original.
 */

export interface Folded {
  text: string;
  /** starts[i] / ends[i]: the original span that produced folded character i. */
  starts: number[];
  ends: number[];
}

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /\s/;
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SINGLE_QUOTE = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/;
const DOUBLE_QUOTE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const MARKS = /\p{M}/gu;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Fast path for plain ASCII, which is most of any English page.
  if (code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (code === 9 || code === 10 || code === 13 || code === 12 || code === 11) return ' ';
    return ch;
  }
  if (INVISIBLE.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  if (DASH.test(ch)) return '-';
  if (SINGLE_QUOTE.test(ch)) return "'";
  if (DOUBLE_QUOTE.test(ch)) return '"';
  return ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

export function fold(source: string): Folded {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  let last = '';
  for (const ch of source) {
    const out = foldChar(ch);
    const end = i + ch.length;
    for (const c of out) {
      // Runs of white space fold to one space, so "Vyacheslav\n  Gladkov" matches "Vyacheslav Gladkov".
      if (c === ' ' && last === ' ') {
        ends[ends.length - 1] = end;
        continue;
      }
      text += c;
      last = c;
      starts.push(i);
      ends.push(end);
    }
    i = end;
  }
  return { text, starts, ends };
}

/** The folded form of a single phrase (an alias), without the offset map. */
export function foldPhrase(phrase: string): string {
  return fold(phrase.trim()).text;
}

const WORD = /[\p{L}\p{N}]/u;
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}
