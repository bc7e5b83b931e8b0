/**
 * The corpus at start (lib/worker/corpus/startup.ts): a new bundled pack is stored and the reader's names
 * are linked in it again; an unchanged pack is not even read, claims untouched; articles added from
 * pages with older extraction rules are extracted again, once.
 */
import { describe, expect, it, vi } from 'vitest';
import { addArticle, EXTRACTED_WITH } from '../../../../lib/worker/corpus/articles';
import { acceptCandidate } from '../../../../lib/worker/corpus/names';
import { EXTRACTION_VERSION } from '../../../../lib/core/extract/version';
import { loadBundledCorpus } from '../../../../lib/worker/corpus/startup';
import { createLoadProgress } from '../../../../lib/worker/load-progress';
import { bundledOf, databases, HARBOUR_ID, harbourPage, RULES, seedClaims, seedPack } from './helpers';

const { fresh } = databases('corpus-startup');

describe('loadBundledCorpus', () => {
  it('links the reader’s names in a newly loaded pack, and leaves an unchanged one alone', async () => {
    const db = fresh();
    expect((await loadBundledCorpus(db, bundledOf(), RULES, createLoadProgress())).ok).toBe(true);
    // A first start has no page article to extract again: it records the rules it would use.
    expect((await db.meta.get(EXTRACTED_WITH))?.value).toBe(EXTRACTION_VERSION);
    await acceptCandidate(db, { name: 'Telegram', type: 'organization', aliases: [] }, RULES, seedClaims);
    const linked = () => db.claims.where('entityIds').equals('user-telegram').count();
    const n = await linked();
    expect(n).toBeGreaterThan(0);

    // Unchanged pack: it is not read, and no claim is read or written.
    const toArray = vi.spyOn(db.claims, 'toArray');
    const same = bundledOf();
    expect((await loadBundledCorpus(db, same, RULES, createLoadProgress())).ok).toBe(true);
    expect(same.reads).toBe(0);
    expect(toArray).not.toHaveBeenCalled();
    toArray.mockRestore();
    expect(await linked()).toBe(n);

    // A new pack is stored without the links; they come back, read from it once.
    const changed = seedPack();
    changed.articles[0].title += ' (corrected)';
    const next = bundledOf(changed);
    expect((await loadBundledCorpus(db, next, RULES, createLoadProgress())).ok).toBe(true);
    expect(next.reads).toBe(1);
    expect(await linked()).toBe(n);
  });

  it('extracts the reader’s page articles again when they were extracted with older rules, and only then', async () => {
    const db = fresh();
    expect((await loadBundledCorpus(db, bundledOf(), RULES, createLoadProgress())).ok).toBe(true);
    expect((await addArticle(db, harbourPage(), RULES)).ok).toBe(true);
    const claims = () => db.claims.where('articleId').equals(HARBOUR_ID).count();
    const all = await claims();
    const dropOne = async () => db.claims.delete((await db.claims.where('articleId').equals(HARBOUR_ID).first())!.id);

    // Added before this version of the rules: extracted again at the next start.
    await db.meta.put({ key: EXTRACTED_WITH, value: EXTRACTION_VERSION - 1 });
    await dropOne();
    expect((await loadBundledCorpus(db, bundledOf(), RULES, createLoadProgress())).ok).toBe(true);
    expect(await claims()).toBe(all);
    expect((await db.meta.get(EXTRACTED_WITH))?.value).toBe(EXTRACTION_VERSION);

    // Up to date: a start leaves the claims as they are.
    await dropOne();
    expect((await loadBundledCorpus(db, bundledOf(), RULES, createLoadProgress())).ok).toBe(true);
    expect(await claims()).toBe(all - 1);
  });
});
