/**
 * What the reader's own corpus is extracted and checked against: the live tables (their rows) with
 * the bundled pack under them, by the same rule as cards (a live row wins its id). Subscriptions are
 * the publishers' and stay out of it, as before. One reading of the bundled pack's manifest per use.
 */
import type { PartHead } from '../../core/corpus/pack-parts';
import type { Entity, Facet, Outlet } from '../../core/pack/types';
import { type ParallaxDb, withoutOrigin } from '../db/schema';
import { BUNDLED } from './bundled';
import { liveAndBundled } from './merged';
import { type LiveSource, type SourceReader, sourceReader } from './read';

export interface KnownCorpus {
  outlets(): Promise<Outlet[]>;
  entities(): Promise<Entity[]>;
  facets(): Promise<Facet[]>;
  /** Every article id taken, the reader's and the bundled pack's. */
  articleIds(): Promise<Set<string>>;
  /** The bundled pack's article heads, those the reader holds no article for. */
  bundledHeads(): Promise<PartHead[]>;
  /** The bundled pack's article at this address, unless the reader holds one with its id. */
  bundledHeadAt(url: string): Promise<PartHead | undefined>;
}

/** The bundled pack as a source, if one is stored. */
export async function bundledSource(reader: SourceReader): Promise<LiveSource | undefined> {
  return (await reader.sources()).find((s) => s.id === BUNDLED);
}

export async function knownCorpus(db: ParallaxDb, reader: SourceReader = sourceReader(db)): Promise<KnownCorpus> {
  const bundled = await bundledSource(reader);
  const notTheirs = async (heads: PartHead[]) => {
    const live = await db.heads.bulkGet(heads.map((h) => h.id));
    return heads.filter((_, i) => !live[i]);
  };
  return {
    outlets: async () => liveAndBundled((await db.outlets.toArray()).map(withoutOrigin), bundled?.manifest.outlets ?? []),
    facets: async () => liveAndBundled((await db.facets.toArray()).map(withoutOrigin), bundled?.manifest.facets ?? []),
    async entities() {
      const stored = bundled ? (await reader.every(bundled, 'entities')).flatMap((part) => [...part.values()]) : [];
      return liveAndBundled((await db.entities.toArray()).map(withoutOrigin), stored);
    },
    async articleIds() {
      return new Set([...((await db.articles.toCollection().primaryKeys()) as string[]), ...(bundled?.manifest.articleIds ?? [])]);
    },
    async bundledHeads() {
      return bundled ? notTheirs((await reader.every(bundled, 'heads')).flatMap((part) => [...part.values()])) : [];
    },
    async bundledHeadAt(url) {
      const id = bundled && (await reader.find(bundled, 'urls', url));
      const head = bundled && id !== undefined ? await reader.find(bundled, 'heads', id) : undefined;
      return head && (await notTheirs([head]))[0];
    },
  };
}
