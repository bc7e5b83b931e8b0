/** The seed pack built fresh from seeds/, shared by the extraction tests. */
import { buildPack } from '../../../../lib/core/extract/build-pack';
import { readSeeds } from '../../../../lib/tools/cli/seed-files';

export const seeds = readSeeds();
export const pack = buildPack(seeds);

export const ARTICLE = {
  euromaidan: 'euromaidan-2024-01-25-day-701',
  wsws: 'wsws-2024-01-26-ukraine-shoots-down',
  afp: 'afp-2024-01-24-russia-says-plane-crashes',
  pravda: 'pravda-2024-01-25-international-investigation',
  rferl: 'rferl-2024-01-24-moscow-accuses-kyiv',
} as const;

/** The one claim of an article whose quote starts with `prefix`. */
export function claim(article: keyof typeof ARTICLE, prefix: string) {
  const hits = pack.claims.filter((c) => c.articleId === ARTICLE[article] && c.quote.startsWith(prefix));
  if (hits.length !== 1) throw new Error(`${hits.length} claims start with "${prefix}" in ${article}`);
  return hits[0];
}

export const claimsOf = (article: keyof typeof ARTICLE) => pack.claims.filter((c) => c.articleId === ARTICLE[article]);
