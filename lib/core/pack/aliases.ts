/**
 * The alias rule: an alias is spotted in every text on every page, so a common word ("the", "and")
 * or a one- or two-letter string would link everywhere. Such an alias is refused unless the
 * entity's rules list it as an exact-case acronym (UN, AP), which spots only that spelling.
 * The common words are the `stopword` package's English list (108 words, about 0.5 kB gzipped).
 */
import { eng } from 'stopword';
import { foldPhrase } from '../spot/normalise';
import type { Entity } from './types';

const COMMON = new Set(eng);
/** An acronym listed as exact-case: two or more capitals or digits, not a lone letter ("I", "A") nor a number ("2024"). */
const isAcronym = (alias: string, entity: Entity) =>
  /^[\p{Lu}\p{N}]{2,}$/u.test(alias) && !/^\p{N}+$/u.test(alias) && (entity.rules?.exactCase ?? []).includes(alias);

/**
 * Why an alias of `entity` cannot be one, or null. Judged as spotting reads it, folded: "thé", or
 * "the" with a soft hyphen or a joiner inside, is spotted as "the".
 */
export function aliasProblem(alias: string, entity: Entity): string | null {
  if (isAcronym(alias, entity)) return null;
  const folded = foldPhrase(alias);
  if (/^[\p{N}\s.,]+$/u.test(folded)) return `"${alias}" is only a number, which would be spotted in every text that writes it`;
  if (COMMON.has(folded)) return `"${alias}" is a common word, which would be spotted everywhere`;
  if ([...folded].length < 3) return `"${alias}" is shorter than three letters; list it in rules.exactCase if it is an acronym`;
  return null;
}
