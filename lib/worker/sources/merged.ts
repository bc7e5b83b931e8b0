/**
 * The corpus as every reader sees it: the live tables (the reader's rows, and bundled claims with
 * the reader's names linked in), then the stored packs — the bundled pack's, then the
 * subscriptions' — merged by the conflict rule (docs/subscriptions.md). A live row always wins its
 * id; then the bundled pack; among subscriptions the earliest; a stored pack's claim is shown only
 * on an article that is its own (one no live row and no earlier pack holds), a subscription's with
 * its name ("via …"). Nothing here writes: the rule is applied as rows are read.
 */
import type { PartHead } from '../../core/corpus/pack-parts';
import type { CoverageSource, SourcedClaim, SourcedFacet } from '../../core/coverage/types';
import type { Claim, Entity, Outlet } from '../../core/pack/types';
import { outletsByLayer } from '../../core/coverage/outlet-for-url';
import { type GazetteerEntry, toGazetteerEntry } from '../../core/spot/gazetteer';
import { namesByLayer } from '../../core/spot/layered-names';
import { type ParallaxDb, withoutOrigin } from '../db/schema';
import { BUNDLED } from './bundled';
import { type LiveSource, type SourceReader, sourceReader } from './read';

/** The first holder of each article id among the sources (earliest first), by their manifests. */
function holders(sources: LiveSource[], articleIds: Iterable<string>): Map<string, LiveSource> {
  const found = new Map<string, LiveSource>();
  for (const id of articleIds) {
    const source = sources.find((s) => s.holds(id));
    if (source) found.set(id, source);
  }
  return found;
}

/** The heads of articles no live row holds, from the source that holds each. */
async function sourceHeads(
  reader: SourceReader,
  sources: LiveSource[],
  articleIds: string[],
): Promise<Map<string, { source: LiveSource; head: PartHead }>> {
  const found = new Map<string, { source: LiveSource; head: PartHead }>();
  const held = [...holders(sources, articleIds)];
  const heads = await Promise.all(held.map(([id, source]) => reader.find(source, 'heads', id)));
  held.forEach(([id, source], i) => {
    if (heads[i]) found.set(id, { source, head: heads[i] });
  });
  return found;
}

/**
 * Which articles the live tables hold, as one read of the table's keys: asking for each id instead
 * costs a request per id, and a card at 1,000,000 claims asks about thousands (0.1–0.3 s measured).
 */
async function liveArticleIds(db: ParallaxDb): Promise<Set<string>> {
  return new Set(await db.heads.toCollection().primaryKeys());
}

/** Live rows first, then each source's rows whose ids are not taken yet. */
export function byIdFirstWins<T extends { id: string }>(lists: T[][]): T[] {
  return firstWinsByLayer(lists).flat();
}

