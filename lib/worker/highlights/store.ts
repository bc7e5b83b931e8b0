/**
 * The collection in the database: saving, listing, editing, deleting (and undoing), importing,
 * and recording whether each highlight still attaches to its page. Every write is one transaction,
 * so saves from several tabs at once each land whole, and a full disk becomes a message, not a loss.
 */
import type { ParallaxDb } from '../db/schema';
import { mergeImported, problemInImport } from '../../core/highlights/merge';
import { guarded as guardedWrite } from '../db/guarded';
import { err, ok, type Result } from '../../core/result';
import type { AnchorStatus, Highlight, NewHighlight } from '../../core/highlights/types';
import { pageKey } from '../../core/highlights/page-key';
import { buildHighlight, buildNewHighlight } from '../../core/highlights/validate';

const guarded = <T>(work: () => Promise<T>) => guardedWrite(work, 'your collection');

/** Saved, restored and imported highlights go through the same builders as a backup's (lib/core/highlights/validate). */
export function saveHighlight(db: ParallaxDb, input: NewHighlight, now = Date.now()): Promise<Result<Highlight>> {
  const built = buildNewHighlight(input);
  if (!built.ok) return Promise.resolve(err(built.error));
  const n = built.value;
  const h: Highlight = {
    ...n,
    url: pageKey(n.url),
    id: crypto.randomUUID(),
    entityIds: n.snapshot.entities.map((e) => e.id),
    created: now,
    updated: now,
    anchor: { status: 'anchored', checked: now },
  };
  return guarded(async () => (await db.highlights.add(h), h));
}

export const listHighlights = (db: ParallaxDb) => guarded(() => db.highlights.orderBy('created').reverse().toArray());

export const highlightsForUrl = (db: ParallaxDb, url: string) => guarded(() => db.highlights.where('url').equals(pageKey(url)).toArray());

export function updateHighlight(
  db: ParallaxDb,
  id: string,
  change: { note?: string; tags?: string[] },
  now = Date.now(),
): Promise<Result<Highlight>> {
  return guarded(async () =>
    db.transaction('rw', db.highlights, async () => {
      const h = await db.highlights.get(id);
      if (!h) throw new Error(`there is no highlight ${id}`);
      const next = { ...h, ...change, updated: now };
      await db.highlights.put(next);
      return next;
    }),
  );
}

/** Deletes and hands back the highlight, so the page can offer to undo. */
export function deleteHighlight(db: ParallaxDb, id: string): Promise<Result<Highlight | null>> {
  return guarded(async () =>
    db.transaction('rw', db.highlights, async () => {
      const h = await db.highlights.get(id);
      await db.highlights.delete(id);
      return h ?? null;
    }),
  );
}

export function restoreHighlight(db: ParallaxDb, input: Highlight): Promise<Result<Highlight>> {
  const built = buildHighlight(input);
  if (!built.ok) return Promise.resolve(err(built.error));
  const h = built.value;
  return guarded(async () => (await db.highlights.put(h), h));
}

export function importHighlights(db: ParallaxDb, input: Highlight[], now = Date.now()) {
  const incoming: Highlight[] = [];
  for (const [i, h] of input.entries()) {
    const built = buildHighlight(h, `highlights[${i}]`);
    if (!built.ok) return Promise.resolve(err(built.error));
    incoming.push(built.value);
  }
  return guarded(() =>
    db.transaction('rw', db.highlights, async () => {
      const existing = await db.highlights.toArray();
      const problem = problemInImport(existing, incoming, now);
      if (problem) return err(problem);
      const result = mergeImported(existing, incoming);
      await db.highlights.bulkPut(result.toWrite);
      return ok({ added: result.added, updated: result.updated, unchanged: result.unchanged });
    }),
  ).then((r) => (r.ok ? r.value : r));
}

/** Empties the collection (the page asks for confirmation and offers an export first). */
export const clearHighlights = (db: ParallaxDb) =>
  guarded(() =>
    db.transaction('rw', db.highlights, async () => {
      const n = await db.highlights.count();
      await db.highlights.clear();
      return n;
    }),
  );

export function recordAnchors(db: ParallaxDb, results: { id: string; status: AnchorStatus }[], now = Date.now()) {
  return guarded(() =>
    db.transaction('rw', db.highlights, async () => {
      for (const r of results) await db.highlights.update(r.id, { anchor: { status: r.status, checked: now } });
      return results.length;
    }),
  );
}
