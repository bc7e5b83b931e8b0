/**
 * packParts (lib/core/corpus/pack-parts.ts): a pack cut into parts loses nothing and files each row
 * where a lookup by key finds it — every claim under each entity it names, entities and heads by id,
 * articles by address — with few parts of bounded size whatever the pack's size.
 */
import { describe, expect, it } from 'vitest';
import { bucketOf, packParts, packPartsInSteps, type PackPart, type PartData } from '../../../../lib/core/corpus/pack-parts';
import type { ClaimPack } from '../../../../lib/core/pack/types';
import { seedPack } from '../../worker/corpus/helpers';

function lookup<K extends keyof PartData>(parts: PackPart[], buckets: number, kind: K, key: string) {
  const part = parts.find((p) => p.kind === kind && p.index === bucketOf(key, buckets));
  return (part?.data as Map<string, unknown> | undefined)?.get(key);
}

describe('packParts', () => {
  const pack = seedPack();
  const { manifest, parts } = packParts(pack);

  it('finds every claim under each entity it names, and under no other', () => {
    for (const entity of pack.entities) {
      const expected = pack.claims.filter((c) => c.entityIds.includes(entity.id));
      expect(lookup(parts, manifest.buckets.claims, 'claims', entity.id) ?? []).toEqual(expected);
    }
  });

  it('finds entities and article heads by id, heads without their text and with their claim count', () => {
    for (const e of pack.entities) expect(lookup(parts, manifest.buckets.entities, 'entities', e.id)).toEqual(e);
    for (const { text: _text, ...head } of pack.articles) {
      expect(lookup(parts, manifest.buckets.heads, 'heads', head.id)).toEqual({
        ...head,
        claimCount: pack.claims.filter((c) => c.articleId === head.id).length,
      });
    }
  });

  it('finds articles by address (those that have one)', () => {
    const articles = pack.articles.map((a, i) => (i % 2 ? { ...a, url: `https://news.example/${a.id}` } : a));
    const cut = packParts({ ...pack, articles });
    for (const a of articles)
      expect(lookup(cut.parts, cut.manifest.buckets.urls, 'urls', `https://news.example/${a.id}`)).toBe(a.url ? a.id : undefined);
  });

  it('keeps the small lists and the counts in the manifest', () => {
    expect(manifest.outlets).toEqual(pack.outlets);
    expect(manifest.facets).toEqual(pack.facets);
    expect(manifest.articleIds).toEqual(pack.articles.map((a) => a.id));
    expect(manifest.counts).toEqual({
      articles: pack.articles.length,
      claims: pack.claims.length,
      entities: pack.entities.length,
      outlets: pack.outlets.length,
      facets: pack.facets.length,
    });
  });

  it('makes parts in proportion to the pack: 10,000 claims about 2,000 entities give 40 claim parts of about 250', () => {
    const base = pack.claims[0];
    const big: ClaimPack = {
      ...pack,
      claims: Array.from({ length: 10_000 }, (_, i) => ({ ...base, id: `c${i}`, entityIds: [`e${i % 2000}`] })),
    };
    const cut = packParts(big);
    expect(cut.manifest.buckets.claims).toBe(40);
    const sizes = cut.parts
      .filter((p) => p.kind === 'claims')
      .map((p) => [...(p.data as Map<string, unknown[]>).values()].reduce((n, l) => n + l.length, 0));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(Math.max(...sizes)).toBeLessThan(500);
  });
});

describe('packPartsInSteps', () => {
  it('cuts the same parts as packParts, pausing every few thousand rows', async () => {
    const pack = seedPack();
    const base = pack.claims[0];
    const big: ClaimPack = { ...pack, claims: Array.from({ length: 25_000 }, (_, i) => ({ ...base, id: `c${i}`, entityIds: [`e${i % 900}`] })) };
    let pauses = 0;
    const stepped = await packPartsInSteps(big, async () => {
      pauses++;
    });
    expect(stepped).toEqual(packParts(big));
    expect(pauses).toBeGreaterThanOrEqual(2);
  });
});
