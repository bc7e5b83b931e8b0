/** Content-word stems of a sentence, for comparing what two sentences are about. */

const STOP = new Set(
  'a an the and or but of to in on at by for from with as that this these those it its is was were be been being has have had will would could should can may might not no nor than then there their they them he she his her we our you your i me my who whom which what when where why how all any both each more most other some such only own same so too very just also into over under after before about against between through during out up down off again further once here said says say told'.split(
    ' ',
  ),
);

/** A crude stem: drop a common ending, then keep six letters ("investigation" and "investigate" meet). */
export function stem(word: string): string {
  return word
    .replace(/(ations?|ing|ed|es|e|s)$/, '')
    .replace(/(.)\1$/, '$1')
    .slice(0, 6);
}

export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length > 1 && !STOP.has(w)) out.add(stem(w));
  }
  return out;
}

const remembered = new Map<string, Set<string>>();
const REMEMBER = 50_000;

/**
 * contentStems, remembered by text: the same claims are compared card after card, and stemming
 * them was most of a card's work in the background. Treat the result as read-only.
 */
export function stemsOf(text: string): Set<string> {
  let stems = remembered.get(text);
  if (!stems) {
    if (remembered.size >= REMEMBER) remembered.clear();
    stems = contentStems(text);
    remembered.set(text, stems);
  }
  return stems;
}

export function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}
