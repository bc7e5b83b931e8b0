/**
 * The reader's own articles in the database: add one read from a page (the same URL updates it),
 * list them with their claims, delete one with its claims, run the extraction again. Rows are
 * stored with origin 'user', so a new bundled pack never overwrites them.
 */
import { articleFromPage, articleId, claimsOfArticle, claimsOfArticleInSlices, type ExtractBase } from '../../core/extract/article-pack';
import { claimId, type FacetRule } from '../../core/extract/claims';
import { outletFor } from '../../core/extract/outlet-for-article';
import { samePageLoosely } from '../../core/coverage/outlet-for-url';
import { EXTRACTION_VERSION } from '../../core/extract/version';
import type { PageArticle } from '../../core/extract/page-article';
import { guarded } from '../db/guarded';
import { headOf, type ParallaxDb, withoutOrigin } from '../db/schema';
import { knownCorpus } from '../sources/known';
import type { Article, Claim, Outlet } from '../../core/pack/types';
import { err, ok, type Result } from '../../core/result';
import { foldPhrase } from '../../core/spot/normalise';
import { currentBase } from './rows';
import type { AddedArticle, MyArticle } from '../../core/corpus/types';

const WHAT = 'your corpus';
/** The meta key holding the EXTRACTION_VERSION the reader's page articles were last extracted with. */
export const EXTRACTED_WITH = 'extractedWith';
const user = <T>(row: T) => ({ ...row, origin: 'user' as const });
/** A claim of an article read from a page: its date is only what the page declared (no "First to report" for it). */
const fromPage = <T>(row: T) => ({ ...user(row), fromPage: true as const });

/** Extracts an article again and puts its claims in place of the old ones; call inside a transaction. */
async function replaceClaims(db: ParallaxDb, article: Article, base: ExtractBase, outletName: string | undefined): Promise<Claim[]> {
  // The outlet's name tells its own voice ("The Herald could not confirm …") from a source's.
  const claims = claimsOfArticle(article, base, outletName);
  await db.claims.where('articleId').equals(article.id).delete();
  await db.claims.bulkPut(claims.map(fromPage));
  return claims;
}

/**
 * `outlet` as it may be filed: a known outlet as it is; a new one whose id an outlet of another site
 * already holds (ids made by earlier versions from a slug of the site, which two sites could share)
 * under the next free id, so that one site never writes under another's outlet.
 */
function freeOutletId(outlet: Outlet, outlets: readonly Outlet[]): Outlet {
  if (outlets.includes(outlet)) return outlet;
  // An outlet with no domain (a page without an address) shares no id.
  const taken = (id: string) =>
    outlets.some((o) => o.id === id && (outlet.domains.length === 0 || !outlet.domains.every((d) => o.domains.includes(d))));
  let id = outlet.id;
  for (let n = 2; taken(id); n++) id = `${outlet.id}-${n}`;
  return id === outlet.id ? outlet : { ...outlet, id };
}

/** Whether an article is held for the page at `url` under any spelling of its address (samePageLoosely). */
async function heldUnderAnySpelling(db: ParallaxDb, url: string | undefined): Promise<boolean> {
  return url !== undefined && (await db.articles.filter((a) => !!a.url && samePageLoosely(a.url, url)).count()) > 0;
}

/** Why a page that moved to an address (history.pushState) may not replace the article added there. */
export const MOVED_ONTO_ADDED =
  'This page changed its address without reloading, to one whose article is already in your corpus. Reload the page to update that article.';

/**
 * Adds (or updates) an article read from a page. `page.url` is the page's real address or a URL it
 * declares on the same site (read-page.ts), so an article is only ever updated from its own site.
 * The claims are extracted first, in slices (`pause` between them lets the worker answer other
 * tabs), then written in one transaction with everything that decides where they go. A page that
 * moved to its address without reloading (`mayReplace` false) may add an article there, but not
 * replace one: another page of the site could have moved onto that address.
 */
