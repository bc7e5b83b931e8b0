/**
 * The background's card cache (lib/worker/coverage-cache.ts): each read reaches the database
 * once until the corpus changes, a failed read is tried again, warming prepares a page's cards,
 * a card is made once per entity, page, filters and overrides, and the cards are the same as
 * without the cache.
 */
import { describe, expect, it, vi } from 'vitest';
import { cachedCoverageSource } from '../../../lib/worker/coverage-cache';
import { coverageFor } from '../../../lib/core/coverage/coverage';
import { CARD_CLAIMS } from '../../../lib/core/coverage/trim';
import type { CoverageSource } from '../../../lib/core/coverage/types';
import { packCoverageSource } from '../../../lib/core/coverage/pack-source';
import { miniPack } from '../../fixtures/mini-pack';

/** The mini pack as a source whose every read is counted. */
function counted(): { source: CoverageSource; reads: Record<string, number> } {
  const inner = packCoverageSource(miniPack());
  const reads: Record<string, number> = {};
  const count =
    <A extends unknown[], R>(name: string, f: (...a: A) => R) =>
    (...a: A) => {
      reads[name] = (reads[name] ?? 0) + 1;
      return f(...a);
    };
  return {
    reads,
    source: {
      entity: count('entity', inner.entity),
      claimsAbout: count('claimsAbout', inner.claimsAbout),
      outlets: count('outlets', inner.outlets),
      facets: count('facets', inner.facets),
      articles: count('articles', inner.articles),
    },
  };
}

describe('cachedCoverageSource', () => {
  it('gives the same cards as the database, reading each thing once until cleared', async () => {
    const { source, reads } = counted();
    const cache = cachedCoverageSource(source);
    const expected = await coverageFor(packCoverageSource(miniPack()), { entityId: 'crash', sentence: 'the crash' });
    expect(await coverageFor(cache, { entityId: 'crash', sentence: 'the crash' })).toEqual(expected);
    const first = { ...reads };
    expect(await coverageFor(cache, { entityId: 'crash', sentence: 'the crash' })).toEqual(expected);
    expect(reads).toEqual(first);
    cache.clear();
    await coverageFor(cache, { entityId: 'crash' });
    expect(reads.claimsAbout).toBe(first.claimsAbout * 2);
    expect(reads.outlets).toBe(2);
  });

  it('asks only for the article heads it lacks', async () => {
    const { source } = counted();
    const articles = vi.spyOn(source, 'articles');
    const cache = cachedCoverageSource(source);
    const ids = miniPack().articles.map((a) => a.id);
    expect((await cache.articles(ids.slice(0, 1))).map((a) => a.id)).toEqual(ids.slice(0, 1));
    expect((await cache.articles(ids)).map((a) => a.id)).toEqual(ids);
    expect(articles.mock.calls).toEqual([[ids.slice(0, 1)], [ids.slice(1)]]);
  });

  it('does not keep a failed read', async () => {
    const { source } = counted();
    let fail = true;
    const entity = source.entity;
    source.entity = (id) => (fail ? Promise.reject(new Error('disk on fire')) : entity(id));
    const cache = cachedCoverageSource(source);
    await expect(cache.entity('crash')).rejects.toThrow('disk on fire');
    fail = false;
    expect((await cache.entity('crash'))?.id).toBe('crash');
  });

  it('warms the cards of the given entities, counting those that exist', async () => {
    const { source, reads } = counted();
    const cache = cachedCoverageSource(source);
    expect(await cache.warm(['crash', 'kyiv', 'nobody'])).toBe(2);
    const after = { ...reads };
    await coverageFor(cache, { entityId: 'kyiv' });
    expect(reads).toEqual(after);
  });

  it('makes a card once, ordering its questions by each ask’s sentence, as coverageFor with a card’s share does', async () => {
    const { source, reads } = counted();
    const cache = cachedCoverageSource(source);
    const plain = packCoverageSource(miniPack());
    const cause = { entityId: 'crash', sentence: 'What brought the plane down?' };
    const aboard = { entityId: 'crash', sentence: 'Who was aboard the plane?' };
    expect(await cache.card(cause)).toEqual(await coverageFor(plain, cause, CARD_CLAIMS));
    const first = { ...reads };
    const made = vi.spyOn(source, 'claimsAbout');
    expect(await cache.card(aboard)).toEqual(await coverageFor(plain, aboard, CARD_CLAIMS));
    expect((await cache.card(aboard))!.facets.map((f) => f.facet?.id)).not.toEqual((await cache.card(cause))!.facets.map((f) => f.facet?.id));
    expect(reads).toEqual(first);
    expect(made).not.toHaveBeenCalled();
  });

  it('makes the card again for other filters, another page, and after the corpus changed', async () => {
    const { source } = counted();
    const cache = cachedCoverageSource(source);
    const plain = packCoverageSource(miniPack());
    const outlet = miniPack().outlets[0];
    const [axis, label] = Object.entries(outlet.labels)[0];
    const queries = [
      { entityId: 'crash' },
      { entityId: 'crash', hide: { [axis]: [label] } },
      { entityId: 'crash', pageUrl: `https://${outlet.domains[0]}/a` },
    ];
    const cards = [];
    for (const q of queries) {
      cards.push(await cache.card(q));
      expect(cards.at(-1)).toEqual(await coverageFor(plain, q, CARD_CLAIMS));
    }
    // Three different cards: one kept for all would fail the comparisons above.
    expect(new Set(cards.map((c) => JSON.stringify(c))).size).toBe(3);
    const made = vi.spyOn(source, 'entity');
    for (const q of queries) await cache.card(q);
    expect(made).not.toHaveBeenCalled();
    cache.clear();
    await cache.card(queries[0]);
    expect(made).toHaveBeenCalledWith('crash');
  });
});
