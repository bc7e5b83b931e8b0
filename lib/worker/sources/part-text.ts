/**
 * How a part of a stored pack is kept in IndexedDB: its entries as JSON text, not the Map itself.
 * Storing a string copies it, where storing a Map of claims walks and copies every object in the
 * worker as the put is made: for the 100,000-claim pack (603 parts, 50 MB), putting Maps took
 * 1.4–2.2 s, text 0.3–0.5 s plus 0.3 s to make it (Chromium, one put at a time against all of a
 * transaction's at once), and a card's part is read back as fast or faster. Parts written as Maps
 * by earlier versions are read as they are.
 */
import type { PartData } from '../../core/corpus/pack-parts';
import type { StoredPart } from './generation';

/** A row of a generation (./generation.ts) as it is put: a part's Map as the text of its entries, the manifest as it is. */
export const storedRow = (row: StoredPart): StoredPart => (row.data instanceof Map ? { key: row.key, data: JSON.stringify([...row.data]) } : row);

/** A stored part back as its Map: from text, or a Map stored by an earlier version; undefined when absent. */
export function partFromStored<K extends keyof PartData>(stored: unknown): PartData[K] | undefined {
  if (stored === undefined) return undefined;
  if (stored instanceof Map) return stored as PartData[K];
  if (typeof stored !== 'string')
    throw new Error('A stored part is neither text nor a map: the database holds something this version did not write.');
  return new Map(JSON.parse(stored) as [string, never][]) as PartData[K];
}
