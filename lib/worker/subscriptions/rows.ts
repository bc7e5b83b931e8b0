/**
 * A subscription's rows, and the conflict rule (docs/subscriptions.md). Each subscription's copy of
 * its rows is kept in `sourceRows`; the live tables hold the winning row per id: the bundled corpus
 * and the reader's own rows always win, and among subscriptions the earliest one does. A claim is
 * live only with its own article (a pack cannot hang its quotes on someone else's article). When a
 * subscription's rows change or go, the ids it held are settled again, so a row it shadowed returns.
 */
import type { Subscription } from '../../core/corpus/subscriptions';
import type { ClaimPack } from '../../core/pack/types';
import { headOf, PACK_TABLES, type Origin, type PackTable, type ParallaxDb, type Row, type SourceRow } from '../db/schema';

type AnyRow = Row<{ id: string; articleId?: string }>;
const SUB = 'sub:';
export const originOf = (subscriptionId: string): Origin => `${SUB}${subscriptionId}`;
const sourceOf = (origin: Origin) => (origin.startsWith(SUB) ? origin.slice(SUB.length) : undefined);
/** The tables in the order rows must be settled: a claim's article is settled before the claim. */
const ORDER: readonly PackTable[] = ['outlets', 'entities', 'facets', 'articles', 'claims'];

/** Earlier subscriptions first; a source no longer subscribed never wins. */
async function ranks(db: ParallaxDb): Promise<Map<string, number>> {
  return new Map((await db.subscriptions.toArray()).map((s) => [s.id, s.createdAt]));
}

const table = (db: ParallaxDb, t: PackTable) => db[t] as unknown as import('dexie').Table<AnyRow, string>;

async function putLive(db: ParallaxDb, t: PackTable, row: AnyRow): Promise<void> {
  await table(db, t).put(row);
  if (t === 'articles') await db.heads.put(headOf(row as Row<ClaimPack['articles'][number]>));
}

async function deleteLive(db: ParallaxDb, t: PackTable, id: string): Promise<void> {
  await table(db, t).delete(id);
  if (t === 'articles') await db.heads.delete(id);
}

/**
 * Puts the winning row back for each id: the live row if it is the bundled corpus's or the reader's,
 * else the copy of the earliest subscription that has one (for a claim: whose article is live as
 * that subscription's), else none. Answers the article ids whose live row changed hands.
 */
async function settle(db: ParallaxDb, t: PackTable, ids: Iterable<string>, rank: Map<string, number>): Promise<Set<string>> {
  const changed = new Set<string>();
  for (const id of ids) {
    const live = await table(db, t).get(id);
    if (live && !sourceOf(live.origin)) continue;
    const copies = (await db.sourceRows.where('[table+id]').equals([t, id]).toArray()).filter((c) => rank.has(c.source));
    const eligible: SourceRow[] = [];
    for (const c of copies) {
      if (t !== 'claims' || (await db.articles.get(c.articleId!))?.origin === originOf(c.source)) eligible.push(c);
    }
    const best = eligible.sort((a, b) => rank.get(a.source)! - rank.get(b.source)!)[0];
    if (best) {
      if (live?.origin !== originOf(best.source)) changed.add(id);
      await putLive(db, t, { ...best.row, origin: originOf(best.source) });
    } else if (live) {
      changed.add(id);
      await deleteLive(db, t, id);
    }
  }
  return changed;
}

/** Settles the given ids per table, then the claims of every article that changed hands. */
async function settleAll(db: ParallaxDb, ids: Map<PackTable, Set<string>>): Promise<void> {
  const rank = await ranks(db);
  for (const t of ORDER) {
    if (t === 'claims') break;
    const changed = await settle(db, t, ids.get(t) ?? [], rank);
    if (t === 'articles') {
      const claims = ids.get('claims') ?? new Set<string>();
      for (const articleId of changed) {
        for (const c of await db.sourceRows.where('[table+articleId]').equals(['claims', articleId]).toArray()) claims.add(c.id);
        // Claims live on the article under its former owner go with it (settle finds them a new home or none).
        for (const id of await db.claims.where('articleId').equals(articleId).primaryKeys()) claims.add(id);
      }
      ids.set('claims', claims);
    }
  }
  await settle(db, 'claims', ids.get('claims') ?? [], rank);
}

const idsByTable = (rows: SourceRow[]) => {
  const map = new Map<PackTable, Set<string>>(PACK_TABLES.map((t) => [t, new Set()]));
  for (const r of rows) map.get(r.table)!.add(r.id);
  return map;
};

