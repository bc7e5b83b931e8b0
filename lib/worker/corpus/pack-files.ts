/**
 * The corpus as a claim pack file: export everything (the bundled pack and the reader's rows, by
 * the rule cards read them with, with the labels the reader gave their own outlets), and import a
 * pack: validated in full first, then merged by id in one transaction, so a bad file changes
 * nothing; a row equal to the bundled pack's is not written. The rows written are the ones
 * validatePack rebuilt from known fields: what only the database records (origin, fromPage) never
 * comes from a file.
 */
import { guarded } from '../db/guarded';
import { headOf, PACK_TABLES, type ParallaxDb, type Row, withoutOrigin } from '../db/schema';
import { liveAndBundled } from '../sources/merged';
import type { LabelOverrides } from '../../core/coverage/labels';
import { validatePack, validatePackInSteps } from '../../core/pack/validate';
import { macrotask } from '../macrotask';
import { PACK_FORMAT, type Article, type Claim, type ClaimPack, type Outlet } from '../../core/pack/types';
import { err, type Result } from '../../core/result';
import type { ImportCounts } from '../../core/corpus/types';

const BY_READER = { by: 'You', why: 'Set in Parallax by whoever exported this pack.' };

/** A reader's outlet with the labels they chose for it written in, so a colleague gets them too. */
function labelled(outlet: Outlet, mine: Record<string, string> | undefined): Outlet {
  if (!mine) return outlet;
  const out = { ...outlet, labels: { ...outlet.labels }, labelBasis: { ...outlet.labelBasis } };
  for (const [axis, label] of Object.entries(mine)) {
    if (axis === 'country') out.country = label;
    else {
      out.labels[axis] = label;
      out.labelBasis[axis] = { ...BY_READER };
    }
  }
  return out;
}

/**
 * The reader's rows first, then the bundled pack's (`bundled`, as the extension ships it) whose ids
 * they do not take; a bundled claim on an article the reader holds is left out, as cards leave it out.
 */
export async function exportPack(db: ParallaxDb, overrides: LabelOverrides, bundled: ClaimPack): Promise<Result<ClaimPack>> {
  const read = await guarded(async () => {
    const outlets = (await db.outlets.toArray()).map((o) =>
      o.origin === 'user' ? labelled(withoutOrigin(o), Object.hasOwn(overrides, o.id) ? overrides[o.id] : undefined) : withoutOrigin(o),
    );
    const articles = (await db.articles.toArray()).map(withoutOrigin);
    const theirs = new Set(articles.map((a) => a.id));
    return {
      format: PACK_FORMAT,
      outlets: liveAndBundled(outlets, bundled.outlets),
      articles: liveAndBundled(articles, bundled.articles),
      entities: liveAndBundled((await db.entities.toArray()).map(withoutOrigin), bundled.entities),
      facets: liveAndBundled((await db.facets.toArray()).map(withoutOrigin), bundled.facets),
      claims: liveAndBundled(
        (await db.claims.toArray()).map(withoutOrigin),
        bundled.claims.filter((c) => !theirs.has(c.articleId)),
      ),
    } satisfies ClaimPack;
  }, 'your corpus');
  if (!read.ok) return read;
  const valid = validatePack(read.value);
  return valid.ok ? valid : err(`The corpus cannot be exported as it stands: ${valid.error}`);
}

/** JSON with keys in order and without what only the database records, so a stored row compares equal to the same row in a file. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .filter((k) => k !== 'origin' && k !== 'fromPage')
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * A row the same as the bundled pack's (`bundled`) counts as unchanged and is not written, unless
 * it is a claim on an article the reader holds once this import is in (the bundled pack's claims
 * are not shown on it then).
 */
export async function importPack(db: ParallaxDb, input: unknown, bundled: ClaimPack): Promise<Result<ImportCounts>> {
  // In steps, as a subscription's pack is: a pack of 100,000 claims held the worker for seconds (session-16 attack suite).
  const valid = await validatePackInSteps(input, macrotask);
  if (!valid.ok) return valid;
  const pack = valid.value;
  const shipped = new Map(PACK_TABLES.flatMap((t) => (bundled[t] as { id: string }[]).map((row) => [`${t}|${row.id}`, row] as const)));
  return guarded(
    () =>
      db.transaction('rw', [...PACK_TABLES.map((t) => db[t]), db.heads], async () => {
        const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
        const replacedArticles: string[] = [];
        for (const t of PACK_TABLES) {
          // One table holds one kind of row; the cast only lets the loop treat the five alike.
          const table = db[t] as unknown as typeof db.outlets;
          const rows = pack[t] as unknown as Outlet[];
          const existing = await table.bulkGet(rows.map((r) => r.id));
          const theirs = t === 'claims' ? new Set((await db.heads.toCollection().primaryKeys()) as string[]) : new Set<string>();
          const writes = [];
          for (const [i, row] of rows.entries()) {
            const before = existing[i] ?? shipped.get(`${t}|${row.id}`);
            const mustWrite = !existing[i] && theirs.has((row as unknown as Claim).articleId);
            if (before && canonical(before) === canonical(row)) {
              counts.unchanged++;
              if (mustWrite) writes.push({ ...row, origin: 'user' as const });
            } else {
              if (before && t === 'articles') replacedArticles.push(row.id);
              counts[before ? 'updated' : 'added']++;
              writes.push({ ...row, origin: 'user' as const });
            }
          }
          await table.bulkPut(writes);
          if (t === 'articles') await db.heads.bulkPut((writes as unknown as Row<Article>[]).map(headOf));
        }
        // An article the pack changed comes with its own claims: the ones stored before would
        // quote text it no longer has.
        const incoming = new Set(pack.claims.map((c) => c.id));
        for (const id of replacedArticles)
          await db.claims
            .where('articleId')
            .equals(id)
            .filter((c) => !incoming.has(c.id))
            .delete();
        return counts;
      }),
    'your corpus',
  );
}

/** Removes every row the reader added or imported, and the copies of bundled claims their names were linked in; the bundled pack stays. */
export async function clearMyCorpus(db: ParallaxDb): Promise<Result<number>> {
  return guarded(
    () =>
      db.transaction('rw', [...PACK_TABLES.map((t) => db[t]), db.heads], async () => {
        let removed = 0;
        for (const t of PACK_TABLES) removed += await db[t].where('origin').equals('user').delete();
        await db.heads.where('origin').equals('user').delete();
        await db.claims.where('origin').equals('linked').delete();
        return removed;
      }),
    'your corpus',
  );
}
