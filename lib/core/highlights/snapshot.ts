/** The evidence kept with a highlight: the coverage shown at save time, flattened to claims. */
import type { Coverage } from '../coverage/types';
import type { HighlightSnapshot, SnapshotClaim } from './types';

export function snapshotOf(coverages: Coverage[], now = Date.now()): HighlightSnapshot {
  const claims = new Map<string, SnapshotClaim>();
  for (const c of coverages) {
    for (const group of c.facets) {
      for (const { outlet, claims: list } of group.outlets) {
        for (const claim of list) {
          if (claims.has(claim.id)) continue;
          claims.set(claim.id, {
            id: claim.id,
            outletId: outlet.id,
            outletName: outlet.name,
            outletLabels: outlet.labels,
            facet: group.facet?.question ?? null,
            quote: claim.quote,
            speaker: claim.speaker,
            mode: claim.mode,
            published: claim.article.published,
            articleTitle: claim.article.title,
            ...(claim.article.url ? { url: claim.article.url } : {}),
            // A subscription's claim filed under a known outlet says whose it is, as the card did.
            ...(claim.via ? { via: claim.via } : {}),
          });
        }
      }
    }
  }
  return {
    entities: coverages.map((c) => ({ id: c.entity.id, name: c.entity.name, type: c.entity.type })),
    claims: [...claims.values()],
    takenAt: now,
  };
}
