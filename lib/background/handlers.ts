/** The background's answers to each message, over the database; wired by entrypoints/background.ts. */
import { addArticle, deleteArticle, myArticles, reextractArticles } from '../corpus/articles';
import { acceptCandidate, candidatesIn } from '../corpus/names';
import { clearMyCorpus, exportPack, importPack } from '../corpus/pack-files';
import { articleFromHtml } from '../corpus/read-page';
import type { LabelOverrides } from '../coverage/labels';
import type { FacetRule } from '../extract/claims';
import { coverageFor } from '../coverage/coverage';
import { dbCoverageSource } from '../db/coverage-source';
import { seedPackStamp } from '../db/load-pack';
import type { ParallaxDb } from '../db/schema';
import type { Handlers } from '../messaging';
import { err, ok, type Result } from '../pack/types';
import { toGazetteerEntry } from '../spot/gazetteer';
import * as collection from '../highlights/store';

/** What the corpus messages need beyond the database. */
export interface CorpusWiring {
  /** The bundled facet rules (with their cues), for extracting the reader's articles. */
  facets: readonly FacetRule[];
  overrides(): Promise<LabelOverrides>;
  /** Puts the bundled pack back (after the reader's rows are removed: an imported row may have replaced a seed one). */
  reloadSeed(): Promise<Result<unknown>>;
  /** Tells open pages and content scripts that the corpus changed. */
  changed(): Promise<void>;
}

/** `ready` settles when the bundled pack has been loaded (or failed to), with the load error if any. */
export function createHandlers(db: ParallaxDb, ready: Promise<string | null>, corpus: CorpusWiring): Handlers {
  /** Runs a change to the corpus, and announces it when it succeeded. */
  const changing = async <T>(work: () => Promise<Result<T>>): Promise<Result<T>> => {
    await ready;
    const r = await work();
    if (r.ok) await corpus.changed();
    return r;
  };
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
    addArticle: ({ html, url }) =>
      changing(async () => {
        const page = articleFromHtml(html, url);
        return page.ok ? addArticle(db, page.value, corpus.facets) : page;
      }),
    myArticles: () => myArticles(db),
    deleteArticle: ({ id }) => changing(() => deleteArticle(db, id)),
    reextractArticles: () => changing(() => reextractArticles(db, corpus.facets)),
    candidates: () => candidatesIn(db),
    acceptCandidate: (entity) => changing(() => acceptCandidate(db, entity, corpus.facets)),
    exportPack: async () => (await ready, exportPack(db, await corpus.overrides())),
    importPack: ({ pack }) => changing(() => importPack(db, pack)),
    clearMyCorpus: () =>
      changing(async () => {
        const removed = await clearMyCorpus(db);
        if (!removed.ok) return removed;
        const reloaded = await corpus.reloadSeed();
        return reloaded.ok ? removed : err(`Your rows were removed, but the bundled corpus could not be put back: ${reloaded.error}`);
      }),
    coverage: async (q) => {
      await ready;
      const coverage = await coverageFor(dbCoverageSource(db), q);
      return coverage ? ok(coverage) : err(`Unknown entity "${q.entityId}"`);
    },
  };
}
