/**
 * Reading stored packs: the bundled pack's, then each subscription's that has one live (earliest
 * first: the earliest keeps an id two packs share), their manifests, and the one part that holds a key. Parts never change once
 * written (a new generation has new keys), so whatever was read is remembered safely.
 */
import { type BucketKind, bucketOf, type PackManifest, type PartData } from '../../core/corpus/pack-parts';
import type { ParallaxDb } from '../db/schema';
import Dexie from 'dexie';
import { macrotask } from '../macrotask';
import { remembered } from '../remembered';
import { BUNDLED, bundledRecord } from './bundled';
import { generationKey, manifestKey, partKey } from './generation';
import { partFromStored } from './part-text';

export interface LiveSource {
  /** The subscription's id, or BUNDLED. */
  id: string;
  /** The subscription's name, for the card's "via …" (none for the bundled pack). */
  name?: string;
  generation: string;
  manifest: PackManifest;
  /** Whether the pack holds an article with this id (from its manifest, in memory). */
  holds(articleId: string): boolean;
}

type Entry<K extends BucketKind> = PartData[K] extends Map<string, infer V> ? V : never;

export interface SourceReader {
  sources(): Promise<LiveSource[]>;
  /** The value a source holds under `key` in parts of this kind, if any. */
  find<K extends BucketKind>(source: LiveSource, kind: K, key: string): Promise<Entry<K> | undefined>;
  /** Every part of this kind of a source (for the names the spotter compiles). */
  every<K extends BucketKind>(source: LiveSource, kind: K): Promise<PartData[K][]>;
}

/** `remember`: parts kept in memory (about 100 kB each); enough for the heads and claims a card reads at 1,000,000 claims. */
export function sourceReader(db: ParallaxDb, remember = 256): SourceReader {
  const manifests = remembered<PackManifest | undefined>(32);
  const articleSets = new Map<string, Set<string>>();
  /** The manifest's article ids as a set, made once per generation (generations never change). */
  const articleSet = (generation: string, manifest: PackManifest) => {
    let set = articleSets.get(generation);
    if (!set) {
      if (articleSets.size >= 32) articleSets.clear();
      set = new Set(manifest.articleIds);
      articleSets.set(generation, set);
    }
    return (id: string) => set.has(id);
  };
  const parts = remembered<unknown>(remember);
  const part = <K extends BucketKind>(generation: string, kind: K, index: number) =>
    parts.read(partKey(generation, kind, index), async () =>
      partFromStored<K>((await db.packParts.get(partKey(generation, kind, index)))?.data),
    ) as Promise<PartData[K] | undefined>;
  return {
    async sources() {
      const subs = (await db.subscriptions.toArray()).filter((s) => s.gen !== undefined).sort((a, b) => a.createdAt - b.createdAt);
      const bundled = await bundledRecord(db);
      const named: { id: string; name?: string; gen: string }[] = [
        ...(bundled ? [{ id: BUNDLED, gen: bundled.gen }] : []),
        ...subs.map((s) => ({ id: s.id, name: s.name, gen: s.gen! })),
      ];
      const live: LiveSource[] = [];
      for (const s of named) {
        const generation = generationKey(s.id, s.gen);
        const manifest = await manifests.read(
          generation,
          async () => (await db.packParts.get(manifestKey(generation)))?.data as PackManifest | undefined,
        );
        // A generation without its manifest was never finished: it is not shown.
        if (manifest)
          live.push({ id: s.id, ...(s.name === undefined ? {} : { name: s.name }), generation, manifest, holds: articleSet(generation, manifest) });
      }
      return live;
    },
    async find(source, kind, key) {
      const data = await part(source.generation, kind, bucketOf(key, source.manifest.buckets[kind]));
      return data?.get(key) as Entry<typeof kind> | undefined;
    },
    async every(source, kind) {
      // Read past the remembered parts: reading them all would push out what cards need.
      const keys = Array.from({ length: source.manifest.buckets[kind] }, (_, i) => partKey(source.generation, kind, i));
      // A part the manifest counts is gone when its generation was replaced meanwhile: what was read
      // is not the whole pack, and is not taken for it.
      const data = (p: { data: unknown } | undefined) => {
        if (!p) throw new Error('A stored pack was replaced while it was being read; try again.');
        return partFromStored<typeof kind>(p.data)!;
      };
      // Within a transaction (adding a name checks them all), at once: a pause would end it.
      if (Dexie.currentTransaction) return (await db.packParts.bulkGet(keys)).map(data);
      // Otherwise one part at a time, the worker answering between them: a part is decoded as its
      // read completes, and 25 parts of 200 kB asked at once were decoded in one stretch (90 ms
      // while a pack loaded).
      const all: PartData[typeof kind][] = [];
      for (const key of keys) {
        all.push(data(await db.packParts.get(key)));
        await macrotask();
      }
      return all;
    },
  };
}
