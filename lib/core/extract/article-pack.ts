/**
 * packFromArticles: articles read from pages (with their outlets) in, a claim pack out, with the
 * gazetteer, entities and facet rules of the seed corpus. There are no hand-marked sections here:
 * the events a headline or first paragraph names are taken as what the whole article is about,
 * and otherwise a claim links only the entities its sentence names. Pure: the same inputs (and
 * `undatedAs`) give the same pack.
 */
import { PACK_FORMAT, type Article, type Claim, type ClaimPack, type Entity, type Outlet } from '../pack/types';
import { compileGazetteer, toGazetteerEntry, type Gazetteer } from '../spot/gazetteer';
import { findMentions } from '../spot/mentions';
import { extractClaims, extractClaimsInSlices, type ExtractContext, type FacetRule } from './claims';
import { slug } from './outlet-for-article';
import type { PageArticle } from './page-article';

export interface ArticleInput {
  article: PageArticle;
  outlet: Outlet;
}

export interface PackBase {
  outlets: Outlet[];
  entities: Entity[];
  facets: FacetRule[];
}

export interface PackOptions {
  /** The date (YYYY-MM-DD) given to an article whose page has none; default: today (UTC). */
  undatedAs?: string;
}

/**
 * `user-` + outlet id + date + title slug (at most 60 characters), with -2, -3… for repeats. A new
 * outlet's id already starts with `user-`; it is not doubled ("user-example-com-2024-01-25-…").
 */
export function articleId(outlet: Outlet, published: string, title: string, taken: { has(id: string): boolean; add(id: string): unknown }): string {
  const full = slug(title);
  const words = full.length <= 60 ? full : full.slice(0, 60).replace(/-[^-]*$/, '');
  const base = `user-${outlet.id.replace(/^user-/, '')}-${published}-${words || 'article'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The pack's article for a page read from the web, under the given id and date. */
export function articleFromPage(page: PageArticle, outletId: string, id: string, published: string): Article {
  return {
    id,
    outletId,
    title: page.title,
    published,
    ...(page.byline ? { byline: page.byline } : {}),
    ...(page.url ? { url: page.url } : {}),
    text: page.text,
  };
}

/** What extraction needs, compiled once for many articles. */
export interface ExtractBase {
  gazetteer: Gazetteer;
  entities: Map<string, Entity>;
  facets: FacetRule[];
}

export function extractBase(entities: readonly Entity[], facets: FacetRule[]): ExtractBase {
  return { gazetteer: compileGazetteer(entities.map(toGazetteerEntry)), entities: new Map(entities.map((e) => [e.id, e])), facets };
}

/** The claims of an article read from a page: its headline's and lede's events frame the whole text. */
export function claimsOfArticle(article: Article, base: ExtractBase): Claim[] {
  return extractClaims(article, framed(article, base));
}

/** The same, pausing every few hundred sentences (see extractClaimsInSlices). */
export function claimsOfArticleInSlices(article: Article, base: ExtractBase, pause: () => Promise<void>): Promise<Claim[]> {
  return extractClaimsInSlices(article, framed(article, base), pause);
}

function framed(article: Article, base: ExtractBase): ExtractContext {
  const lede = `${article.title}\n${article.text.split('\n', 1)[0]}`;
  const events = [...new Set(findMentions(base.gazetteer, lede).map((m) => m.entityId))].filter((id) => base.entities.get(id)?.type === 'event');
  return { ...base, sections: events.length > 0 ? [{ start: 0, events }] : undefined };
}

export function packFromArticles(inputs: readonly ArticleInput[], base: PackBase, options: PackOptions = {}): ClaimPack {
  const undated = options.undatedAs ?? new Date().toISOString().slice(0, 10);
  const compiled = extractBase(base.entities, base.facets);
  const known = new Map(base.outlets.map((o) => [o.id, o]));
  const outlets = new Map<string, Outlet>();
  const taken = new Set<string>();
  const articles: Article[] = [];
  for (const { article: page, outlet } of inputs) {
    // A known outlet is written as the base has it; a new one seen twice gathers its domains.
    const seen = outlets.get(outlet.id);
    if (!seen) outlets.set(outlet.id, known.get(outlet.id) ?? { ...outlet, domains: [...outlet.domains] });
    else if (!known.has(outlet.id)) seen.domains = [...new Set([...seen.domains, ...outlet.domains])];
    const published = page.published ?? undated;
    articles.push(articleFromPage(page, outlet.id, articleId(outlet, published, page.title, taken), published));
  }
  return {
    format: PACK_FORMAT,
    outlets: [...outlets.values()],
    articles,
    entities: base.entities,
    facets: base.facets.map(({ cues: _cues, ...facet }) => facet),
    claims: articles.flatMap((a) => claimsOfArticle(a, compiled)),
  };
}
