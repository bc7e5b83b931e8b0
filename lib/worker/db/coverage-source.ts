/** The database as a CoverageSource, using the claims' multi-entry entity index; a subscription's claims say which one. */
import type { CoverageSource } from '../../core/coverage/types';
import type { ParallaxDb } from './schema';

export function dbCoverageSource(db: ParallaxDb): CoverageSource {
  return {
    entity: (id) => db.entities.get(id),
    claimsAbout: async (entityId) => {
      const claims = await db.claims.where('entityIds').equals(entityId).toArray();
      if (!claims.some((c) => c.origin.startsWith('sub:'))) return claims;
      // A subscription's claim carries its name, for the card's "via …".
      const names = new Map((await db.subscriptions.toArray()).map((s) => [`sub:${s.id}`, s.name]));
      return claims.map((c) => (names.has(c.origin) ? { ...c, via: names.get(c.origin) } : c));
    },
    outlets: () => db.outlets.toArray(),
    facets: () => db.facets.toArray(),
    // Heads, not whole articles: a card shows titles and dates, and the texts were most of its time.
    articles: async (ids) => (await db.heads.bulkGet(ids)).filter((a) => a !== undefined),
  };
}
