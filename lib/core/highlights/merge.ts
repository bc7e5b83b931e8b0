/**
 * mergeImported: what an import writes, merged by id, so importing the same file twice (or a
 * colleague's file that overlaps ours) creates no duplicates. The newer `updated` wins; on a tie
 * the collection keeps its copy, which also keeps its anchor state (imports arrive "unchecked").
 */
import type { Highlight } from '../highlights/types';

export interface MergeResult {
  /** Only the rows to put: new ids and newer versions, never the untouched ones. */
  toWrite: Highlight[];
  added: number;
  updated: number;
  unchanged: number;
}

export function mergeImported(existing: Highlight[], incoming: Highlight[]): MergeResult {
  const current = new Map(existing.map((h) => [h.id, h]));
  const writes = new Map<string, Highlight>();
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  // Each incoming row is counted once, against what is there by then: a file that repeats an id
  // keeps its newest copy, and added + updated + unchanged always equals incoming.length.
  for (const h of incoming) {
    const had = current.get(h.id);
    if (!had) added++;
    else if (h.updated > had.updated) updated++;
    else {
      unchanged++;
      continue;
    }
    current.set(h.id, h);
    writes.set(h.id, h);
  }
  return { toWrite: [...writes.values()], added, updated, unchanged };
}
