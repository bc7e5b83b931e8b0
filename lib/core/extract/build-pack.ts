/**
 * buildPack: the hand-kept seed data (articles with their sections, outlets, entities, facet
 * rules, overrides) in, a claim pack out. Pure and deterministic, so seeds/corpus.json can be
 * rebuilt byte for byte and checked for staleness.
 */
import { PACK_FORMAT, type Article, type ClaimPack, type Entity, type Outlet } from '../pack/types';
import { compileGazetteer, toGazetteerEntry } from '../spot/gazetteer';
import { extractClaims, type FacetRule, type Section } from './claims';
import { applyOverrides, type Override } from './overrides';

export interface SeedArticle extends Omit<Article, 'text'> {
  file: string;
  sections: { at: string; events: string[] }[];
}

export interface SeedData {
  articles: (SeedArticle & { text: string })[];
  outlets: Outlet[];
  entities: Entity[];
  facets: FacetRule[];
  overrides: Override[];
}

/** Finds each section's opening words in order; a missing one is an error in the seed data. */
export function locateSections(a: SeedArticle & { text: string }): Section[] {
  let from = 0;
  return a.sections.map((s) => {
    const start = a.text.indexOf(s.at, from);
    if (start < 0) throw new Error(`seeds/articles.json: section "${s.at}" not found in ${a.id} after offset ${from}`);
    from = start + 1;
    return { start, events: s.events };
  });
}

export function buildPack(seed: SeedData): ClaimPack {
  const gazetteer = compileGazetteer(seed.entities.map(toGazetteerEntry));
  const entities = new Map(seed.entities.map((e) => [e.id, e]));
  const claims = seed.articles.flatMap((a) => extractClaims(a, { gazetteer, entities, facets: seed.facets, sections: locateSections(a) }));
  return {
    format: PACK_FORMAT,
    outlets: seed.outlets,
    articles: seed.articles.map(({ file: _file, sections: _sections, ...article }) => article),
    entities: seed.entities,
    facets: seed.facets.map(({ cues: _cues, ...facet }) => facet),
    claims: applyOverrides(claims, seed.overrides),
  };
}
