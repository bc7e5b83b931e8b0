/**
 * Accepting a candidate name (lib/worker/corpus/names.ts): entityFrom tidies the reader's input (name
 * trimmed and among its aliases, aliases once each by folding); acceptCandidate stores a user
 * entity, re-extracts the reader's articles so their claims link it, and the background's matcher then
 * spots it; a name already known or an alias naming another entity is refused and nothing is stored.
 */
import { firstSliceState } from '../../../../lib/core/spot/slice-spot';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../lib/worker/handlers';
import { addArticle } from '../../../../lib/worker/corpus/articles';
import { acceptCandidate, candidatesIn, dismissCandidate, entityFrom } from '../../../../lib/worker/corpus/names';
import { foldPhrase } from '../../../../lib/core/spot/normalise';
import { databases, HARBOUR_ID, HARBOUR_PARAGRAPHS, harbourPage, quietWiring, RULES, tables, seedClaims } from './helpers';

const { seeded } = databases('corpus-names');
const MARTA = 'user-marta-kovalenko';

async function withHarbour() {
  const db = await seeded();
  const added = await addArticle(db, harbourPage(), RULES);
  if (!added.ok) throw new Error(added.error);
  return db;
}

describe('entityFrom', () => {
  it('keeps a description as a pack holds one: no marks that reorder text, no longer than a note', () => {
    const e = entityFrom({ name: 'Marta Kovalenko', type: 'person', aliases: [], description: `An \u202eanalyst ${'x'.repeat(3000)}` });
    expect(e.description.startsWith('An analyst x')).toBe(true);
    expect(e.description.length).toBe(2000);
  });

  it('trims the name, makes a user id from it, and gives a default description', () => {
    expect(entityFrom({ name: '  Marta   Kovalenko ', type: 'person', aliases: [] })).toEqual({
      id: MARTA,
      name: 'Marta Kovalenko',
      type: 'person',
      aliases: ['Marta Kovalenko'],
      description: 'A name you added from your articles.',
    });
    expect(entityFrom({ name: 'Pål Jonson', type: 'person', aliases: [], description: '  Minister. ' })).toMatchObject({
      id: 'user-pal-jonson',
      description: 'Minister.',
    });
  });

  it('keeps each alias once by its folded form, drops blanks, and keeps the name among them', () => {
    const e = entityFrom({ name: 'Marta Kovalenko', type: 'person', aliases: ['Kovalenko', ' kovalenko ', 'Marta  Kovalenko', '', '   '] });
    expect(e.aliases).toHaveLength(2);
    expect(e.aliases).toContain('Marta Kovalenko');
    expect(e.aliases.map(foldPhrase).sort()).toEqual(['kovalenko', 'marta kovalenko']);
  });

  // The accept form sends [name, ...variants], and a candidate's variants can be other spellings
  // of the name ("MARTA KOVALENKO" in a capitalised line): the name keeps its own.
  it('keeps the name as written when a variant spelling of it follows', () => {
    const e = entityFrom({ name: 'Marta Kovalenko', type: 'person', aliases: ['Marta Kovalenko', 'MARTA KOVALENKO'] });
    expect(e.aliases).toEqual(['Marta Kovalenko']);
  });

  it('makes one-word aliases count only as written (a name that is also a word), longer ones in any case', () => {
    expect(entityFrom({ name: 'Residents', type: 'group', aliases: ['VIP'] }).rules).toEqual({ exactCase: ['Residents', 'VIP'] });
    expect(entityFrom({ name: 'Marta Kovalenko', type: 'person', aliases: ['Kovalenko'] }).rules).toEqual({ exactCase: ['Kovalenko'] });
  });
});

describe('dismissCandidate', () => {
  it('keeps a name the reader said is not one from being offered again, in any spelling', async () => {
    const db = await seeded();
    await addArticle(db, harbourPage(), RULES);
    expect(await candidatesIn(db)).toMatchObject({ ok: true, value: [{ name: 'Marta Kovalenko' }] });
    expect(await dismissCandidate(db, 'MARTA KOVALENKO')).toEqual({ ok: true, value: null });
    expect(await dismissCandidate(db, 'Marta Kovalenko')).toEqual({ ok: true, value: null });
    expect(await candidatesIn(db)).toEqual({ ok: true, value: [] });
    // Nothing became known: the name is not spotted, and no claim links it.
    expect(await db.entities.where('origin').equals('user').count()).toBe(0);
    expect((await db.meta.get('dismissedNames'))?.value).toEqual(['marta kovalenko']);
  });
});

