/**
 * validatePack: checks an untrusted claim pack in full before anything is written, and names the
 * first bad field ("claims[3].quote: …") so a user can find and fix it. The shape comes from the
 * schema (schema.ts); what a schema cannot say — ids unique and known, quotes verbatim, the alias
 * rule — is checked here. The pack returned is rebuilt from known fields: unknown keys are dropped.
 */
import type * as v from 'valibot';
import { firstProblem, isObj, under } from '../schema-issues';
import { namesOneSite } from './domains';
import { aliasProblem } from './aliases';
import { ArticleSchema, ClaimPackSchema, ClaimSchema, EntitySchema } from './schema';
import type { ClaimPack } from './types';
import { err, ok, type Result } from '../result';

class Bad extends Error {}
/** The most questions (facets) a pack may ask about one event. */
const MAX_FACETS_PER_EVENT = 200;
/** Top-level fields are named under "pack" ("pack.facets"), rows by their list ("outlets[2].labels.bias"). */
const packPath = (keys: readonly (string | number)[]) => (keys.length <= 1 ? under('pack')(keys) : under('')(keys));
const bad = (message: string): never => {
  throw new Bad(message);
};
const fail = (path: string, what: string): never => bad(`${path}: ${what}`);
/** The top-level field a problem is in ("pack.facets: …" and "facets[2].id: …" are both in `facets`). */
const fieldOf = (problem: string) => problem.replace(/^pack\./, '').split(/[.[:]/)[0];

/** A step (a yield) every `slice` calls of `tick`: tables of tens of thousands of rows are checked over several tasks. */
function stepper(slice: number) {
  let n = 0;
  return () => ++n % slice === 0;
}

function* ids<T extends { id: string }>(rows: T[], kind: string, tick: () => boolean): Generator<void, Map<string, T>> {
  const seen = new Map<string, T>();
  for (const [i, row] of rows.entries()) {
    if (tick()) yield;
    if (seen.has(row.id)) fail(`${kind}[${i}].id`, `duplicate id "${row.id}"`);
    seen.set(row.id, row);
  }
  return seen;
}
const known = (map: Map<string, unknown>, id: string, path: string) => map.has(id) || fail(path, `unknown id "${id}"`);

/** The references among outlets, articles, entities and facets; answers the maps claims are checked against. */
function* checkTables(pack: ClaimPack, slice: number) {
  const tick = stepper(slice);
  // The schema checks its shape; a month 13 or a minute 60 has that shape and is no time.
  if (pack.issued !== undefined && Number.isNaN(Date.parse(pack.issued))) fail('pack.issued', 'must be a date and time such as 2026-11-27T09:00:00Z');
  const outlets = yield* ids(pack.outlets, 'outlets', tick);
  pack.outlets.forEach((o, i) => {
    for (const axis of Object.keys(o.labels)) if (!Object.hasOwn(o.labelBasis, axis)) fail(`outlets[${i}].labelBasis.${axis}`, 'must be an object');
    o.domains.forEach((d, j) => {
      // An outlet at "com" would take every .com article added afterwards, known outlets' included.
      if (!namesOneSite(d))
        fail(`outlets[${i}].domains[${j}]`, `"${d}" is not one site's domain (a public suffix such as "com" or "co.uk" is every site's)`);
    });
  });
  const articles = yield* ids(pack.articles, 'articles', tick);
  for (const [i, a] of pack.articles.entries()) {
    if (tick()) yield;
    known(outlets, a.outletId, `articles[${i}].outletId`);
  }
  const entities = yield* ids(pack.entities, 'entities', tick);
  for (const [i, e] of pack.entities.entries()) {
    if (tick()) yield;
    e.aliases.forEach((alias, j) => {
      const problem = aliasProblem(alias, e);
      if (problem) fail(`entities[${i}].aliases[${j}]`, problem);
    });
    e.rules?.linkWhenPageNames?.forEach((id, j) => {
      known(entities, id, `entities[${i}].rules.linkWhenPageNames[${j}]`);
    });
  }
  const facets = yield* ids(pack.facets, 'facets', tick);
  const perEvent = new Map<string, number>();
  pack.facets.forEach((f, i) => {
    known(entities, f.eventId, `facets[${i}].eventId`);
    // A card reads every question of its event: a million of them held the first card for 19 s
    // (session-16 attack suite). No real pack asks that many of one event.
    const count = (perEvent.get(f.eventId) ?? 0) + 1;
    perEvent.set(f.eventId, count);
    if (count > MAX_FACETS_PER_EVENT)
      fail(`facets[${i}].eventId`, `more than ${MAX_FACETS_PER_EVENT} questions about "${f.eventId}" (a card shows them all)`);
  });
  return { outlets, articles, entities, facets, claimIds: new Set<string>() };
}

type Tables = ReturnType<typeof checkTables> extends Generator<void, infer T> ? T : never;

function checkClaim(c: ClaimPack['claims'][number], i: number, known_: Tables): void {
  const { outlets, articles, entities, facets, claimIds } = known_;
  const p = `claims[${i}]`;
  if (claimIds.has(c.id)) fail(`${p}.id`, `duplicate id "${c.id}"`);
  claimIds.add(c.id);
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
}

/** Each row of a long list parsed by its schema, a step (a yield) every `slice` rows. */
function* rowsOf<S extends v.GenericSchema>(schema: S, rows: unknown[], list: string, slice: number): Generator<void, v.InferOutput<S>[]> {
  const out: v.InferOutput<S>[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % slice === 0) yield;
    const row = firstProblem(schema, rows[i], (keys) => packPath([list, i, ...keys]));
    out.push(row.ok ? row.value : bad(row.error));
  }
  return out;
}

