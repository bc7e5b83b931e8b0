/**
 * The reader teaching Parallax names: the candidates found in their articles, and accepting one as
 * a known entity (origin 'user'), after which their articles are extracted again so it is linked.
 */
import type { FacetRule } from '../extract/claims';
import { slug } from '../extract/outlet-for-article';
import { guarded } from '../db/guarded';
import type { ParallaxDb } from '../db/schema';
import { err, ok, type Entity, type Result } from '../pack/types';
import { compileGazetteer, toGazetteerEntry } from '../spot/gazetteer';
import { foldPhrase } from '../spot/normalise';
import { reextractArticles } from './articles';
import { candidateNames } from './candidates';
import { withoutOrigin } from './rows';
import type { Candidate, NewEntity } from './types';

export async function candidatesIn(db: ParallaxDb): Promise<Result<Candidate[]>> {
  return guarded(async () => {
    const entities = (await db.entities.toArray()).map(withoutOrigin);
    const articles = (await db.articles.where('origin').equals('user').toArray()).map(withoutOrigin);
    return candidateNames(articles, compileGazetteer(entities.map(toGazetteerEntry)), entities.flatMap((e) => e.aliases));
  }, 'your corpus');
}

/** The entity the reader described: trimmed, its name always among its aliases, each alias once. */
export function entityFrom(input: NewEntity): Entity {
  const name = input.name.trim().replace(/\s+/g, ' ');
  const aliases = new Map<string, string>();
  // The first spelling of each folded form is kept, so the name stays as the reader wrote it.
  for (const a of [name, ...input.aliases].map((x) => x.trim().replace(/\s+/g, ' ')).filter(Boolean)) if (!aliases.has(foldPhrase(a))) aliases.set(foldPhrase(a), a);
  return { id: `user-${slug(name) || 'name'}`, name, type: input.type, aliases: [...aliases.values()], description: input.description?.trim() || 'A name you added from your articles.' };
}

export async function acceptCandidate(db: ParallaxDb, input: NewEntity, rules: readonly FacetRule[]): Promise<Result<{ entity: Entity; claims: number }>> {
  const entity = entityFrom(input);
  if (!entity.name) return err('Give the name.');
  const existing = await db.entities.get(entity.id);
  if (existing) return err(`“${existing.name}” is already known.`);
  const folded = new Map(entity.aliases.map((a) => [foldPhrase(a), a]));
  for (const other of await db.entities.toArray()) {
    const clash = other.aliases.find((a) => folded.has(foldPhrase(a)));
    if (clash) return err(`“${folded.get(foldPhrase(clash))}” already names “${other.name}”.`);
  }
  const stored = await guarded(() => db.entities.put({ ...entity, origin: 'user' }), 'your corpus');
  if (!stored.ok) return stored;
  const again = await reextractArticles(db, rules);
  if (!again.ok) return again;
  return ok({ entity, claims: await db.claims.where('entityIds').equals(entity.id).count() });
}
