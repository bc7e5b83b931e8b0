/**
 * Version 6: each subscription's kept copy of its rows (the v5 `sourceRows` table) becomes its first
 * generation of stored parts, and its rows leave the live tables, which hold only the bundled
 * corpus and the reader's rows from then on. Nothing a subscription held is lost: the parts are
 * made from the copy it kept, whether or not its rows were the live ones.
 */
import type { Transaction } from 'dexie';
import { packParts } from '../../core/corpus/pack-parts';
import type { ClaimPack } from '../../core/pack/types';
import { generationRows, newGeneration } from '../sources/generation';
import { storedRow } from '../sources/part-text';

const TABLES = ['outlets', 'articles', 'entities', 'facets', 'claims'] as const;

interface OldSourceRow {
  source: string;
  table: (typeof TABLES)[number];
  row: { id: string };
}

export async function moveSubscriptionsToParts(tx: Transaction): Promise<void> {
  const kept = (await tx.table('sourceRows').toArray()) as OldSourceRow[];
  const subscriptions = (await tx.table('subscriptions').toArray()) as { id: string; revision: number }[];
  for (const sub of subscriptions) {
    const pack = Object.fromEntries(TABLES.map((t) => [t, kept.filter((r) => r.source === sub.id && r.table === t).map((r) => r.row)]));
    const gen = newGeneration(sub.revision, Date.now());
    await tx.table('packParts').bulkPut(generationRows(sub.id, gen, packParts(pack as unknown as ClaimPack)).rows.map(storedRow));
    await tx.table('subscriptions').update(sub.id, { gen });
  }
  for (const t of [...TABLES, 'heads']) {
    await tx
      .table(t)
      .filter((row: { origin?: string }) => row.origin?.startsWith('sub:') === true)
      .delete();
  }
}
