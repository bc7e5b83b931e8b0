/**
 * A site name read as the words of a known outlet's name in another order, with particles between
 * ("France-Presse Agence", "Agence de France-Presse", "Liberty Radio Europe" for Radio Liberty), in
 * another script ("Правда.ру" for Pravda.ru), or with the outlet's initials run on in capitals
 * ("AFPwire"; initials counted from capitals inside a word too, as in camel case). Used by
 * outlet-for-article.ts, which already reads a name letter for letter and its look-alike letters.
 *
 * Cyrillic is transliterated by a table of its 40-odd letters (Russian and Ukrainian), not a library:
 * the general ones (any-ascii and the like) carry every script, over a hundred kilobytes for this.
 */
import { foldPhrase } from '../spot/normalise';

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Words that join a name's words or say its edition, and domain endings: not what names an outlet. */
const FILLER = /^(de|du|des|la|le|les|el|del|the|of|and|et|y|e|di|da|english|edition|online|en|com|org|net|ru|ua|uk|fr|info)$/;

/** A name's words, Cyrillic read in Latin letters, folded, with the fillers left out. */
export function contentWords(name: string): string[] {
  const latin = [...name.toLowerCase()].map((c) => CYRILLIC[c] ?? c).join('');
  return foldPhrase(latin)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !FILLER.test(w));
}

/** Two long words of one stem ("France", "Française"): the same first five letters, and three more at most. */
const sameStem = (a: string, b: string) => a.length >= 5 && b.length >= 5 && Math.abs(a.length - b.length) <= 3 && a.slice(0, 5) === b.slice(0, 5);

/**
 * Whether `name` holds every word of `known` (a known outlet's name or one of its parts), in any
 * order, if it has two words or more; a name of one word (Pravda.ru's "pravda"), of five letters or
 * more, only standing alone ("Pravda English", not "Ukrainska Pravda", another outlet).
 */
export function holdsWordsOf(name: string, known: string): boolean {
  const want = contentWords(known);
  const have = contentWords(name);
  if (want.length === 0) return false;
  if (want.length === 1) return want[0].length >= 5 && have.length === 1 && have[0] === want[0];
  // Every word, and all but one of them exactly: "Agence Française de Presse" is AFP; "Radio Libertad",
  // "Radio Libera" are other stations, not Radio Liberty.
  const exact = want.filter((w) => have.includes(w)).length;
  return exact >= 2 && exact >= want.length - 1 && want.every((w) => have.includes(w) || have.some((h) => sameStem(h, w)));
}

/** A known name's initials, a capital for each word and each capital inside one ("EuroMaidan Press": EMP). */
export function capitalInitials(known: string): string {
  return (known.match(/\p{Lu}/gu) ?? []).join('');
}

/** Whether `name` opens a word with the initials in capitals, run on or alone ("AFPwire", "AFP Live"). */
export function opensWithInitials(name: string, initials: string): boolean {
  if (initials.length < 3) return false;
  return new RegExp(`(^|[^\\p{L}])${initials}`, 'u').test(name);
}
