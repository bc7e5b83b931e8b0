/**
 * Runs the extraction `npm run extract` uses on every page of a set folder: page-article reads the
 * page, outlet-for-article finds its outlet among the set pack's outlets, article-pack makes the
 * claims with the pack's entities and facets. One article at a time, so a page that breaks
 * extraction is reported and the others are still scored. Node only (reads files, linkedom).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { packFromArticles, type PackBase } from '../../core/extract/article-pack';
import type { FacetRule } from '../../core/extract/claims';
import { outletFor } from '../../core/extract/outlet-for-article';
import { articleFromDocument } from '../../core/extract/page-article';
import type { ClaimPack } from '../../core/pack/types';
import type { ExtractedClaim } from './score';

export interface ArticleRun {
  file: string;
  claims: ExtractedClaim[];
  /** The article's text as extraction read it ('' when it could not be read). */
  text: string;
  error?: string;
}

/** Pages are dated; this only keeps a page without a date from being dated "today". */
const UNDATED_AS = '2000-01-01';

/** The pack's facets as extraction rules: a facet may carry `cues` (as in seeds/facets.json), else none. */
export function packBase(pack: ClaimPack): PackBase {
  const facets: FacetRule[] = pack.facets.map((f) => {
    const cues = (f as { cues?: unknown }).cues;
    return { ...f, cues: Array.isArray(cues) ? cues.filter((c): c is string => typeof c === 'string') : [] };
  });
  return { outlets: pack.outlets, entities: pack.entities, facets };
}

/** The CLI's reading of a page, without its file checks: UTF-8, a bare fragment given an <html>. */
function pageHtml(raw: string): string {
  return /<html[\s>]/i.test(raw) ? raw : `<!doctype html><html><head></head><body>${raw}</body></html>`;
}

export function extractArticle(dir: string, file: string, base: PackBase): ArticleRun {
  try {
    const { document } = parseHTML(pageHtml(readFileSync(join(dir, file), 'utf8')));
    const page = articleFromDocument(document as unknown as Document, undefined);
    if (!page.ok) return { file, claims: [], text: '', error: page.error };
    const outlet = outletFor(base.outlets, page.value.url, page.value.siteName);
    const pack = packFromArticles([{ article: page.value, outlet }], base, { undatedAs: UNDATED_AS });
    return { file, claims: pack.claims, text: page.value.text };
  } catch (e) {
    return { file, claims: [], text: '', error: (e instanceof Error ? e.message : String(e)).split('\n')[0] };
  }
}
