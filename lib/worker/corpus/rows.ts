/** The extraction base: what the reader's articles are extracted against. */
import { extractBase, type ExtractBase } from '../../core/extract/article-pack';
import type { FacetRule } from '../../core/extract/claims';
import type { KnownCorpus } from '../sources/known';

/**
 * Every known entity (the bundled pack's and the reader's) and the facet rules: the bundled rules
 * with their cues, and any facet a pack brought without cues (it is kept, but no sentence is matched to it).
 */
export async function currentBase(known: KnownCorpus, rules: readonly FacetRule[]): Promise<ExtractBase> {
  const ruled = new Set(rules.map((r) => r.id));
  const extra = (await known.facets()).filter((f) => !ruled.has(f.id)).map((f) => ({ ...f, cues: [] }));
  return extractBase(await known.entities(), [...rules, ...extra]);
}