/** Fields the schema checks after `entities` and before `claims`. */
const BETWEEN_LISTS = new Set(['facets']);

/**
 * Every check, in the order a reader would find the problems: the pack's fields in the schema's
 * order (the long lists, articles, entities and claims, row by row), then the references. Yields
 * between slices of rows; throws Bad with the first problem.
 */
function* checks(input: unknown, slice: number): Generator<void, ClaimPack> {
  if (!isObj(input) || !Array.isArray(input.articles) || !Array.isArray(input.entities) || !Array.isArray(input.claims)) {
    const whole = firstProblem(ClaimPackSchema, input, packPath);
    const pack = whole.ok ? whole.value : bad(whole.error);
    yield* checkTables(pack, slice);
    return pack;
  }
  // The pack without its long lists, checked at once; its problem is reported where the schema
  // would meet it (facets come between the entities and the claims).
  const rest = firstProblem(ClaimPackSchema, { ...input, articles: [], entities: [], claims: [] }, packPath);
  if (!rest.ok && !BETWEEN_LISTS.has(fieldOf(rest.error))) bad(rest.error);
  const articles = yield* rowsOf(ArticleSchema, input.articles, 'articles', slice);
  const entities = yield* rowsOf(EntitySchema, input.entities, 'entities', slice);
  const shell = rest.ok ? rest.value : bad(rest.error);
  const claims = yield* rowsOf(ClaimSchema, input.claims, 'claims', slice);
  const pack: ClaimPack = { ...shell, articles, entities, claims };
  const tables = yield* checkTables(pack, slice);
  for (let i = 0; i < claims.length; i++) {
    if (i > 0 && i % slice === 0) yield;
    checkClaim(claims[i], i, tables);
  }
  return pack;
}

function finish(e: unknown): Result<never> {
  if (e instanceof Bad) return err(`Not a valid claim pack: ${e.message}`);
  throw e;
}

export function validatePack(input: unknown): Result<ClaimPack> {
  try {
    const run = checks(input, Number.POSITIVE_INFINITY);
    for (let step = run.next(); ; step = run.next()) if (step.done) return ok(step.value);
  } catch (e) {
    return finish(e);
  }
}

/**
 * validatePack with a pause every `slice` rows, so a worker checking a 100,000-claim pack keeps
 * answering cards and the popup: the same checks, in the same order, with the same answer.
 */
export async function validatePackInSteps(input: unknown, pause: () => Promise<void>, slice = 250): Promise<Result<ClaimPack>> {
  try {
    const run = checks(input, slice);
    for (let step = run.next(); ; step = run.next()) {
      if (step.done) return ok(step.value);
      await pause();
    }
  } catch (e) {
    return finish(e);
  }
}