/**
 * Writes a pack's rows where this subscription wins, in bulk (a 100,000-claim pack is a handful of
 * bulk reads and writes, not a read per row): a row goes live where the id is free, already this
 * subscription's, or held by a later subscription. Answers the ids to settle one by one: rows that
 * could not go live but are live as its own (a claim whose article it no longer holds), and the
 * claims of articles it took from another subscription.
 */
async function writeWinners(db: ParallaxDb, mine: Origin, pack: ClaimPack, rank: Map<string, number>): Promise<Map<PackTable, Set<string>>> {
  const myRank = rank.get(sourceOf(mine)!)!;
  const takes = (live: AnyRow | undefined) => {
    const owner = live && sourceOf(live.origin);
    return !live || live.origin === mine || (owner !== undefined && (rank.get(owner) ?? Infinity) > myRank);
  };
  const recheck = new Map<PackTable, Set<string>>(PACK_TABLES.map((t) => [t, new Set()]));
  /** Articles this subscription took from another one. */
  const taken: string[] = [];
  for (const t of ORDER) {
    const rows = pack[t] as { id: string; articleId?: string }[];
    const live = await table(db, t).bulkGet(rows.map((r) => r.id));
    let eligible = (_row: { articleId?: string }) => true;
    if (t === 'claims') {
      const articleIds = [...new Set(rows.map((r) => r.articleId!))];
      const articles = await db.articles.bulkGet(articleIds);
      const mineArticles = new Set(articleIds.filter((_, i) => articles[i]?.origin === mine));
      eligible = (row) => mineArticles.has(row.articleId!);
    }
    const winners: AnyRow[] = [];
    rows.forEach((row, i) => {
      if (takes(live[i]) && eligible(row)) winners.push({ ...row, origin: mine });
      else if (live[i]?.origin === mine) recheck.get(t)!.add(row.id);
      // An article taken from another subscription: the claims that came with it must go with it.
      if (t === 'articles' && takes(live[i]) && live[i] && live[i]!.origin !== mine) taken.push(row.id);
    });
    await table(db, t).bulkPut(winners);
    if (t === 'articles') await db.heads.bulkPut(winners.map((a) => headOf(a as Row<ClaimPack['articles'][number]>)));
  }
  for (const id of await db.claims.where('articleId').anyOf(taken).primaryKeys()) recheck.get('claims')!.add(id);
  return recheck;
}

/**
 * Replaces one subscription's rows with a validated pack's, with its record, in one transaction:
 * its stored copy is swapped, its rows written where it wins, and the ids it no longer holds (or
 * may no longer show) settled again. Nothing else is written.
 */
export async function replaceSubscriptionRows(db: ParallaxDb, subscription: Subscription, pack: ClaimPack): Promise<void> {
  const subscriptionId = subscription.id;
  const mine = originOf(subscriptionId);
  const rows: SourceRow[] = PACK_TABLES.flatMap((t) =>
    (pack[t] as { id: string; articleId?: string }[]).map((row) => ({
      source: subscriptionId,
      table: t,
      id: row.id,
      ...(t === 'claims' ? { articleId: row.articleId } : {}),
      row,
    })),
  );
  await db.transaction('rw', [...PACK_TABLES.map((t) => db[t]), db.heads, db.sourceRows, db.subscriptions], async () => {
    await db.subscriptions.put(subscription);
    const before = (await db.sourceRows.where('source').equals(subscriptionId).primaryKeys()) as [string, PackTable, string][];
    await db.sourceRows.where('source').equals(subscriptionId).delete();
    await db.sourceRows.bulkPut(rows);
    const recheck = await writeWinners(db, mine, pack, await ranks(db));
    const now = new Set(rows.map((r) => `${r.table}\u0000${r.id}`));
    for (const [, t, id] of before) if (!now.has(`${t}\u0000${id}`)) recheck.get(t)!.add(id);
    await settleAll(db, recheck);
  });
}

/** Removes a subscription and its rows; rows it shadowed (another subscription's) come back. */
export async function removeSubscriptionRows(db: ParallaxDb, subscriptionId: string): Promise<number> {
  return db.transaction('rw', [...PACK_TABLES.map((t) => db[t]), db.heads, db.sourceRows, db.subscriptions], async () => {
    const before = await db.sourceRows.where('source').equals(subscriptionId).toArray();
    let live = 0;
    for (const t of PACK_TABLES) live += await table(db, t).where('origin').equals(originOf(subscriptionId)).count();
    await db.sourceRows.where('source').equals(subscriptionId).delete();
    await db.subscriptions.delete(subscriptionId);
    await settleAll(db, idsByTable(before));
    return live;
  });
}
