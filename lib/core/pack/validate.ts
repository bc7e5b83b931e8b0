/**
 * validatePack: checks an untrusted claim pack in full before anything is written, and names the
 * first bad field ("claims[3].quote: …") so a user can find and fix it. The shape comes from the
 * schema (schema.ts); what a schema cannot say — ids unique and known, quotes verbatim, the alias
 * rule — is checked here. The pack returned is rebuilt from known fields: unknown keys are dropped.
 */
import { firstProblem, under } from '../schema-issues';
import { aliasProblem } from './aliases';
import { ClaimPackSchema } from './schema';
import { err, ok, type ClaimPack, type Result } from './types';

class Bad extends Error {}
/** Top-level fields are named under "pack" ("pack.facets"), rows by their list ("outlets[2].labels.bias"). */
const packPath = (keys: readonly (string | number)[]) => (keys.length <= 1 ? under('pack')(keys) : under('')(keys));
const fail = (path: string, what: string): never => {
  throw new Bad(`${path}: ${what}`);
};

function ids<T extends { id: string }>(rows: T[], kind: string): Map<string, T> {
  const seen = new Map<string, T>();
  rows.forEach((row, i) => {
    if (seen.has(row.id)) fail(`${kind}[${i}].id`, `duplicate id "${row.id}"`);
    seen.set(row.id, row);
  });
  return seen;
}
const known = (map: Map<string, unknown>, id: string, path: string) => map.has(id) || fail(path, `unknown id "${id}"`);

function checkReferences(pack: ClaimPack): void {
  const outlets = ids(pack.outlets, 'outlets');
  pack.outlets.forEach((o, i) => {
    for (const axis of Object.keys(o.labels)) if (!Object.hasOwn(o.labelBasis, axis)) fail(`outlets[${i}].labelBasis.${axis}`, 'must be an object');
  });
  const articles = ids(pack.articles, 'articles');
  pack.articles.forEach((a, i) => {
    known(outlets, a.outletId, `articles[${i}].outletId`);
  });
  const entities = ids(pack.entities, 'entities');
  pack.entities.forEach((e, i) => {
    e.aliases.forEach((alias, j) => {
      const problem = aliasProblem(alias, e);
      if (problem) fail(`entities[${i}].aliases[${j}]`, problem);
    });
    e.rules?.linkWhenPageNames?.forEach((id, j) => {
      known(entities, id, `entities[${i}].rules.linkWhenPageNames[${j}]`);
    });
  });
  const facets = ids(pack.facets, 'facets');
  pack.facets.forEach((f, i) => {
    known(entities, f.eventId, `facets[${i}].eventId`);
  });
  ids(pack.claims, 'claims');
  pack.claims.forEach((c, i) => {
    const p = `claims[${i}]`;
    known(outlets, c.outletId, `${p}.outletId`);
    const article = articles.get(c.articleId) ?? fail(`${p}.articleId`, `unknown id "${c.articleId}"`);
    if (article.outletId !== c.outletId) fail(`${p}.outletId`, `is not the outlet of article "${c.articleId}"`);
    if (article.text.slice(c.start, c.end) !== c.quote) fail(`${p}.quote`, `is not the article's text at ${c.start}–${c.end}`);
    c.entityIds.forEach((id, j) => {
      known(entities, id, `${p}.entityIds[${j}]`);
    });
    c.facetIds.forEach((id, j) => {
      known(facets, id, `${p}.facetIds[${j}]`);
    });
    if (c.speaker.kind === 'entity') known(entities, c.speaker.entityId, `${p}.speaker.entityId`);
  });
}

export function validatePack(input: unknown): Result<ClaimPack> {
  const parsed = firstProblem(ClaimPackSchema, input, packPath);
  if (!parsed.ok) return err(`Not a valid claim pack: ${parsed.error}`);
  try {
    checkReferences(parsed.value);
    return ok(parsed.value);
  } catch (e) {
    if (e instanceof Bad) return err(`Not a valid claim pack: ${e.message}`);
    throw e;
  }
}
