/**
 * The background's card cache (lib/worker/coverage-cache.ts): each read reaches the database
 * once until the corpus changes, a failed read is tried again, warming prepares a page's cards,
 * and the cards are the same as without the cache.
 */
import { describe, expect, it, vi } from 'vitest';
import { cachedCoverageSource } from '../../../lib/worker/coverage-cache';
import { coverageFor } from '../../../lib/core/coverage/coverage';
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
});
