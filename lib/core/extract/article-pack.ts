/**
 * packFromArticles: articles read from pages (with their outlets) in, a claim pack out, with the
 * gazetteer, entities and facet rules of the seed corpus. There are no hand-marked sections here:
 * the events a headline or first paragraph names are taken as what the whole article is about,
 * and otherwise a claim links only the entities its sentence names. Pure: the same inputs (and
 * `undatedAs`) give the same pack.
 */
import { PACK_FORMAT, type Article, type Claim, type ClaimPack, type Entity, type Outlet } from '../pack/types';
import { withoutHiddenMarks } from '../pack/shown-text';
import { isArticleUrl } from '../pack/schema';
import { compileGazetteer, toGazetteerEntry, type Gazetteer } from '../spot/gazetteer';
import { findMentions } from '../spot/mentions';
import { extractClaims, extractClaimsInSlices, type ExtractContext, type FacetRule } from './claims';
import { looselyNamedEvents } from './loose-event';
import { boilerplateRuleFor } from './boilerplate';
import { notReporting } from './not-reporting';
import { paragraphsOf } from './sentences';
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

/**
 * Longer than these, a page's byline or title is no byline or headline but a notice in every card row
 * of its claims ("NOTICE: Parallax has verified this outlet. …", 20,000 characters; found by the tenth
 * attack suite), as a site name would be (outlet-for-article.ts): the byline is left out, the title cut.
 */
const MAX_BYLINE_CHARS = 200;
const MAX_TITLE_CHARS = 300;
function cutTitle(s: string, max: number): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  const kept = chars.slice(0, max - 1).join('');
  return `${kept.trimEnd()}…`;
}

/** The pack's article for a page read from the web, under the given id and date. */
export function articleFromPage(page: PageArticle, outletId: string, id: string, published: string): Article {
  return {
    id,
    outletId,
    // Read off a page: no mark that would reorder or hide what is shown after it (shown-text.ts).
    title: cutTitle(withoutHiddenMarks(page.title), MAX_TITLE_CHARS),
    published,
    ...(page.byline && [...page.byline].length <= MAX_BYLINE_CHARS ? { byline: withoutHiddenMarks(page.byline) } : {}),
    // An address a pack may hold (../pack/schema.ts), or none: the reader's corpus is then exported and read back whole.
    ...(page.url && isArticleUrl(page.url) ? { url: page.url } : {}),
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

/** The article's first paragraph of reporting: not a by-line, a time stamp or other page furniture left above it. */
function firstReportingParagraph(article: Article): string {
  const paragraphs = paragraphsOf(article.text);
  const first = paragraphs.find((p, i) => boilerplateRuleFor(p, paragraphs[i - 1], article.byline) === undefined && !notReporting(p.text));
  return first?.text ?? '';
}

/**
 * What an article read from a page is about, framing every sentence of it: the events its headline
 * or first paragraph names; else the event its text names most often; else an event its headline or
 * first paragraph names in words of its own (./loose-event.ts), or two of its paragraphs do, or the
 * one event whose names alone its headline or first paragraph holds; else the known entities its
 * headline and first paragraph name (a place only if the page names it again); else the person or
 * organisation its text names most often, three times or more. An event named
 * only beyond the lede must be named at least twice: a weather report that mentions the crash
 * once is not about the crash. A page about the
 * crash that calls it "the plane" throughout is still about it, and "those on board" are its subject.
 */
export function articleTopic(article: Article, base: ExtractBase): string[] {
  const named = (text: string) => findMentions(base.gazetteer, text).map((m) => m.entityId);
  const isEvent = (id: string) => base.entities.get(id)?.type === 'event';
  const ledeText = `${article.title}\n${firstReportingParagraph(article)}`;
  const lede = named(ledeText);
  if (lede.some(isEvent)) return [...new Set(lede.filter(isEvent))];
  const counts = new Map<string, number>();
  for (const id of named(`${article.title}\n${article.text}`)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const often = (id: string) => (counts.get(id) ?? 0) >= 2;
  const events = [...counts.keys()].filter((id) => isEvent(id) && often(id));
  const most = Math.max(0, ...events.map((id) => counts.get(id)!));
  if (events.length > 0) return events.filter((id) => counts.get(id) === most);
  const loose = looselyNamedEvents(ledeText, base.entities);
  if (loose.length > 0) return loose;
  // Named in words of its own further down, in two paragraphs at least: a page about it that opens elsewhere.
  const further = new Map<string, number>();
  for (const paragraph of article.text.split('\n').slice(1))
    for (const id of looselyNamedEvents(paragraph, base.entities)) further.set(id, (further.get(id) ?? 0) + 1);
  const oftenLoose = [...further].filter(([, n]) => n >= 2).map(([id]) => id);
  if (oftenLoose.length > 0) return oftenLoose;
  // The names of one event alone in the lede ("the Harnet Bridge" for "Harnet Bridge closure"): that event, if no other.
  const byNames = looselyNamedEvents(ledeText, base.entities, true);
  if (byNames.length === 1) return byNames;
  // …or further down, in two paragraphs at least ("Insider claims CCTV …" over a story that names the Marlowe Gallery later),
  // not by a place's name: a place named twice ("Davos", "Belgorod") is a setting, not the event named after it.
  const namedFurther = new Map<string, number>();
  for (const paragraph of article.text.split('\n').slice(1))
    for (const id of looselyNamedEvents(paragraph, base.entities, true, true)) namedFurther.set(id, (namedFurther.get(id) ?? 0) + 1);
  const byNamesFurther = [...namedFurther].filter(([, n]) => n >= 2).map(([id]) => id);
  if (byNamesFurther.length === 1) return byNamesFurther;
  // A place in the headline is a setting, named once in passing ("Weather in Moscow"); anything else is the subject.
  const ledeTopic = [...new Set(lede)].filter((id) => often(id) || base.entities.get(id)?.type !== 'place');
  if (ledeTopic.length > 0) return ledeTopic;
  // A lede that names nothing known ("Relatives of three cleaners say they have heard nothing"): the
  // person, organisation or group the page keeps naming is its subject. Three times, so that one quoted in
  // passing is not; never a place, which a page names as a setting however often.
  const speaks = (id: string) => ['person', 'organization', 'group'].includes(base.entities.get(id)?.type ?? '');
  const subjects = [...counts.keys()].filter((id) => speaks(id) && (counts.get(id) ?? 0) >= 3);
  const top = Math.max(0, ...subjects.map((id) => counts.get(id)!));
  return subjects.filter((id) => counts.get(id) === top);
}

/** The claims of an article read from a page: what it is about (articleTopic) frames the whole text. */
export function claimsOfArticle(article: Article, base: ExtractBase, outletName?: string): Claim[] {
  return extractClaims(article, framed(article, base, outletName));
}

/** The same, pausing every few hundred sentences (see extractClaimsInSlices). */
export function claimsOfArticleInSlices(article: Article, base: ExtractBase, pause: () => Promise<void>, outletName?: string): Promise<Claim[]> {
  return extractClaimsInSlices(article, framed(article, base, outletName), pause);
}

function framed(article: Article, base: ExtractBase, outletName: string | undefined): ExtractContext {
  const topic = articleTopic(article, base);
  return { ...base, outletName, sections: topic.length > 0 ? [{ start: 0, events: topic }] : undefined };
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
    claims: articles.flatMap((a) => claimsOfArticle(a, compiled, outlets.get(a.outletId)?.name)),
  };
}
