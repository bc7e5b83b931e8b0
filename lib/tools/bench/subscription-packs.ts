/**
 * The packs the benchmark subscribes to: pack `index` of a series has ids of its own (outlets,
 * articles, claims and its slice of synthetic entities with their names), so packs subscribed
 * together add up, 10 × 100,000 claims to 1,000,000. Each carries copies of the seed's entities
 * and facets, which it may refer to (the bundled rows win); one claim in twenty names a seed entity,
 * so the cards on the seed pages grow with the series. `version` changes every quote (an update).
 */
import { PACK_FORMAT, type ClaimPack, type Entity } from '../../core/pack/types';
import { knownEntities, syntheticClaims, syntheticOutlets } from './pack-workloads';
import { prng, syntheticEntities } from './workloads';

export interface SeriesShape {
  claims: number;
  /** Synthetic entities of each pack (two aliases each). */
  entities: number;
  outlets: number;
}

/** 10 of them make the 1,000,000-claim workload, with 50,000 aliases in all. */
export const MILLION_SERIES: SeriesShape = { claims: 100_000, entities: 2_500, outlets: 4 };
export const MILLION_PACKS = 10;

let pool: { count: number; entities: Entity[] } | undefined;
/** The first `count` synthetic entities, made once (a series' packs take consecutive slices). */
function entityPool(seed: ClaimPack, count: number): Entity[] {
  if (!pool || pool.count < count) {
    pool = {
      count,
      entities: syntheticEntities(
        count,
        seed.entities.flatMap((e) => e.aliases),
      ),
    };
  }
  return pool.entities;
}

export const publisherName = (index: number) => `Bench Newsroom ${index + 1}`;

export function subscriptionPack(seed: ClaimPack, index: number, shape: SeriesShape, version = 1): ClaimPack {
  const own = entityPool(seed, (index + 1) * shape.entities).slice(index * shape.entities, (index + 1) * shape.entities);
  const rand = prng(1000 + 97 * index + version);
  const prefix = `p${index}-`;
  const outlets = syntheticOutlets(rand, shape.outlets, {
    id: (i) => `${prefix}outlet-${i}`,
    name: (i) => `Bench Outlet ${index + 1}.${i + 1}`,
    domain: (i) => `outlet-${i}.pack-${index}.example`,
  });
  const grown = syntheticClaims(rand, { outlets, synthetic: own, known: knownEntities(seed), facets: seed.facets, claims: shape.claims, prefix });
  return {
    format: PACK_FORMAT,
    publisher: { name: publisherName(index) },
    outlets,
    articles: grown.articles,
    entities: [...seed.entities, ...own],
    facets: seed.facets,
    claims: grown.claims,
  };
}

/** An entity only this pack knows, named by its last claim: its card has claims once the whole pack is in. */
export function probeEntity(pack: ClaimPack): string {
  const last = pack.claims[pack.claims.length - 1];
  const own = last.entityIds.find((id) => id.startsWith('syn-'));
  if (!own) throw new Error('The last claim of a series pack names no synthetic entity');
  return own;
}
