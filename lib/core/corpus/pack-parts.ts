/**
 * A claim pack cut into parts for storage: a few hundred large rows instead of one row per claim,
 * because a browser's IndexedDB pays about as much per row as per 50 kB of data (measured: 100,000
 * claims as rows took 7.6–12.5 s to write, as 50 parts 0.6 s). Each part answers one kind of
 * question in one read: the claims about an entity, an entity by id, an article's head by id, an
 * article by address. Which part holds a key is a hash of the key, so no index is needed. Pure.
 */
import type { Article, Claim, ClaimPack, Entity, Facet, Outlet } from '../pack/types';

/** An article as a card shows it (no text), with how many claims it holds. */
export type PartHead = Omit<Article, 'text'> & { claimCount: number };

/** What every reader of a stored pack needs first: the small lists, and how many parts of each kind. */
export interface PackManifest {
  outlets: Outlet[];
  facets: Facet[];
  buckets: Record<BucketKind, number>;
  counts: { articles: number; claims: number; entities: number; outlets: number; facets: number };
  /**
   * Every article id the pack holds: who holds an article decides whose claims on it are shown, and
   * asking this list is cheaper than reading the heads of thousands of articles.
   */
  articleIds: string[];
}

export type BucketKind = 'claims' | 'entities' | 'heads' | 'urls';

/** The value each kind of part holds, keyed by entity id, entity id, article id and address. */
export interface PartData {
  claims: Map<string, Claim[]>;
  entities: Map<string, Entity>;
  heads: Map<string, PartHead>;
  urls: Map<string, string>;
}

export interface PackPart<K extends BucketKind = BucketKind> {
  kind: K;
  index: number;
  data: PartData[K];
}

/**
 * Keys a part holds on average: large enough to keep rows few, small enough to read (and to copy, as
 * it is written) in a millisecond or two: 80–200 kB of claims, entities or heads.
 */
const PER_PART: Record<BucketKind, number> = { claims: 250, entities: 500, heads: 500, urls: 2000 };

/** FNV-1a over the key's UTF-16 units: cheap, stable, and spreads ids evenly enough. */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

const bucketsFor = (kind: BucketKind, keys: number) => Math.max(1, Math.ceil(keys / PER_PART[kind]));

/** Rows filed between two steps when cut in steps: a few milliseconds of work. */
const STEP = 2_500;

function* spread<V, T>(kind: BucketKind, buckets: number, items: Iterable<[string, V]>, add: (m: Map<string, T>, key: string, value: V) => void) {
  const maps = Array.from({ length: buckets }, () => new Map<string, T>());
  let n = 0;
  for (const [key, value] of items) {
    add(maps[bucketOf(key, buckets)], key, value);
    if (++n % STEP === 0) yield;
  }
  return maps.map((data, index) => ({ kind, index, data }));
}

type Cut = { manifest: PackManifest; parts: PackPart[] };

/** Cuts a validated pack into its manifest and parts; every claim is filed under each entity it names. */
export function packParts(pack: ClaimPack): Cut {
  const run = cut(pack);
  for (let step = run.next(); ; step = run.next()) if (step.done) return step.value;
}

/** packParts with `pause()` every few thousand rows, so a worker cutting a large pack keeps answering. */
export async function packPartsInSteps(pack: ClaimPack, pause: () => Promise<void>): Promise<Cut> {
  const run = cut(pack);
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

function* cut(pack: ClaimPack): Generator<void, Cut> {
  const claimCount = new Map<string, number>();
  let mentions = 0;
  for (const c of pack.claims) {
    claimCount.set(c.articleId, (claimCount.get(c.articleId) ?? 0) + 1);
    mentions += c.entityIds.length;
  }
  const withUrl = pack.articles.filter((a) => a.url !== undefined);
  const buckets: PackManifest['buckets'] = {
    claims: bucketsFor('claims', mentions),
    entities: bucketsFor('entities', pack.entities.length),
    heads: bucketsFor('heads', pack.articles.length),
    urls: bucketsFor('urls', withUrl.length),
  };
  const parts: PackPart[] = [
    ...(yield* spread<Claim, Claim[]>(
      'claims',
      buckets.claims,
      (function* () {
        for (const c of pack.claims) for (const id of c.entityIds) yield [id, c] as [string, Claim];
      })(),
      (m, key, c) => {
        const list = m.get(key);
        if (list) list.push(c);
        else m.set(key, [c]);
      },
    )),
    ...(yield* spread<Entity, Entity>(
      'entities',
      buckets.entities,
      pack.entities.map((e) => [e.id, e]),
      (m, k, e) => m.set(k, e),
    )),
    ...(yield* spread<PartHead, PartHead>(
      'heads',
      buckets.heads,
      pack.articles.map(({ text: _text, ...head }) => [head.id, { ...head, claimCount: claimCount.get(head.id) ?? 0 }]),
      (m, k, h) => m.set(k, h),
    )),
    ...(yield* spread<string, string>(
      'urls',
      buckets.urls,
      withUrl.map((a) => [a.url!, a.id]),
      (m, k, id) => m.set(k, id),
    )),
  ];
  const counts = {
    articles: pack.articles.length,
    claims: pack.claims.length,
    entities: pack.entities.length,
    outlets: pack.outlets.length,
    facets: pack.facets.length,
  };
  return { manifest: { outlets: pack.outlets, facets: pack.facets, buckets, counts, articleIds: pack.articles.map((a) => a.id) }, parts };
}
