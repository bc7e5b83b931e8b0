/**
 * Hand corrections, kept as data in seeds/overrides.json, for sentences where the extraction
 * rules get the speaker, mode, facets or entities wrong. Each must match exactly one claim, so a
 * stale override fails the build instead of silently doing nothing.
 */
import type { Claim, ClaimMode, Speaker } from '../pack/types';

export interface Override {
  articleId: string;
  /** The beginning of the claim's quote, verbatim. */
  quoteStartsWith: string;
  speaker?: Speaker;
  mode?: ClaimMode;
  addFacets?: string[];
  removeFacets?: string[];
  addEntities?: string[];
  removeEntities?: string[];
  /** Drop the sentence: it is not a claim about anything. */
  drop?: boolean;
  why: string;
}

export function applyOverrides(claims: Claim[], overrides: Override[]): Claim[] {
  let out = claims;
  for (const o of overrides) {
    const hits = out.filter((c) => c.articleId === o.articleId && c.quote.startsWith(o.quoteStartsWith));
    if (hits.length !== 1) {
      throw new Error(`seeds/overrides.json: "${o.quoteStartsWith}" in ${o.articleId} matches ${hits.length} claims, not 1`);
    }
    const c = hits[0];
    if (o.drop) {
      out = out.filter((x) => x !== c);
      continue;
    }
    const fixed: Claim = {
      ...c,
      speaker: o.speaker ?? c.speaker,
      mode: o.mode ?? c.mode,
      facetIds: [...new Set([...c.facetIds, ...(o.addFacets ?? [])])].filter((f) => !o.removeFacets?.includes(f)),
      entityIds: [...new Set([...c.entityIds, ...(o.addEntities ?? [])])].filter((e) => !o.removeEntities?.includes(e)),
    };
    out = out.map((x) => (x === c ? fixed : x));
  }
  return out;
}
