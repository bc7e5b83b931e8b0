/** The background's answers to each message, over the database; wired by entrypoints/background.ts. */
import { coverageFor } from '../coverage/coverage';
import { dbCoverageSource } from '../db/coverage-source';
import { seedPackStamp } from '../db/load-pack';
import type { ParallaxDb } from '../db/schema';
import type { Handlers } from '../messaging';
import { err, ok } from '../pack/types';
import { toGazetteerEntry } from '../spot/gazetteer';
import * as collection from '../highlights/store';

/** `ready` settles when the bundled pack has been loaded (or failed to), with the load error if any. */
export function createHandlers(db: ParallaxDb, ready: Promise<string | null>): Handlers {
  return {
    status: async () => {
      const loadError = await ready;
      return ok({ pack: (await seedPackStamp(db)) ?? null, loadError });
    },
    gazetteer: async () => {
      await ready;
      return ok((await db.entities.toArray()).map(toGazetteerEntry));
    },
    outlets: async () => {
      await ready;
      return ok((await db.outlets.toArray()).map(({ origin: _origin, ...outlet }) => outlet));
    },
    saveHighlight: ({ highlight }) => collection.saveHighlight(db, highlight),
    highlights: ({ url }) => (url ? collection.highlightsForUrl(db, url) : collection.listHighlights(db)),
    updateHighlight: ({ id, ...change }) => collection.updateHighlight(db, id, change),
    deleteHighlight: ({ id }) => collection.deleteHighlight(db, id),
    restoreHighlight: ({ highlight }) => collection.restoreHighlight(db, highlight),
    importHighlights: ({ highlights }) => collection.importHighlights(db, highlights),
    clearHighlights: () => collection.clearHighlights(db),
    reportAnchors: ({ results }) => collection.recordAnchors(db, results),
    coverage: async (q) => {
      await ready;
      const coverage = await coverageFor(dbCoverageSource(db), q);
      return coverage ? ok(coverage) : err(`Unknown entity "${q.entityId}"`);
    },
  };
}
