/**
 * The corpus as a pack file (lib/worker/corpus/pack-files.ts): export gives a valid pack of the
 * bundled pack and the reader's rows, with the reader's labels written into their own outlets only; export → clear →
 * import restores the same rows and the same coverage; a malformed pack changes nothing; an
 * import counts added/updated/unchanged rows and stores changed ones as the reader's; clear
 * removes exactly the reader's rows of the five tables.
 */
import { describe, expect, it } from 'vitest';
import { addArticle } from '../../../../lib/worker/corpus/articles';
import { acceptCandidate } from '../../../../lib/worker/corpus/names';
import { clearMyCorpus, exportPack, importPack } from '../../../../lib/worker/corpus/pack-files';
import { coverageFor } from '../../../../lib/core/coverage/coverage';
import { dbCoverageSource } from '../../../../lib/worker/sources/merged';
import { ensureBundled } from '../../../../lib/worker/sources/bundled';
import type { ParallaxDb } from '../../../../lib/worker/db/schema';
import { validatePack } from '../../../../lib/core/pack/validate';
import type { ClaimPack } from '../../../../lib/core/pack/types';
import {
  countsOf,
  databases,
  HARBOUR_ID,
  HARBOUR_OUTLET,
  HARBOUR_PARAGRAPHS,
  harbourPage,
  page,
  RULES,
  seedPack,
  tables,
  bundledOf,
  seedClaims,
} from './helpers';

const { seeded } = databases('corpus-pack-files');
const SEED = seedPack();
const SEED_ROWS = SEED.outlets.length + SEED.articles.length + SEED.entities.length + SEED.facets.length + SEED.claims.length;

/** The seed pack, the Harbour Herald article (1 outlet, 1 article, 5 claims) and Marta Kovalenko accepted (1 entity). */
async function grown() {
  const db = await seeded();
  const added = await addArticle(db, harbourPage(), RULES);
  const accepted = await acceptCandidate(db, { name: 'Marta Kovalenko', type: 'person', aliases: [] }, RULES, seedClaims);
  if (!added.ok || !accepted.ok) throw new Error('could not grow the corpus');
  return db;
}

