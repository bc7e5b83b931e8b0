/** The database as a CoverageSource, using the claims' multi-entry entity index. */
import type { CoverageSource } from '../../core/coverage/types';
import type { ParallaxDb } from './schema';

export function dbCoverageSource(db: ParallaxDb): CoverageSource {
  return {
    entity: (id) => db.entities.get(id),
    claimsAbout: (entityId) => db.claims.where('entityIds').equals(entityId).toArray(),
    outlets: () => db.outlets.toArray(),
    facets: () => db.facets.toArray(),
    // Heads, not whole articles: a card shows titles and dates, and the texts were most of its time.
    articles: async (ids) => (await db.heads.bulkGet(ids)).filter((a) => a !== undefined),
  };
}