/** Each list without the rows whose ids an earlier list holds: byIdFirstWins, its lists kept apart. */
function firstWinsByLayer<T extends { id: string }>(lists: T[][]): T[][] {
  const taken = new Set<string>();
  return lists.map((list) => list.filter((row) => !taken.has(row.id) && taken.add(row.id)));
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The reader's rows with the bundled pack's whose ids they do not take, in id order, as when both
 * were rows of one table: the order cards list questions and the spotter meets names in is kept.
 */
export function liveAndBundled<T extends { id: string }>(live: T[], bundled: T[]): T[] {
  return byIdFirstWins([live, bundled]).sort(byId);
}

/** The live rows and the bundled pack's (liveAndBundled), then each subscription's whose ids are not taken, as layers. */
function layers<T extends { id: string }>(live: T[], sources: LiveSource[], of: (source: LiveSource) => T[]): T[][] {
  const bundled = sources[0]?.id === BUNDLED ? sources[0] : undefined;
  const rest = bundled ? sources.slice(1) : sources;
  return firstWinsByLayer([liveAndBundled(live, bundled ? of(bundled) : []), ...rest.map(of)]);
}

/** The live rows and the bundled pack's (liveAndBundled), then each subscription's whose ids are not taken. */
function layered<T extends { id: string }>(live: T[], sources: LiveSource[], of: (source: LiveSource) => T[]): T[] {
  return layers(live, sources, of).flat();
}

const headOnly = ({ claimCount: _count, ...head }: PartHead) => head;

/** What cards and the event page read (lib/core/coverage); `reader` is shared where its memory should be. */
export function dbCoverageSource(db: ParallaxDb, reader: SourceReader = sourceReader(db)): CoverageSource {
  return {
    async entity(id) {
      const live = await db.entities.get(id);
      if (live) return withoutOrigin(live);
      for (const source of await reader.sources()) {
        const entity = await reader.find(source, 'entities', id);
        if (entity) return entity;
      }
      return undefined;
    },
    async claimsAbout(entityId) {
      // A claim of a page the reader added says so: its date is only what the page declared.
      const live: SourcedClaim[] = (await db.claims.where('entityIds').equals(entityId).toArray()).map((row) =>
        row.fromPage ? { ...withoutOrigin(row), fromPage: true } : withoutOrigin(row),
      );
      const sources = await reader.sources();
      const lists = await Promise.all(sources.map((source) => reader.find(source, 'claims', entityId)));
      const found = sources.flatMap((source, i) => (lists[i] ?? []).map((claim) => ({ claim, source })));
      if (found.length === 0) return live;
      const liveIds = await liveArticleIds(db);
      const articleIds = new Set(found.map((f) => f.claim.articleId).filter((id) => !liveIds.has(id)));
      const owner = holders(sources, articleIds);
      // A claim is shown with its own article only, so a live claim is never replaced: one that
      // shares its id hangs on a live article, another one. Within a card, the first of an id stays.
      const taken = new Set(live.map((c) => c.id));
      const bundled: SourcedClaim[] = [];
      const theirs: SourcedClaim[] = [];
      found.forEach(({ claim, source }) => {
        if (taken.has(claim.id) || owner.get(claim.articleId) !== source) return;
        taken.add(claim.id);
        if (source.id === BUNDLED) bundled.push(claim);
        else theirs.push({ ...claim, via: source.name });
      });
      return [...liveAndBundled(live, bundled), ...theirs];
    },
    outlets: () => mergedOutlets(db, reader),
    async facets(): Promise<SourcedFacet[]> {
      // A subscription's question says whose it is, as its claims do: one it adds to a bundled event is not Parallax's.
      return layered((await db.facets.toArray()).map(withoutOrigin), await reader.sources(), (s) =>
        s.id === BUNDLED ? s.manifest.facets : s.manifest.facets.map((f) => ({ ...f, via: s.name })),
      );
    },
    async articles(ids) {
      const liveIds = await liveArticleIds(db);
      const live = new Map((await db.heads.bulkGet(ids.filter((id) => liveIds.has(id)))).flatMap((h) => (h ? [[h.id, h] as const] : [])));
      const missing = ids.filter((id) => !live.has(id));
      const fromSources = missing.length > 0 ? await sourceHeads(reader, await reader.sources(), missing) : new Map();
      return ids.flatMap((id) => {
        const stored = live.get(id);
        const head = stored ? withoutOrigin(stored) : fromSources.get(id) && headOnly(fromSources.get(id)!.head);
        return head ? [head] : [];
      });
    },
  };
}

/** The outlets, layered as their rows are; a subscription's outlet holds no domain an earlier source's does (outletsByLayer). */
export async function mergedOutlets(db: ParallaxDb, reader: SourceReader): Promise<Outlet[]> {
  return outletsByLayer(layers((await db.outlets.toArray()).map(withoutOrigin), await reader.sources(), (s) => s.manifest.outlets));
}

/** Every entity the spotter should know, by source: live ones and the bundled pack's, then each subscription's that add an id. */
async function entityLayers(db: ParallaxDb, reader: SourceReader): Promise<Entity[][]> {
  const sources = await reader.sources();
  const stored = new Map<LiveSource, Entity[]>();
  for (const source of sources)
    stored.set(
      source,
      (await reader.every(source, 'entities')).flatMap((part) => [...part.values()]),
    );
  return layers((await db.entities.toArray()).map(withoutOrigin), sources, (s) => stored.get(s)!);
}

/** Every entity the spotter should know: live ones, then each source's that add an id. */
export async function mergedEntities(db: ParallaxDb, reader: SourceReader): Promise<Entity[]> {
  return (await entityLayers(db, reader)).flat();
}

/**
 * mergedEntities as the background's spotter compiles them (its digest of this code keys what it
 * keeps: lib/worker/stored-names.ts): a subscription's names never take text from an earlier
 * source's (lib/core/spot/layered-names.ts).
 */
export async function spotEntries(db: ParallaxDb, reader: SourceReader): Promise<GazetteerEntry[]> {
  return namesByLayer((await entityLayers(db, reader)).map((layer) => layer.map(toGazetteerEntry)));
}

/** A stored pack's article at one of these addresses (held by no live row), with its claim count and, for a subscription's, its name. */
export async function sourceArticleAt(
  db: ParallaxDb,
  reader: SourceReader,
  urls: readonly string[],
): Promise<{ id: string; title: string; claims: number; via?: string } | null> {
  const sources = await reader.sources();
  for (const url of urls) {
    for (const source of sources) {
      const id = await reader.find(source, 'urls', url);
      if (id === undefined || (await db.heads.get(id))) continue;
      const head = holders(sources, [id]).get(id) === source ? await reader.find(source, 'heads', id) : undefined;
      if (head) return { id, title: head.title, claims: head.claimCount, ...(source.id === BUNDLED ? {} : { via: source.name ?? source.id }) };
    }
  }
  return null;
}
