/**
 * mergeImported: what an import writes, merged by id, so importing the same file twice (or a
 * colleague's file that overlaps ours) creates no duplicates. The newer `updated` wins; on a tie
 * the collection keeps its copy, which also keeps its anchor state (imports arrive "unchecked").
 *
 * A newer version is of the same passage: the same page and the same quote (the collection edits a
 * highlight's note and tags, never where it is). A file that gave another passage the id of one of
 * the reader's, or a time still to come, is refused (problemInImport): before, a file reusing the ids
 * of a shared export replaced the reader's passages, notes and evidence whole, and with an `updated`
 * in the year 275760 their own backup could never put them back (session-21 attack suite).
 */
import type { Highlight } from '../highlights/types';

export interface MergeResult {
  /** Only the rows to put: new ids and newer versions, never the untouched ones. */
  toWrite: Highlight[];
  added: number;
  updated: number;
  unchanged: number;
}

/** How far ahead of this computer's clock a time in a file may be (another computer's clock may run fast). */
const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

const samePassage = (a: Highlight, b: Highlight) => a.url === b.url && a.quote.exact === b.quote.exact;

/** Why `incoming` (a file's highlights, in its order) cannot be merged into `existing`, or null. */
export function problemInImport(existing: Highlight[], incoming: Highlight[], now: number): string | null {
  const current = new Map(existing.map((h) => [h.id, h]));
  for (const [i, h] of incoming.entries()) {
    const which = `Highlight ${i + 1} of the file (“${h.quote.exact.slice(0, 60)}”)`;
    if (Math.max(h.created, h.updated) > now + CLOCK_SLACK_MS) return `${which} says it was changed at a time still to come.`;
    const had = current.get(h.id);
    if (had && !samePassage(had, h)) return `${which} has the id of another passage in your collection (“${had.quote.exact.slice(0, 60)}”).`;
  }
  return null;
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
