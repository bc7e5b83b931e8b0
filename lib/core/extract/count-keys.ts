/**
 * The keys figures are compared on: a shared key where one fits the counted noun (prisoners of war,
 * crew, people, …), otherwise the plural noun itself; one of anything is no figure.
 */

/** Counted nouns that share a key across outlets; the first that fits the head noun wins. */
export const KEYS: [string, RegExp][] = [
  ['bodies', /^(body|bodies|remains)$/i],
  ['crew', /^(crew|crews|pilots? of the)$/i],
  ['escorts', /^(escorts?|guards?)$/i],
  ['prisoners of war', /^(prisoners?|POWs?|captives?|detainees|captured)$/i],
  ['children', /^(children|pupils|schoolchildren)$/i],
  ['missiles', /^missiles?$/i],
  ['countries', /^countries$/i],
  ['people', /^(people|persons|residents|civilians|citizens|villagers|inhabitants|locals|individuals|adults|others|dead|victims)$/i],
];

/** Plurals without an -s. */
export const MEN =
  /^(men|women|(fisher|fire|police|service|gun|trades|work|line|crew|militia|tribes|country|business|sports|horse|sea|air|guards|infantry|rifle|watch|fore|chair)(wo)?men)$/i;
const IRREGULAR_PLURAL = new RegExp(
  `${MEN.source}|^(staff|personnel|police|clergy|cattle|sheep|fish|aircraft|kroner|kronor|yen|yuan|renminbi|baht|rand|won|kip|riel)$`,
  'i',
);

/** Any other counted thing, by its plural noun ("14 villages", "31 substations"); one of anything is no figure. */
export const plainCount = (head: string, value: number) =>
  value > 1 && (/^\p{Ll}[\p{L}-]*[^s]s$/u.test(head) || IRREGULAR_PLURAL.test(head)) ? head.toLowerCase() : undefined;