export async function addArticle(
  db: ParallaxDb,
  page: PageArticle,
  rules: readonly FacetRule[],
  today = new Date(),
  pause: () => Promise<void> = () => Promise.resolve(),
  mayReplace = true,
): Promise<Result<AddedArticle>> {
  const known = await knownCorpus(db);
  const base = await currentBase(known, rules);
  const published = page.published ?? today.toISOString().slice(0, 10);
  // The bundled corpus is found by URL, or (its articles may have none) by outlet and headline.
  const found = outletFor(await known.outlets(), page.url, page.siteName);
  const title = foldPhrase(page.title);
  const bundled =
    (page.url ? await known.bundledHeadAt(page.url) : undefined) ??
    (await known.bundledHeads()).find((h) => h.outletId === found.id && foldPhrase(h.title) === title);
  if (bundled) return err(`“${bundled.title}” is already in the bundled corpus.`);
  // Claims depend on the text, not on the article's id or outlet: those are set below.
  // The outlet's name (read again below, in the transaction) tells its own voice from a source's.
  const extracted = await claimsOfArticleInSlices(articleFromPage(page, '', '', published), base, pause, found.name);
  // Everything it reads decides what it writes (the outlet, a free id), so one transaction holds both.
  const r = await guarded(
    () =>
      db.transaction('rw', [db.outlets, db.articles, db.heads, db.claims], async (): Promise<Result<AddedArticle>> => {
        const same = page.url ? await db.articles.where('url').equals(page.url).toArray() : [];
        const outlets = await known.outlets();
        const outlet = freeOutletId(outletFor(outlets, page.url, page.siteName), outlets);
        const newOutlet = !outlets.some((o) => o.id === outlet.id);
        const previous = same[0];
        if (!mayReplace && (previous || (await heldUnderAnySpelling(db, page.url)))) return err(MOVED_ONTO_ADDED);
        const taken = await known.articleIds();
        const article = articleFromPage(page, outlet.id, previous?.id ?? articleId(outlet, published, page.title, taken), published);
        const claims = extracted.map((c) => ({ ...c, id: claimId(article.id, c.start), articleId: article.id, outletId: outlet.id }));
        if (newOutlet) await db.outlets.put(user(outlet));
        await db.articles.put({ ...user(article), fromPage: true });
        await db.heads.put(headOf(user(article)));
        await db.claims.where('articleId').equals(article.id).delete();
        await db.claims.bulkPut(claims.map(fromPage));
        const entities = new Set(claims.flatMap((c) => c.entityIds)).size;
        return ok({
          articleId: article.id,
          title: article.title,
          outlet: { id: outlet.id, name: outlet.name },
          newOutlet,
          updated: !!previous,
          claims: claims.length,
          entities,
        });
      }),
    WHAT,
  );
  return r.ok ? r.value : r;
}

export async function myArticles(db: ParallaxDb): Promise<Result<MyArticle[]>> {
  // Their outlets may be the bundled pack's.
  const outlets = await (await knownCorpus(db)).outlets();
  // One read transaction: a list never mixes an article with claims from before a change to it.
  return guarded(
    () =>
      db.transaction('r', db.articles, db.outlets, db.claims, async () => {
        const articles = await db.articles.where('origin').equals('user').toArray();
        const names = new Map(outlets.map((o) => [o.id, o.name]));
        const out: MyArticle[] = [];
        for (const row of articles) {
          const { text, ...article } = withoutOrigin(row);
          const claims = (await db.claims.where('articleId').equals(article.id).sortBy('start')).map(withoutOrigin);
          const words = text.split(/\s+/).filter(Boolean).length;
          out.push({
            article: { ...article, words, imported: row.fromPage !== true },
            outletName: names.get(article.outletId) ?? article.outletId,
            claims,
          });
        }
        return out.sort((a, b) => b.article.published.localeCompare(a.article.published) || a.article.title.localeCompare(b.article.title));
      }),
    WHAT,
  );
}

/** Deletes one of the reader's articles and its claims; a new outlet left with no article goes too. */
export async function deleteArticle(db: ParallaxDb, id: string): Promise<Result<null>> {
  const article = await db.articles.get(id);
  if (!article) return err(`No article "${id}" in your corpus.`);
  if (article.origin !== 'user') return err('Only articles you added can be deleted.');
  return guarded(async () => {
    await db.transaction('rw', [db.outlets, db.articles, db.heads, db.claims], async () => {
      await db.claims.where('articleId').equals(id).delete();
      await db.articles.delete(id);
      await db.heads.delete(id);
      const outlet = await db.outlets.get(article.outletId);
      if (outlet?.origin === 'user' && (await db.articles.where('outletId').equals(outlet.id).count()) === 0) await db.outlets.delete(outlet.id);
    });
    return null;
  }, WHAT);
}

/**
 * Extracts every article the reader added from a page again, with the entities and facets known
 * now. Imported articles keep the claims their pack gave them (made with rules this copy may lack).
 */
export async function reextractArticles(db: ParallaxDb, rules: readonly FacetRule[]): Promise<Result<{ articles: number; claims: number }>> {
  // Compiling every known name holds the worker for most of a second with a large corpus: not when
  // there is nothing to extract (a first start). An article added meanwhile was extracted with these rules.
  const fromPages = await db.articles
    .where('origin')
    .equals('user')
    .filter((a) => a.fromPage === true)
    .count();
  if (fromPages === 0) {
    return guarded(async () => {
      await db.meta.put({ key: EXTRACTED_WITH, value: EXTRACTION_VERSION });
      return { articles: 0, claims: 0 };
    }, WHAT);
  }
  const known = await knownCorpus(db);
  const base = await currentBase(known, rules);
  const names = new Map((await known.outlets()).map((o) => [o.id, o.name]));
  return guarded(
    () =>
      db.transaction('rw', [db.outlets, db.articles, db.claims, db.meta], async () => {
        const articles = await db.articles
          .where('origin')
          .equals('user')
          .filter((a) => a.fromPage === true)
          .toArray();
        let claims = 0;
        for (const a of articles) claims += (await replaceClaims(db, withoutOrigin(a), base, names.get(a.outletId))).length;
        // The rules they were extracted with: the start extracts them again only when these change.
        await db.meta.put({ key: EXTRACTED_WITH, value: EXTRACTION_VERSION });
        return { articles: articles.length, claims };
      }),
    WHAT,
  );
}
