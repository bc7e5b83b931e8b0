/**
 * The corpus at start (lib/worker/corpus/startup.ts): a new bundled pack is loaded and the reader's names
 * are linked in it again; an unchanged pack is left alone, claims untouched.
 */
import { describe, expect, it, vi } from 'vitest';
import { acceptCandidate } from '../../../../lib/worker/corpus/names';
import { loadBundledCorpus } from '../../../../lib/worker/corpus/startup';
import { databases, RULES, seedPack } from './helpers';

const { fresh } = databases('corpus-startup');

describe('loadBundledCorpus', () => {
  it('links the reader’s names in a newly loaded pack, and leaves an unchanged one alone', async () => {
    const db = fresh();
    expect((await loadBundledCorpus(db, seedPack())).ok).toBe(true);
    await acceptCandidate(db, { name: 'Telegram', type: 'organization', aliases: [] }, RULES);
    const linked = () => db.claims.where('entityIds').equals('user-telegram').count();
    const n = await linked();
    expect(n).toBeGreaterThan(0);

    // Unchanged pack: no claim is read or written.
    const toArray = vi.spyOn(db.claims, 'toArray');
    expect((await loadBundledCorpus(db, seedPack())).ok).toBe(true);
    expect(toArray).not.toHaveBeenCalled();
    toArray.mockRestore();
    expect(await linked()).toBe(n);

    // A new pack is written without the links; they come back.
    const changed = seedPack();
    changed.articles[0].title += ' (corrected)';
    expect((await loadBundledCorpus(db, changed)).ok).toBe(true);
    expect(await linked()).toBe(n);
  });
});
