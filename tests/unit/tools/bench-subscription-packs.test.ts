import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_CAP_BYTES } from '../../../lib/core/corpus/subscriptions';
import type { ClaimPack } from '../../../lib/core/pack/types';
import { validatePack } from '../../../lib/core/pack/validate';
import { MILLION_SERIES, probeEntity, subscriptionPack } from '../../../lib/tools/bench/subscription-packs';

const seed = JSON.parse(readFileSync(path.resolve(__dirname, '../../../seeds/corpus.json'), 'utf8')) as ClaimPack;
const small = { claims: 3_000, entities: 150, outlets: 3 };

/** Every id a pack introduces (the seed's rows it carries to refer to are not its own). */
function ownIds(pack: ClaimPack): string[] {
  const seedIds = new Set([...seed.entities, ...seed.facets].map((r) => r.id));
  return [
    ...pack.outlets.map((o) => `outlet:${o.id}`),
    ...pack.articles.map((a) => `article:${a.id}`),
    ...pack.entities.filter((e) => !seedIds.has(e.id)).map((e) => `entity:${e.id}`),
    ...pack.claims.map((c) => `claim:${c.id}`),
  ];
}

describe('the subscription packs of the benchmark', () => {
  it('a pack validates, has exactly the claims and entities asked for, and names its publisher', () => {
    const pack = subscriptionPack(seed, 2, small);
    const valid = validatePack(JSON.parse(JSON.stringify(pack)));
    expect(valid.ok ? 'valid' : valid.error).toBe('valid');
    expect(pack.claims).toHaveLength(3_000);
    expect(pack.entities).toHaveLength(seed.entities.length + 150);
    expect(pack.outlets).toHaveLength(3);
    expect(pack.publisher).toEqual({ name: 'Bench Newsroom 3' });
    // Some claims are about seed entities (what the cards on the seed pages show).
    expect(pack.claims.filter((c) => c.entityIds.includes('il-76') || c.entityIds.includes('belgorod')).length).toBeGreaterThan(0);
  });

  it('packs of a series share no id and no alias of their own, so they add up', () => {
    const packs = [0, 1, 2].map((i) => subscriptionPack(seed, i, small));
    const ids = packs.flatMap(ownIds);
    expect(new Set(ids).size).toBe(ids.length);
    const seedIds = new Set(seed.entities.map((e) => e.id));
    const aliases = packs.flatMap((p) => p.entities.filter((e) => !seedIds.has(e.id)).flatMap((e) => e.aliases.map((a) => a.toLowerCase())));
    expect(aliases).toHaveLength(3 * 150 * 2);
    expect(new Set(aliases).size).toBe(aliases.length);
    expect(aliases.some((a) => seed.entities.some((e) => e.aliases.some((s) => s.toLowerCase() === a)))).toBe(false);
  });

  it('is the same every time; another version keeps the ids of outlets and articles but changes the claims', () => {
    const one = subscriptionPack(seed, 1, small);
    expect(JSON.stringify(subscriptionPack(seed, 1, small))).toBe(JSON.stringify(one));
    const two = subscriptionPack(seed, 1, small, 2);
    expect(two.outlets.map((o) => o.id)).toEqual(one.outlets.map((o) => o.id));
    expect(two.articles[0].id).toBe(one.articles[0].id);
    expect(two.articles[0].text).not.toBe(one.articles[0].text);
    expect(validatePack(JSON.parse(JSON.stringify(two))).ok).toBe(true);
  });

  it('the probe is an entity of that pack alone, named by its last claim', () => {
    const packs = [0, 1].map((i) => subscriptionPack(seed, i, small));
    const probe = probeEntity(packs[0]);
    expect(packs[0].claims.at(-1)!.entityIds).toContain(probe);
    expect(packs[0].entities.some((e) => e.id === probe)).toBe(true);
    expect(packs[1].entities.some((e) => e.id === probe)).toBe(false);
    expect(seed.entities.some((e) => e.id === probe)).toBe(false);
  });

  it('a pack of the 1,000,000-claim series (100,000 claims) is under the subscription cap', () => {
    const pack = subscriptionPack(seed, 9, MILLION_SERIES);
    const bytes = new TextEncoder().encode(JSON.stringify(pack)).byteLength;
    expect(pack.claims).toHaveLength(100_000);
    expect(bytes).toBeGreaterThan(20 * 1024 * 1024);
    expect(bytes).toBeLessThan(PACK_CAP_BYTES);
  }, 120_000);
});
