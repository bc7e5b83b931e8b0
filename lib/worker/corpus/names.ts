/**
 * The reader teaching Parallax names: the candidates found in their articles, and accepting one as
 * a known entity (origin 'user'), after which their articles are extracted again and every other
 * claim that names it is linked to it, the bundled pack's included.
 */
import type { FacetRule } from '../../core/extract/claims';
import { slug } from '../../core/extract/outlet-for-article';
import { guarded } from '../db/guarded';
import { type ParallaxDb, type Row, withoutOrigin } from '../db/schema';
import { knownCorpus } from '../sources/known';
import type { Claim, Entity } from '../../core/pack/types';
import { err, ok, type Result } from '../../core/result';
import { compileGazetteer, type Gazetteer, toGazetteerEntry } from '../../core/spot/gazetteer';
import { findMentions } from '../../core/spot/mentions';
import { foldPhrase } from '../../core/spot/normalise';
import { MAX_NOTE } from '../../core/pack/bounds';
import { withoutHiddenMarks } from '../../core/pack/shown-text';
import { reextractArticles } from './articles';
import { candidateNames } from './candidates';
import type { Candidate, NewEntity } from '../../core/corpus/types';

const DISMISSED = 'dismissedNames';

/** The folded forms of the names the reader said are not names. */
async function dismissed(db: ParallaxDb): Promise<string[]> {
  return ((await db.meta.get(DISMISSED))?.value as string[] | undefined) ?? [];
}

export async function candidatesIn(db: ParallaxDb): Promise<Result<Candidate[]>> {
  return guarded(async () => {
    const entities = await (await knownCorpus(db)).entities();
    const articles = (await db.articles.where('origin').equals('user').toArray()).map(withoutOrigin);
    // A dismissed name counts as known: neither it nor its spellings are offered again.
    const notNames = await dismissed(db);
    return candidateNames(articles, compileGazetteer(entities.map(toGazetteerEntry)), [...entities.flatMap((e) => e.aliases), ...notNames]);
  }, 'your corpus');
}

/** Remembers that a candidate is not a name (in this database only; it is no part of a pack). */
export async function dismissCandidate(db: ParallaxDb, name: string): Promise<Result<null>> {
  return guarded(
    () =>
      db.transaction('rw', db.meta, async () => {
        const folded = foldPhrase(name);
        const now = await dismissed(db);
        if (!now.includes(folded)) await db.meta.put({ key: DISMISSED, value: [...now, folded] });
        return null;
      }),
    'your corpus',
  );
}

/** The entity the reader described: trimmed, its name always among its aliases, each alias once. */
export function entityFrom(input: NewEntity): Entity {
  const name = input.name.trim().replace(/\s+/g, ' ');
  const aliases = new Map<string, string>();
  // The first spelling of each folded form is kept, so the name stays as the reader wrote it.
  for (const a of [name, ...input.aliases].map((x) => x.trim().replace(/\s+/g, ' ')).filter(Boolean))
    if (!aliases.has(foldPhrase(a))) aliases.set(foldPhrase(a), a);
  const list = [...aliases.values()];
  // A one-word name ("Telegram", "Residents") or an acronym ("VIP") is often also a common word
  // in lower case: like the seed's PACE, it counts only as written. Longer names match in any case.
  const exactCase = list.filter((a) => !/\s/.test(a));
  return {
    id: `user-${slug(name) || 'name'}`,
    name,
    type: input.type,
    aliases: list,
    // As a pack's is held (../../core/pack/schema.ts): what a card's header shows, bounded and free of
    // marks that reorder text, so that the reader's corpus, exported, is read back.
    description:
      withoutHiddenMarks(input.description ?? '')
        .trim()
        .slice(0, MAX_NOTE) || 'A name you added from your articles.',
    ...(exactCase.length > 0 ? { rules: { exactCase } } : {}),
  };
}

/** The bundled pack's claims, read when the reader's names are to be linked in them. */
export type BundledClaims = () => Promise<Result<readonly Claim[]>>;

export async function acceptCandidate(
  db: ParallaxDb,
  input: NewEntity,
  rules: readonly FacetRule[],
  bundledClaims: BundledClaims,
): Promise<Result<{ entity: Entity; claims: number }>> {
  const entity = entityFrom(input);
  if (!entity.name) return err('Give the name.');
  const folded = new Map(entity.aliases.map((a) => [foldPhrase(a), a]));
  const known = await knownCorpus(db);
  // The check and the write in one transaction: two accepts at once cannot both pass it. (The
  // bundled pack's entities are read in it too.)
  const stored = await guarded(
    () =>
      db.transaction('rw', db.entities, db.packParts, async (): Promise<Result<null>> => {
        const entities = await known.entities();
        const existing = entities.find((e) => e.id === entity.id);
        if (existing) return err(`“${existing.name}” is already known.`);
        for (const other of entities) {
          const clash = other.aliases.find((a) => folded.has(foldPhrase(a)));
          if (clash) return err(`“${folded.get(foldPhrase(clash))}” already names “${other.name}”.`);
        }
        await db.entities.put({ ...entity, origin: 'user' });
        return ok(null);
      }),
    'your corpus',
  );
  const written = stored.ok ? stored.value : stored;
  if (!written.ok) return written;
  const again = await reextractArticles(db, rules);
  if (!again.ok) return err(`“${entity.name}” is known now, but your articles could not be extracted again: ${again.error}`);
  const linked = await linkUserNames(db, bundledClaims);
  if (!linked.ok) return linked;
  return ok({ entity, claims: await db.claims.where('entityIds').equals(entity.id).count() });
}

/** The ids of the reader's names the quote names and the claim does not link yet. */
function missingNames(gazetteer: Gazetteer, claim: Claim): string[] {
  return [...new Set(findMentions(gazetteer, claim.quote).map((m) => m.entityId))].filter((id) => !claim.entityIds.includes(id));
}

/**
 * Links the reader's names in every stored claim whose sentence names them: their own claims, and
 * the bundled pack's, which are not extracted here. A bundled claim that names one is stored as a
 * live copy with the links (origin 'linked'), which wins its id when cards read it (sources/merged.ts);
 * the bundled pack's claims on an article the reader holds are not shown, and get none. Adds links
 * only; run again after anything rewrites claims (a new bundled pack, an import, an article deleted).
 */
export async function linkUserNames(db: ParallaxDb, bundledClaims: BundledClaims): Promise<Result<number>> {
  const mine = (await db.entities.where('origin').equals('user').toArray()).map(withoutOrigin);
  if (mine.length === 0) return ok(0);
  const bundled = await bundledClaims();
  if (!bundled.ok) return bundled;
  return guarded(async () => {
    const gazetteer = compileGazetteer(mine.map(toGazetteerEntry));
    return db.transaction('rw', db.claims, db.heads, async () => {
      const changed: Row<Claim>[] = [];
      const live = await db.claims.toArray();
      for (const claim of live) {
        const missing = missingNames(gazetteer, claim);
        if (missing.length > 0) changed.push({ ...claim, entityIds: [...claim.entityIds, ...missing] });
      }
      const taken = new Set(live.map((c) => c.id));
      const theirs = new Set((await db.heads.toCollection().primaryKeys()) as string[]);
      for (const claim of bundled.value) {
        if (taken.has(claim.id) || theirs.has(claim.articleId)) continue;
        const missing = missingNames(gazetteer, claim);
        if (missing.length > 0) changed.push({ ...claim, entityIds: [...claim.entityIds, ...missing], origin: 'linked' });
      }
      await db.claims.bulkPut(changed);
      return changed.length;
    });
  }, 'your corpus');
}
