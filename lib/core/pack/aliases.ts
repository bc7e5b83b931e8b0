/**
 * The alias rule: an alias is spotted in every text on every page, so a common word ("the", "and")
 * or a one- or two-letter string would link everywhere. Such an alias is refused unless the
 * entity's rules list it as an exact-case acronym (UN, AP), which spots only that spelling.
 * The common words are the `stopword` package's lists: English (108 words) in any case, and nine
 * more languages' (about 1,900 words, about 9 kB gzipped) written in lower case, as a common word is
 * (a surname such as "Vos" is a Dutch and French word too).
 */
import { deu, eng, fra, ita, nld, pol, por, rus, spa, ukr } from 'stopword';
import { foldPhrase } from '../spot/normalise';
import type { Entity } from './types';

const COMMON = new Set(eng);
const COMMON_ELSEWHERE = new Set([deu, fra, ita, nld, pol, por, rus, spa, ukr].flat());
/** An acronym listed as exact-case: two or more capitals or digits, not a lone letter ("I", "A") nor a number ("2024"). */
const isAcronym = (alias: string, entity: Entity) =>
  /^[\p{Lu}\p{N}]{2,}$/u.test(alias) && !/^\p{N}+$/u.test(alias) && (entity.rules?.exactCase ?? []).includes(alias);

/**
 * Why an alias of `entity` cannot be one, or null. Judged as spotting reads it, folded: "thé", or
 * "the" with a soft hyphen or a joiner inside, is spotted as "the".
 */
export function aliasProblem(alias: string, entity: Entity): string | null {
  if (isAcronym(alias, entity)) return null;
  // Marks around a word are not spotted as part of it: "said." is spotted as "said".
  const folded = foldPhrase(alias).replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
  if (folded === '') return `"${alias}" holds no letter, so it names nothing`;
  if (/^[\p{N}\s.,]+$/u.test(folded)) return `"${alias}" is only a number, which would be spotted in every text that writes it`;
  if (COMMON.has(folded) || (alias === alias.toLowerCase() && COMMON_ELSEWHERE.has(folded)))
    return `"${alias}" is a common word, which would be spotted everywhere`;
  if ([...folded].length < 3) return `"${alias}" is shorter than three letters; list it in rules.exactCase if it is an acronym`;
  return null;
}