async function exported(db: ParallaxDb, overrides = {}): Promise<ClaimPack> {
  const r = await exportPack(db, overrides, seedPack());
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('exportPack', () => {
  it('gives a valid pack of the seed rows and the reader’s, without origins', async () => {
    const pack = await exported(await grown());
    expect(validatePack(pack).ok).toBe(true);
    expect(pack.format).toBe(SEED.format);
    expect([pack.outlets.length, pack.articles.length, pack.entities.length, pack.facets.length, pack.claims.length]).toEqual([
      SEED.outlets.length + 1,
      SEED.articles.length + 1,
      SEED.entities.length + 1,
      SEED.facets.length,
      SEED.claims.length + 5,
    ]);
    for (const t of ['outlets', 'articles', 'entities', 'facets', 'claims'] as const) {
      const ids = new Set(SEED[t].map((r) => r.id));
      expect(byId((pack[t] as { id: string }[]).filter((r) => ids.has(r.id)))).toEqual(byId(SEED[t] as { id: string }[]));
      expect(pack[t].some((r) => 'origin' in r)).toBe(false);
    }
    expect(pack.entities.find((e) => e.id === 'user-marta-kovalenko')).toMatchObject({ name: 'Marta Kovalenko' });
  });

  it("writes the reader's labels into their own outlets only, by 'You'", async () => {
    const db = await grown();
    const pack = await exported(db, {
      [HARBOUR_OUTLET]: { alignment: 'independent', country: 'Norway' },
      afp: { alignment: 'pro-Kremlin', country: 'Chad' },
    });
    const mine = pack.outlets.find((o) => o.id === HARBOUR_OUTLET)!;
    expect(mine.country).toBe('Norway');
    expect(mine.labels).toEqual({ ownership: 'unrated', alignment: 'independent' });
    expect(mine.labelBasis.alignment.by).toBe('You');
    expect(mine.labelBasis.ownership.by).not.toBe('You');
    expect(pack.outlets.find((o) => o.id === 'afp')).toEqual(SEED.outlets.find((o) => o.id === 'afp'));
    // The labels go into the file only; the stored outlet keeps its own.
    expect((await db.outlets.get(HARBOUR_OUTLET))?.labels.alignment).toBe('unrated');
  });
});

describe('importPack', () => {
  it('restores an exported corpus after a wipe: seed rows unchanged, the reader’s added, the same coverage', async () => {
    const db = await grown();
    // Back from a file, the reader's article is an imported one: neither it nor its claims say any longer it was read from a page.
    const stored = await tables(db);
    const notFromPage = (rows: unknown[]) => (rows as Record<string, unknown>[]).map(({ fromPage: _fromPage, ...a }) => a);
    const before = { ...stored, articles: notFromPage(stored.articles), claims: notFromPage(stored.claims) };
    const coverage = JSON.parse(
      JSON.stringify(await coverageFor(dbCoverageSource(db), { entityId: 'il76-crash' })).replaceAll('"fromPage":true,', ''),
    );
    expect(coverage?.outletIds).toContain(HARBOUR_OUTLET);

    const pack = await exported(db);

    expect(await clearMyCorpus(db)).toEqual({ ok: true, value: 8 });
    expect((await ensureBundled(db, bundledOf(seedPack()))).ok).toBe(true);
    expect((await coverageFor(dbCoverageSource(db), { entityId: 'il76-crash' }))?.outletIds).not.toContain(HARBOUR_OUTLET);

    expect(await importPack(db, pack, seedPack())).toEqual({ ok: true, value: { added: 8, updated: 0, unchanged: SEED_ROWS } });
    expect(await tables(db)).toEqual(before);
    expect(await coverageFor(dbCoverageSource(db), { entityId: 'il76-crash' })).toEqual(coverage);
    // The same file again changes nothing.
    expect(await importPack(db, pack, seedPack())).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: SEED_ROWS + 8 } });
    expect(await tables(db)).toEqual(before);
  });

  it('counts a row that differs from the stored one as updated, and stores it as the reader’s', async () => {
    const db = await grown();
    const pack = await exported(db);
    pack.outlets.find((o) => o.id === 'afp')!.name = 'AFP, as a colleague calls it';
    pack.outlets.find((o) => o.id === HARBOUR_OUTLET)!.country = 'Ireland';
    expect(await importPack(db, pack, seedPack())).toEqual({ ok: true, value: { added: 0, updated: 2, unchanged: SEED_ROWS + 8 - 2 } });
    expect(await db.outlets.get('afp')).toMatchObject({ name: 'AFP, as a colleague calls it', origin: 'user' });
    expect(await db.outlets.get(HARBOUR_OUTLET)).toMatchObject({ country: 'Ireland', origin: 'user' });
    // An unchanged bundled row is not copied into the reader's rows.
    expect(await db.outlets.get('wsws')).toBeUndefined();
  });

  it('rebuilds imported rows from known fields: a file cannot mark an article "added from a page" or a row as seed', async () => {
    const db = await seeded();
    const colleague = await seeded();
    await addArticle(colleague, harbourPage(), RULES);
    const theirs = (await exported(colleague)) as any;
    const article = theirs.articles.find((a: { id: string }) => a.id === HARBOUR_ID);
    Object.assign(article, { fromPage: true, origin: 'seed', surplus: 'kept?' });
    expect((await importPack(db, theirs, seedPack())).ok).toBe(true);
    const stored = await db.articles.get(HARBOUR_ID);
    expect(stored).toMatchObject({ origin: 'user' });
    expect(stored && Object.keys(stored).filter((k) => ['fromPage', 'surplus'].includes(k))).toEqual([]);
  });

  // BUG (reported): rows are merged by id only, so the stored claims of an article the pack
  // replaces stay, quoting text the article no longer has; the corpus then cannot be exported.
  it('takes the claims of a replaced article from the pack, so the corpus still exports', async () => {
    const colleague = await seeded();
    await addArticle(colleague, { ...harbourPage(), text: HARBOUR_PARAGRAPHS.slice(1).join('\n') }, RULES);
    const theirs = await exported(colleague);
    const db = await grown();
    expect((await importPack(db, theirs, seedPack())).ok).toBe(true);
    const claims = await db.claims.where('articleId').equals(HARBOUR_ID).sortBy('start');
    expect(claims.map((c) => c.quote)).toEqual(HARBOUR_PARAGRAPHS.slice(1));
    expect((await exportPack(db, {}, seedPack())).ok).toBe(true);
  });

  it('refuses a malformed pack, naming the first bad field, and leaves every table as it was', async () => {
    const db = await grown();
    const good = await exported(db);
    const before = await tables(db);
    const broken = (change: (p: ClaimPack) => void) => {
      const p = structuredClone(good);
      p.outlets[0].name = 'A change that must not be written';
      change(p);
      return p;
    };
    const cases: [unknown, string][] = [
      [42, 'pack: must be an object'],
      [null, 'pack: must be an object'],
      [[good], 'pack: must be an object'],
      [broken((p) => ((p as { format: string }).format = 'parallax-claims/0')), 'format'],
      [broken((p) => (p.claims[p.claims.length - 1].articleId = 'nowhere')), `claims[${good.claims.length - 1}].articleId`],
      [broken((p) => (p.entities[3].aliases = [])), 'entities[3].aliases'],
    ];
    for (const [input, field] of cases) {
      const r = await importPack(db, input, seedPack());
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain(field);
      expect(await tables(db)).toEqual(before);
    }
  });
});

describe('clearMyCorpus', () => {
  it("removes exactly the reader's rows of the five tables and says how many", async () => {
    const db = await grown();
    await addArticle(
      db,
      page('https://afp.com/en/kyiv', 'Kyiv on the Il-76 crash', '2024-01-27', ['Kyiv said nothing about the Il-76 crash.']),
      RULES,
    );
    const pack = await exported(db);
    pack.facets[0].question = 'Who, by a colleague’s count, was aboard?';
    expect(await importPack(db, pack, seedPack())).toMatchObject({ ok: true, value: { updated: 1 } });
    const mine = await countsOf(db, 'user');
    expect(mine).toEqual({ outlets: 1, articles: 2, entities: 1, facets: 1, claims: 6 });
    const before = await tables(db);

    expect(await clearMyCorpus(db)).toEqual({ ok: true, value: 11 });
    // Only the bundled pack is left, in its stored parts: the live tables are empty.
    expect(
      Object.values(before)
        .flat()
        .every((r) => r.origin === 'user'),
    ).toBe(true);
    expect(await tables(db)).toEqual({ outlets: [], articles: [], entities: [], facets: [], claims: [] });
    expect(await clearMyCorpus(db)).toEqual({ ok: true, value: 0 });
  });
});
