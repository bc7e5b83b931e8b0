/**
 * The extension's IndexedDB (Dexie), owned by the background. Every schema version lives in this
 * file; a version that changes data gets an upgrade() and a test in tests/unit/worker/db/.
 */
import Dexie, { type Table } from 'dexie';
import type { Subscription } from '../../core/corpus/subscriptions';
import type { Highlight } from '../../core/highlights/types';
import type { Article, Claim, Entity, Facet, Outlet } from '../../core/pack/types';
import { normaliseHighlightsAt, upgradeHighlightV1 } from './upgrade-highlights';
import { moveSubscriptionsToParts } from './upgrade-subscriptions';
import { moveBundledOut } from './upgrade-bundled';
import type { StoredPart } from '../sources/generation';

/** An article without its text: what a card shows of it (title, date, link, byline). */
export type ArticleHead = Omit<Article, 'text'>;

/**
 * User rows are the reader's: never touched by a load. `linked` rows are bundled claims with the
 * reader's names linked in (lib/worker/corpus/names.ts): they win the claim's id over the bundled
 * pack's stored parts, and are made again whenever that pack changes. The bundled pack and the
 * subscriptions' packs are stored as parts (lib/worker/sources/), not as rows.
 */
export type Origin = 'user' | 'linked';
/**
 * `fromPage`: an article the reader added from a page (its claims are extracted here, and again on
 * request); an imported article keeps the claims its pack gave it. Never part of a pack.
 */
export type Row<T> = T & { origin: Origin; fromPage?: true };

export interface Meta {
  key: string;
  value: unknown;
}

export const DB_NAME = 'parallax';

/** Version 1, as first shipped (kept so the upgrade test can create a database at it). */
export const STORES_V1 = {
  outlets: 'id, origin',
  articles: 'id, origin, outletId, url',
  entities: 'id, origin, type',
  facets: 'id, origin, eventId',
  claims: 'id, origin, articleId, outletId, *entityIds, *facetIds',
  highlights: 'id, url, created, *tags',
  meta: 'key',
};

export class ParallaxDb extends Dexie {
  outlets!: Table<Row<Outlet>, string>;
  articles!: Table<Row<Article>, string>;
  entities!: Table<Row<Entity>, string>;
  facets!: Table<Row<Facet>, string>;
  claims!: Table<Row<Claim>, string>;
  highlights!: Table<Highlight, string>;
  /** Every article's head, written with it in the same transaction wherever an article is written or deleted. */
  heads!: Table<Row<ArticleHead>, string>;
  meta!: Table<Meta, string>;
  subscriptions!: Table<Subscription, string>;
  /** Stored packs (subscriptions) as parts, by generation (lib/worker/sources/store.ts). */
  packParts!: Table<StoredPart, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(STORES_V1);
    // v2: highlights are found by the entities they are about and by outlet, and keep their
    // selectors and anchoring state as objects. Rows saved under v1 (flat quote/prefix/suffix/
    // start/end) are rewritten to the new shape; nothing a reader wrote is dropped.
    this.version(2)
      .stores({ highlights: 'id, url, created, updated, outletId, *tags, *entityIds' })
      .upgrade((tx) =>
        tx
          .table('highlights')
          .toCollection()
          .modify((row: Record<string, unknown>) => upgradeHighlightV1(row)),
      );
    // v3: a card needs only the heads of the articles it quotes; reading whole articles (their text)
    // was most of a card's time with a large corpus. Heads are copied from the stored articles.
    this.version(3)
      .stores({ heads: 'id, origin' })
      .upgrade(async (tx) => {
        const articles = (await tx.table('articles').toArray()) as Row<Article>[];
        await tx.table('heads').bulkPut(articles.map(headOf));
      });
    // v4: every stored highlight rebuilt by the builder a save or an import uses, so rows kept from
    // before the collection's schema was strict export and import again (upgrade-highlights.ts).
    normaliseHighlightsAt(this, 4);
    // v5: subscriptions to signed packs, and each one's copy of its rows (nothing existing changes).
    this.version(5).stores({ subscriptions: 'id, &url', sourceRows: '[source+table+id], source, [table+id], [table+articleId]' });
    // v6: a subscription's pack is stored as parts, read per entity, and switched in by its record,
    // instead of a row per claim in the live tables (100,000 rows took 10–40 s in one transaction
    // that held every card up). Each subscription's kept copy becomes its first generation of parts.
    this.version(6).stores({ packParts: 'key' }).upgrade(moveSubscriptionsToParts);
    this.version(7).stores({ sourceRows: null });
    // v8: the bundled pack is stored as parts too (lib/worker/sources/bundled.ts); its rows leave the
    // live tables, which hold only the reader's rows from then on (upgrade-bundled.ts).
    this.version(8).stores({}).upgrade(moveBundledOut);
  }
}

export const PACK_TABLES = ['outlets', 'articles', 'entities', 'facets', 'claims'] as const;

/** A stored row as a pack has it: without what only this database records (origin, fromPage). */
export function withoutOrigin<T>(row: Row<T>): T {
  const { origin: _origin, fromPage: _fromPage, ...rest } = row;
  return rest as T;
}

/** The head of a stored article (its origin kept, its text and `fromPage` left out). */
export function headOf({ text: _text, fromPage: _fromPage, ...head }: Row<Article>): Row<ArticleHead> {
  return head;
}
