/**
 * What cards are made of (entities, their claims, outlets, facets, article heads), kept in the
 * background's memory between cards, so a card asks the database only for what no card needed
 * before, and the cards themselves, so a card opened again (or warmed) is not compared again. Cleared
 * whenever the corpus changes. `warm` fills it for a page's entities ahead of a click.
 */
import { coverageFor } from '../core/coverage/coverage';
import { rankFacets } from '../core/coverage/rank';
import { CARD_CLAIMS } from '../core/coverage/trim';
import type { Coverage, CoverageQuery, CoverageSource } from '../core/coverage/types';
import type { Claim, Entity, Facet, Outlet } from '../core/pack/types';
import { remembered } from './remembered';

type Head = Awaited<ReturnType<CoverageSource['articles']>>[number];

export interface CachedCoverageSource extends CoverageSource {
  /** Forgets everything: call after any change to the corpus. */
  clear(): void;
  /**
   * A card's coverage (coverageFor on this source with a card's share of the claims, CARD_CLAIMS),
   * made once per entity, page, filters and overrides; the sentence only orders its questions,
   * which is done for every ask.
   */
  card(q: CoverageQuery): Promise<Coverage | undefined>;
  /**
   * Reads what the cards of these entities need and compares their claims, as cards on the page at
   * `pageUrl` will show them; resolves to how many it prepared.
   */
  warm(entityIds: readonly string[], pageUrl?: string): Promise<number>;
}

export function cachedCoverageSource(inner: CoverageSource, limit = 64): CachedCoverageSource {
  // Promises are kept, not values: two cards asking at once share one read.
  const entities = remembered<Entity | undefined>(limit * 4);
  const claims = remembered<Claim[]>(limit);
  const outlets = remembered<Outlet[]>(1);
  const facets = remembered<Facet[]>(1);
  const heads = new Map<string, Head>();
  const cards = remembered<Coverage | undefined>(limit);

  const source: CachedCoverageSource = {
    entity: (id) => entities.read(id, () => inner.entity(id)),
    claimsAbout: (id) => claims.read(id, () => inner.claimsAbout(id)),
    outlets: () => outlets.read('', inner.outlets),
    facets: () => facets.read('', inner.facets),
    articles: async (ids) => {
      const missing = ids.filter((id) => !heads.has(id));
      if (missing.length > 0) {
        // Heads are small, but a corpus can be large: start again rather than grow without end.
        if (heads.size > limit * 500) heads.clear();
        for (const a of await inner.articles(missing)) heads.set(a.id, a);
      }
      return ids.flatMap((id) => heads.get(id) ?? []);
    },
    clear() {
      for (const r of [entities, claims, outlets, facets, heads, cards]) r.clear();
    },
    async card({ sentence, ...q }) {
      const key = JSON.stringify([q.entityId, q.pageUrl ?? '', q.hide ?? {}, q.overrides ?? {}]);
      const card = await cards.read(key, () => coverageFor(source, q, CARD_CLAIMS));
      return card && sentence ? { ...card, facets: rankFacets(card.facets, sentence) } : card;
    },
    async warm(ids, pageUrl) {
      let prepared = 0;
      for (const entityId of ids.slice(0, limit)) if (await source.card({ entityId, pageUrl })) prepared++;
      return prepared;
    },
  };
  return source;
}
