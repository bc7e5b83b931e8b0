/**
 * The worker's answers to each message, over the database; wired by entrypoints/background.ts.
 * A content script's messages act on its own page only, whose address is the sender's (`from.url`;
 * for its highlights and the article it adds, the address a single-page site has moved to since,
 * `pageNow(from)`).
 */
import { addArticle, deleteArticle, myArticles, reextractArticles } from './corpus/articles';
import { acceptCandidate, candidatesIn, dismissCandidate, linkUserNames } from './corpus/names';
import { clearMyCorpus, exportPack, importPack } from './corpus/pack-files';
import type { LabelOverrides } from '../core/coverage/labels';
import type { FacetRule } from '../core/extract/claims';
import type { ReadPage } from '../core/extract/read-html';
import { cachedCoverageSource } from './coverage-cache';
import { createSpotMatcher } from './spot-matcher';
import { storedNames } from './stored-names';
import { dbCoverageSource, mergedOutlets, sourceArticleAt, spotEntries } from './sources/merged';
import { sourceReader } from './sources/read';
import { macrotask } from './macrotask';
import { eventCoverage, openEventPage } from './event-page';
import { openCollectionAt } from './collection-tab';
import { BUNDLED, type BundledPack } from './sources/bundled';
import type { ParallaxDb } from './db/schema';
import { type From, pageNow, type Handlers } from '../core/messages/dispatch';
import type { ProtocolMap } from '../core/messages/worker-protocol';
import { declaresSamePage, onlyAddsParameters, outletForUrl, samePageAndRoute } from '../core/coverage/outlet-for-url';
import { err, ok, type Result } from '../core/result';
import * as collection from './highlights/store';
import { pageKey } from '../core/highlights/page-key';
import { subscriptionHandlers, type SubscriptionWiring } from './subscriptions/handlers';
import { asTask, type LoadProgressBoard } from './load-progress';
import { corpusStatus } from './corpus-status';

/** What the corpus messages need beyond the database. */
export interface CorpusWiring {
  /** The bundled pack, read whole to export it, to compare an import with it, and to link the reader's names in it. */
  bundled: BundledPack;
  /** The bundled facet rules (with their cues), for extracting the reader's articles. */
  facets: readonly FacetRule[];
  overrides(): Promise<LabelOverrides>;
  /** Whether the reader turned Parallax off on the site of this address: its pages' text is not spotted. */
  offAt(url: string): Promise<boolean>;
  /** Reads the article of a page the reader adds, within the caps: where a DOM is, not in this thread if it can. */
  readPage: ReadPage;
  /** Tells open pages and content scripts that the corpus changed, and whether its names may have. */
  changed(names: boolean): Promise<void>;
  /** Network, permissions and alarms for subscriptions (without them, subscription messages are refused). */
  subscriptions?: SubscriptionWiring;
  /** The long tasks running (the bundled load, imports, subscription updates), for `status`. */
  progress: LoadProgressBoard;
  /** The spotting code's digest (virtual:spot-code): with it, the compiled names are kept between starts. */
  spotCode?: string;
}

/** A content script asked about another page than its own: refused, saying so. */
const notOwnPage = (type: string) => err(`${type}: refused, a web page may act only on its own address`);
const samePage = (a: string, b: string) => pageKey(a) === pageKey(b);
/** Whether `url` is the sending page's: where it is now, or where it was loaded (a single-page site may move meanwhile). */
const pageOfSender = (url: string, from: Extract<From, { kind: 'page' }>) => samePage(url, pageNow(from)) || samePage(url, from.url);

/** `ready` settles when the bundled pack has been loaded (or failed to), with the load error if any. */
/**
 * Where a page moved to without reloading, if to another page of its site (on its origin: the
 * history API cannot leave it) — not another #part of it, nor its address with tracking parameters
 * dropped or parameters added ("?sh=…", a site decorating its address); a route in the fragment
 * ("#/stories/b") is another page.
 */
function movedTo(from: { url: string; current?: string }): string | undefined {
  const { url, current } = from;
  return current !== undefined && !samePageAndRoute(current, url) && !onlyAddsParameters(current, url) ? current : undefined;
}

