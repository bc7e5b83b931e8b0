/**
 * The extension's IndexedDB (Dexie), owned by the background. Every schema version lives in this
 * file; a version that changes data gets an upgrade() and a test in tests/unit/db/.
 */
import Dexie, { type Table } from 'dexie';
import type { Article, Claim, Entity, Facet, Outlet } from '../pack/types';

/** Seed rows come from the bundled pack and are replaced with it; user rows are never touched by a load. */
export type Origin = 'seed' | 'user';
export type Row<T> = T & { origin: Origin };

/** A saved highlight (filled in by the collection feature); user data, never part of a pack. */
export interface Highlight {
  id: string;
  url: string;
  title: string;
  outletId?: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  note: string;
  tags: string[];
  created: number;
  updated: number;
  /** The coverage shown when it was saved, so the evidence outlives the page. */
  snapshot: unknown;
}

export interface Meta {
  key: string;
  value: unknown;
}

export const DB_NAME = 'parallax';

export class ParallaxDb extends Dexie {
  outlets!: Table<Row<Outlet>, string>;
  articles!: Table<Row<Article>, string>;
  entities!: Table<Row<Entity>, string>;
  facets!: Table<Row<Facet>, string>;
  claims!: Table<Row<Claim>, string>;
  highlights!: Table<Highlight, string>;
  meta!: Table<Meta, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      outlets: 'id, origin',
      articles: 'id, origin, outletId, url',
      entities: 'id, origin, type',
      facets: 'id, origin, eventId',
      claims: 'id, origin, articleId, outletId, *entityIds, *facetIds',
      highlights: 'id, url, created, *tags',
      meta: 'key',
    });
  }
}

export const PACK_TABLES = ['outlets', 'articles', 'entities', 'facets', 'claims'] as const;
