/**
 * Version 8: the bundled pack's rows (origin 'seed') leave the live tables, with the stamp that
 * said which pack they were. The next start finds no stored bundled pack, stores it as parts from
 * the extension's own package (lib/worker/sources/bundled.ts) and links the reader's names in it
 * again, so nothing they held is lost; the reader's rows are not touched.
 */
import type { Transaction } from 'dexie';

const TABLES = ['outlets', 'articles', 'heads', 'entities', 'facets', 'claims'] as const;

export async function moveBundledOut(tx: Transaction): Promise<void> {
  for (const t of TABLES) await tx.table(t).where('origin').equals('seed').delete();
  await tx.table('meta').delete('seedPack');
}