describe('an accepted one-word name', () => {
  it('is linked where it is written as a name, not where the word is written in lower case', async () => {
    const db = await seeded();
    await addArticle(db, harbourPage(), RULES);
    expect(await acceptCandidate(db, { name: 'Residents', type: 'group', aliases: [] }, RULES, seedClaims)).toMatchObject({
      ok: true,
      value: { claims: 1 },
    });
    const linked = await db.claims.where('entityIds').equals('user-residents').toArray();
    expect(linked.map((c) => c.quote)).toEqual([
      'Residents told local reporters they had seen the aircraft fall into a snowy field outside a village.',
    ]);
  });
});

describe('acceptCandidate', () => {
  it("stores the entity as the reader's, re-extracts, and counts the claims that now link it", async () => {
    const db = await withHarbour();
    const r = await acceptCandidate(
      db,
      { name: 'Marta Kovalenko', type: 'person', aliases: ['Marta Kovalenko', 'marta kovalenko'] },
      RULES,
      seedClaims,
    );
    expect(r).toMatchObject({ ok: true, value: { entity: { id: MARTA, name: 'Marta Kovalenko', type: 'person' }, claims: 2 } });
    const stored = await db.entities.get(MARTA);
    expect(stored?.origin).toBe('user');
    expect(stored?.aliases).toHaveLength(1);
    const linked = await db.claims.where('entityIds').equals(MARTA).sortBy('start');
    expect(linked.map((c) => [c.articleId, c.quote])).toEqual([
      [HARBOUR_ID, HARBOUR_PARAGRAPHS[1]],
      [HARBOUR_ID, HARBOUR_PARAGRAPHS[2]],
    ]);
    // The other sentences keep their claims; the name is no longer a candidate.
    expect(await db.claims.where('articleId').equals(HARBOUR_ID).count()).toBe(5);
    expect(await candidatesIn(db)).toEqual({ ok: true, value: [] });
  });

  it('is spotted on pages once accepted: the background matcher learns the new name', async () => {
    const db = await withHarbour();
    const handlers = createHandlers(db, Promise.resolve(null), quietWiring());
    const text = 'Marta Kovalenko spoke to reporters.';
    const spot = async () => {
      const answer = await handlers.spot({ text, until: text.length, state: firstSliceState() }, { kind: 'extension' });
      if (!answer.ok) throw new Error(answer.error);
      return answer.value;
    };
    expect((await spot()).mentions.map((m) => m.entityId)).not.toContain(MARTA);
    const accepted = await handlers.acceptCandidate({ name: 'Marta Kovalenko', type: 'person', aliases: ['Kovalenko'] }, { kind: 'extension' });
    expect(accepted.ok).toBe(true);
    const after = await spot();
    expect(after.mentions.map((m) => m.entityId)).toContain(MARTA);
    expect(after.entities).toContainEqual({ id: MARTA, name: 'Marta Kovalenko', type: 'person' });
  });

  it('refuses a name already known, changing nothing', async () => {
    const db = await withHarbour();
    await acceptCandidate(db, { name: 'Marta Kovalenko', type: 'person', aliases: [] }, RULES, seedClaims);
    const before = await tables(db);
    const again = await acceptCandidate(db, { name: 'Marta Kovalenko', type: 'organization', aliases: ['MK'] }, RULES, seedClaims);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error).toContain('already known');
    expect(await tables(db)).toEqual(before);
  });

  it('refuses an alias that already names another entity, naming it, and stores nothing', async () => {
    const db = await withHarbour();
    const before = await tables(db);
    const r = await acceptCandidate(db, { name: 'Marta Kovalenko', type: 'person', aliases: ['Peskov'] }, RULES, seedClaims);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('Peskov');
      expect(r.error).toContain('Dmitry Peskov');
    }
    // A name spelled as another entity's alias clashes too.
    const spelled = await acceptCandidate(db, { name: 'Dmitri Peskov', type: 'person', aliases: [] }, RULES, seedClaims);
    expect(spelled.ok || spelled.error).toContain('“Dmitry Peskov”');
    expect(await tables(db)).toEqual(before);
  });

  it('refuses a blank name', async () => {
    const db = await withHarbour();
    expect(await acceptCandidate(db, { name: '   ', type: 'person', aliases: ['x'] }, RULES, seedClaims)).toEqual({
      ok: false,
      error: 'Give the name.',
    });
  });
});