export function createHandlers(db: ParallaxDb, ready: Promise<string | null>, corpus: CorpusWiring): Handlers<ProtocolMap> {
  // Subscriptions' packs are read through one reader, whose memory of their parts cards share.
  const reader = sourceReader(db);
  const cards = cachedCoverageSource(dbCoverageSource(db, reader));
  // Compiled once the corpus is in, before the first page asks.
  const matcher = createSpotMatcher(
    () => spotEntries(db, reader),
    corpus.spotCode === undefined ? undefined : storedNames(db, reader, corpus.spotCode),
  );
  void ready.then(() => matcher.prepare()).catch(() => undefined);
  const status = corpusStatus(db, ready, corpus.progress);
  /**
   * Runs a change to the corpus and announces it, whatever the result: a change that failed half
   * way may still have written something, and an extra refresh costs little.
   */
  const changing = async <T>(names: boolean, work: () => Promise<Result<T>>): Promise<Result<T>> => {
    await ready;
    try {
      return await work();
    } finally {
      cards.clear();
      if (names) matcher.clear();
      await corpus.changed(names);
    }
  };
  const bundledClaims = async () => {
    const pack = await corpus.bundled.read();
    return pack.ok ? ok(pack.value.claims) : pack;
  };
  return {
    ...subscriptionHandlers(db, corpus.subscriptions, changing),
    status: async () => ok(await status.answer()),
    wake: async () => ok(null),
    spot: async (slice, from) => {
      // A page sends its text before it has read the site switch itself (a reader sees the mentions
      // sooner): the switch is the background's to check. It is read while the text is spotted (a
      // storage read is a round trip of its own, 1–9 ms), and an off site gets nothing of what was found
      // (its text is spotted for nothing: the price of not making every other page wait for the read).
      const [off, answer] = await Promise.all([from.kind === 'page' && corpus.offAt(from.url), ready.then(() => matcher.spot(slice))]);
      if (off) return err('Parallax is off on this site.');
      // The page's last slice: its cards are asked for next, so they are made now, while it paints.
      if (from.kind === 'page' && slice.until >= slice.text.length) void cards.warm(answer.state.seen, from.url);
      return ok(answer);
    },
    outlets: async () => {
      await ready;
      return ok(await mergedOutlets(db, reader));
    },
    saveHighlight: async ({ highlight }, from) => {
      if (from.kind === 'extension') return collection.saveHighlight(db, highlight);
      if (!pageOfSender(highlight.url, from)) return notOwnPage('saveHighlight');
      // Which outlet the page is on is the worker's to say, from the page's address.
      await ready;
      const { outletId: _claimed, ...rest } = highlight;
      const outlet = outletForUrl(await mergedOutlets(db, reader), from.url);
      return collection.saveHighlight(db, outlet ? { ...rest, outletId: outlet.id } : rest);
    },
    highlights: ({ url }, from) => {
      if (from.kind === 'extension') return url ? collection.highlightsForUrl(db, url) : collection.listHighlights(db);
      const at = pageNow(from);
      return url === undefined || samePage(url, at) ? collection.highlightsForUrl(db, at) : Promise.resolve(notOwnPage('highlights'));
    },
    updateHighlight: async ({ id, ...change }, from) => {
      if (from.kind === 'page') {
        const h = await db.highlights.get(id);
        if (!h || !samePage(h.url, pageNow(from))) return notOwnPage('updateHighlight');
      }
      return collection.updateHighlight(db, id, change);
    },
    openNoteInCollection: async ({ id }, from) => {
      // Only a highlight of the page asking: a page cannot have the collection opened at will.
      const h = await db.highlights.get(id);
      if (!h || (from.kind === 'page' && !pageOfSender(h.url, from))) return notOwnPage('openNoteInCollection');
      return openCollectionAt(id);
    },
    deleteHighlight: ({ id }) => collection.deleteHighlight(db, id),
    restoreHighlight: ({ highlight }) => collection.restoreHighlight(db, highlight),
    importHighlights: ({ highlights }) => collection.importHighlights(db, highlights),
    clearHighlights: () => collection.clearHighlights(db),
    reportAnchors: async ({ results }, from) => {
      if (from.kind === 'extension') return collection.recordAnchors(db, results);
      const own = await collection.highlightsForUrl(db, pageNow(from));
      if (!own.ok) return own;
      const ids = new Set(own.value.map((h) => h.id));
      return collection.recordAnchors(
        db,
        results.filter((r) => ids.has(r.id)),
      );
    },
    addArticle: async ({ html }, from) => {
      if (from.kind !== 'page') return err("addArticle: send it from the tab's content script: the page added is the sender's");
      const moved = movedTo(from);
      const address = moved ?? from.url;
      return changing(false, async () => {
        const page = await corpus.readPage(html, address, moved && from.url);
        // A page that moved to another story may not replace an article (articles.ts).
        return page.ok ? addArticle(db, page.value, corpus.facets, new Date(), macrotask, !moved) : page;
      });
    },
    myArticles: () => myArticles(db),
    deleteArticle: ({ id }) =>
      changing(false, async () => {
        const deleted = await deleteArticle(db, id);
        const bundled = (await reader.sources()).find((s) => s.id === BUNDLED);
        if (!deleted.ok || !bundled?.holds(id)) return deleted;
        // It stood in for a bundled article, which is shown again: the reader's names are linked in its claims.
        const linked = await linkUserNames(db, bundledClaims);
        return linked.ok ? deleted : err(`Deleted, but your names could not be linked in the bundled article: ${linked.error}`);
      }),
    reextractArticles: () => changing(false, () => reextractArticles(db, corpus.facets)),
    candidates: () => candidatesIn(db),
    dismissCandidate: ({ name }) => dismissCandidate(db, name),
    acceptCandidate: (entity) => changing(true, () => acceptCandidate(db, entity, corpus.facets, bundledClaims)),
    exportPack: async () => {
      await ready;
      const bundled = await corpus.bundled.read();
      return bundled.ok ? exportPack(db, await corpus.overrides(), bundled.value) : bundled;
    },
    importPack: ({ pack }) =>
      changing(true, () =>
        asTask(corpus.progress, 'Importing a claim pack', 'import', async () => {
          const bundled = await corpus.bundled.read();
          if (!bundled.ok) return bundled;
          const imported = await importPack(db, pack, bundled.value);
          if (!imported.ok) return imported;
          // The pack's names are linked in the claims already here, and ours in the pack's claims.
          const linked = await linkUserNames(db, async () => ok(bundled.value.claims));
          return linked.ok ? imported : err(`Imported, but your names could not be linked: ${linked.error}`);
        }),
      ),
    clearMyCorpus: () =>
      // The bundled pack is shown again wherever their rows stood in for it: it is read as it is stored.
      changing(true, () => clearMyCorpus(db)),
    articleAt: async ({ urls }, from) => {
      await ready;
      // A page may ask about itself only: its own address and the URLs it declares for the same page.
      const at = from.kind === 'page' ? (movedTo(from) ?? from.url) : undefined;
      const asked = at ? [at, ...urls.filter((u) => samePageAndRoute(u, at))] : urls;
      const article = await db.articles.where('url').anyOf(asked).first();
      if (!article) {
        // The bundled pack's article, or a subscription's (named: a pack may hold an article at any address): not the reader's.
        const theirs = await sourceArticleAt(db, reader, asked);
        return ok(theirs && { ...theirs, origin: theirs.via === undefined ? ('seed' as const) : ('subscription' as const) });
      }
      return ok({
        id: article.id,
        title: article.title,
        origin: 'user',
        claims: await db.claims.where('articleId').equals(article.id).count(),
      });
    },
    warmCoverage: async ({ entityIds }, from) => {
      await ready;
      // As the page's cards will be asked for: its own outlet left out.
      return ok(await cards.warm(entityIds, from.kind === 'page' ? from.url : undefined));
    },
    coverage: async (q, from) => {
      if (from.kind === 'page' && q.pageUrl !== undefined) return err("coverage.pageUrl: refused from a web page; its address is the sender's");
      await ready;
      // A card is sent a bounded share of the claims (cards.card); the event page (eventCoverage) its first outlets, and all for an export.
      const coverage = await cards.card(from.kind === 'page' ? { ...q, pageUrl: from.url } : q);
      return coverage ? ok(coverage) : err(`Unknown entity "${q.entityId}"`);
    },
    eventCoverage: async (q) => {
      await ready;
      return eventCoverage(cards, q);
    },
    openEvent: async ({ entityId }) => {
      await ready;
      return openEventPage(cards, entityId);
    },
  };
}
