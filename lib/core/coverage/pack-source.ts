/** A claim pack held in memory as a CoverageSource (the CLI and tests, where there is no database). */
import type { ClaimPack } from '../pack/types';
import type { CoverageSource } from './types';

export function packCoverageSource(pack: ClaimPack): CoverageSource {
  return {
    entity: async (id) => pack.entities.find((e) => e.id === id),
    claimsAbout: async (id) => pack.claims.filter((c) => c.entityIds.includes(id)),
    outlets: async () => pack.outlets,
    facets: async () => pack.facets,
    articles: async (ids) => pack.articles.filter((a) => ids.includes(a.id)),
  };
}
