/**
 * The background's compiled gazetteer, kept in the database between its starts: Chrome stops an
 * idle worker, and the first page after would otherwise wait for every alias to be compiled again
 * (50,000 aliases: 0.5–0.9 s). It is kept under a key that says what it was compiled from — the
 * stored packs' generations (never changed once written), the reader's own entities, the spotting
 * code's build — so any change of names misses, and they are compiled again.
 */
import { hex, sha256 } from '../core/digest';
import type { Gazetteer } from '../core/spot/gazetteer';
import { restoreGazetteer, STORED_GAZETTEER_FORMAT, storeGazetteer, type StoredGazetteer } from '../core/spot/stored-gazetteer';
import type { ParallaxDb } from './db/schema';
import { macrotask } from './macrotask';
import type { SourceReader } from './sources/read';

/** The meta row that holds the gazetteer with its key. */
export const VALUE_ROW = 'compiledNames';

interface Kept {
  key: string;
  gazetteer: StoredGazetteer;
}

export interface NamesStore {
  /** What the names are now, read cheaply: no entity of a pack is read. */
  key(): Promise<string>;
  /** The gazetteer stored under `key`; undefined if none is, or what is stored is not whole. */
  get(key: string): Promise<Gazetteer | undefined>;
  put(key: string, g: Gazetteer): Promise<void>;
}

/** `code`: the spotting code's digest (virtual:spot-code). */
export function storedNames(db: ParallaxDb, reader: SourceReader, code: string): NamesStore {
  // Read as the background starts, while it checks its bundled pack (the key can only be known
  // after that); about 17 MB at 50,000 aliases, read once. Later reads ask again.
  let early: Promise<Kept | undefined> | undefined = read();
  function read() {
    return db.meta.get(VALUE_ROW).then(
      (row) => row?.value as Kept | undefined,
      () => undefined,
    );
  }
  return {
    async key() {
      const generations = (await reader.sources()).map((s) => s.generation);
      const live = hex(await sha256(new TextEncoder().encode(JSON.stringify(await db.entities.toArray()))));
      return JSON.stringify([STORED_GAZETTEER_FORMAT, code, generations, live]);
    },
    async get(key) {
      const row = await (early ?? read());
      early = undefined;
      if (row?.key !== key) return undefined;
      try {
        return restoreGazetteer(row.gazetteer);
      } catch {
        // Not whole (a format this code does not read, or damaged): compiled again, and replaced.
        return undefined;
      }
    },
    async put(key, g) {
      const gazetteer = storeGazetteer(g);
      // Its tables are made in one task and copied into the write in another (each tens of ms at
      // 50,000 aliases): other messages are answered between them.
      await macrotask();
      await db.meta.put({ key: VALUE_ROW, value: { key, gazetteer } satisfies Kept });
    },
  };
}
