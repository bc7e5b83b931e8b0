/**
 * packFromArticles: articles read from pages (with their outlets) in, a claim pack out, with the
 * gazetteer, entities and facet rules of the seed corpus. There are no hand-marked sections here,
 * so a claim links only the entities its sentence names, and gets a facet only when it names the
 * facet's event. Pure: the same inputs (and `undatedAs`) give the same pack.
 */
import { PACK_FORMAT, type Article, type ClaimPack, type Entity, type Outlet } from '../pack/types';
import { compileGazetteer, toGazetteerEntry } from '../spot/gazetteer';
import { extractClaims, type FacetRule } from './claims';
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
function articleId(outlet: Outlet, published: string, title: string, taken: Set<string>): string {
  const full = slug(title);
  const words = full.length <= 60 ? full : full.slice(0, 60).replace(/-[^-]*$/, '');
  const base = `user-${outlet.id.replace(/^user-/, '')}-${published}-${words || 'article'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function packFromArticles(inputs: readonly ArticleInput[], base: PackBase, options: PackOptions = {}): ClaimPack {
  const undated = options.undatedAs ?? new Date().toISOString().slice(0, 10);
  const gazetteer = compileGazetteer(base.entities.map(toGazetteerEntry));
  const entities = new Map(base.entities.map((e) => [e.id, e]));
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
    articles.push({
      id: articleId(outlet, published, page.title, taken),
      outletId: outlet.id,
      title: page.title,
      published,
      ...(page.byline ? { byline: page.byline } : {}),
      ...(page.url ? { url: page.url } : {}),
      text: page.text,
    });
  }
  return {
    format: PACK_FORMAT,
    outlets: [...outlets.values()],
    articles,
    entities: base.entities,
    facets: base.facets.map(({ cues: _cues, ...facet }) => facet),
    claims: articles.flatMap((a) => extractClaims(a, { gazetteer, entities, facets: base.facets })),
  };
}
