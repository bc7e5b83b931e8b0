/** Helpers over the database's pack tables: rows as a pack has them, and the extraction base. */
import { extractBase, type ExtractBase } from '../../core/extract/article-pack';
import type { FacetRule } from '../../core/extract/claims';
import type { ParallaxDb, Row } from '../db/schema';

/** A stored row as a pack has it: without what only this database records (origin, fromPage). */
export function withoutOrigin<T>(row: Row<T>): T {
  const { origin: _origin, fromPage: _fromPage, ...rest } = row;
  return rest as T;
}

/**
 * Every known entity (seed and the reader's) and the facet rules: the bundled rules with their
 * cues, and any facet a pack brought without cues (it is kept, but no sentence is matched to it).
 */
export async function currentBase(db: ParallaxDb, rules: readonly FacetRule[]): Promise<ExtractBase> {
  const entities = (await db.entities.toArray()).map(withoutOrigin);
  const ruled = new Set(rules.map((r) => r.id));
  const extra = (await db.facets.toArray()).filter((f) => !ruled.has(f.id)).map((f) => ({ ...withoutOrigin(f), cues: [] }));
  return extractBase(entities, [...rules, ...extra]);
}
