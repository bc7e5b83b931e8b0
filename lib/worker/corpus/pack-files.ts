/**
 * The corpus as a claim pack file: export everything (seed and the reader's, with the labels the
 * reader gave their own outlets), and import a pack: validated in full first, then merged by id
 * in one transaction, so a bad file changes nothing. The rows written are the ones validatePack
 * rebuilt from known fields: what only the database records (origin, fromPage) never comes from a file.
 */
import { guarded } from '../db/guarded';
import { headOf, PACK_TABLES, type ParallaxDb, type Row } from '../db/schema';
import type { LabelOverrides } from '../../core/coverage/labels';
import { validatePack } from '../../core/pack/validate';
import { err, PACK_FORMAT, type Article, type ClaimPack, type Outlet, type Result } from '../../core/pack/types';
import { withoutOrigin } from './rows';
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

export async function exportPack(db: ParallaxDb, overrides: LabelOverrides): Promise<Result<ClaimPack>> {
  const read = await guarded(async () => {
    const outlets = (await db.outlets.toArray()).map((o) =>
      o.origin === 'user' ? labelled(withoutOrigin(o), Object.hasOwn(overrides, o.id) ? overrides[o.id] : undefined) : withoutOrigin(o),
    );
    return {
      format: PACK_FORMAT,
      outlets,
      articles: (await db.articles.toArray()).map(withoutOrigin),
      entities: (await db.entities.toArray()).map(withoutOrigin),
      facets: (await db.facets.toArray()).map(withoutOrigin),
      claims: (await db.claims.toArray()).map(withoutOrigin),
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

export async function importPack(db: ParallaxDb, input: unknown): Promise<Result<ImportCounts>> {
  const valid = validatePack(input);
  if (!valid.ok) return valid;
  const pack = valid.value;
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
          const writes = [];
          for (const [i, row] of rows.entries()) {
            const before = existing[i];
            if (before && canonical(before) === canonical(row)) counts.unchanged++;
            else {
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

/** Removes every row the reader added or imported; the bundled corpus stays. */
export async function clearMyCorpus(db: ParallaxDb): Promise<Result<number>> {
  return guarded(
    () =>
      db.transaction('rw', [...PACK_TABLES.map((t) => db[t]), db.heads], async () => {
        let removed = 0;
        for (const t of PACK_TABLES) removed += await db[t].where('origin').equals('user').delete();
        await db.heads.where('origin').equals('user').delete();
        return removed;
      }),
    'your corpus',
  );
}
