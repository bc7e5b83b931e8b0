/**
 * What the extension's database holds of the bundled pack, read by an extension page straight from
 * IndexedDB: no message, so a stopped worker stays stopped while it is read.
 */
import type { Page } from 'playwright-core';
import type { PackStamp } from '../../../lib/core/pack/stamp';

export interface BundledStore {
  /** The record naming the live generation (the switch). */
  record?: { gen: string; stamp: PackStamp };
  /** The keys of every stored part of the bundled pack, whatever its generation, sorted. */
  keys: string[];
  /** Parts the live generation's manifest counts that are not stored (the manifest's own key if it is missing). */
  missing: string[];
  /** Writes of a generation marked as begun and not ended. */
  writing: string[];
}

export function bundledStore(page: Page): Promise<BundledStore> {
  return page.evaluate(
    () =>
      new Promise<BundledStore>((done, fail) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['meta', 'packParts']);
          const meta = tx.objectStore('meta');
          const parts = tx.objectStore('packParts');
          const record = meta.get('bundled');
          const writing = meta.getAllKeys(IDBKeyRange.bound('writingGeneration:bundled@', 'writingGeneration:bundled@\uffff'));
          const keys = parts.getAllKeys(IDBKeyRange.bound('bundled@', 'bundled@\uffff'));
          let manifest: IDBRequest | undefined;
          record.onsuccess = () => {
            const gen = (record.result?.value as { gen: string } | undefined)?.gen;
            if (gen) manifest = parts.get(`bundled@${gen}|manifest`);
          };
          tx.oncomplete = () => {
            db.close();
            const value = record.result?.value as BundledStore['record'];
            const stored = (keys.result as string[]).sort();
            const missing: string[] = [];
            if (value) {
              const generation = `bundled@${value.gen}`;
              const buckets = (manifest?.result?.data as { buckets: Record<string, number> } | undefined)?.buckets;
              if (!buckets) missing.push(`${generation}|manifest`);
              for (const [kind, n] of Object.entries(buckets ?? {}))
                for (let i = 0; i < n; i++) if (!stored.includes(`${generation}|${kind}|${i}`)) missing.push(`${generation}|${kind}|${i}`);
            }
            done({ ...(value ? { record: value } : {}), keys: stored, missing, writing: writing.result as string[] });
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}
