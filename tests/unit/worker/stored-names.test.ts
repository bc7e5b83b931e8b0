/**
 * The compiled names kept between the background's starts (lib/worker/stored-names.ts, used by
 * lib/worker/spot-matcher.ts): a woken background spots as before without reading a single entity
 * of the packs; any change of names — the reader's own, a pack stored anew, another build of the
 * spotting code — is compiled again; a stored copy that is not whole is compiled again and replaced.
 */
import { describe, expect, it, vi } from 'vitest';
import { toGazetteerEntry } from '../../../lib/core/spot/gazetteer';
import { firstSliceState } from '../../../lib/core/spot/slice-spot';
import type { ParallaxDb } from '../../../lib/worker/db/schema';
import { mergedEntities } from '../../../lib/worker/sources/merged';
import { sourceReader } from '../../../lib/worker/sources/read';
import { createSpotMatcher } from '../../../lib/worker/spot-matcher';
import { storedNames, VALUE_ROW } from '../../../lib/worker/stored-names';
import { databases, seedPack, withBundled } from './corpus/helpers';

const { seeded } = databases('stored-names');

/** A background's start over `db`: its matcher, and how many times it read the entities to compile. */
function start(db: ParallaxDb, code = 'build-1') {
  const reader = sourceReader(db);
  let reads = 0;
  const matcher = createSpotMatcher(
    async () => {
      reads++;
      return (await mergedEntities(db, reader)).map(toGazetteerEntry);
    },
    storedNames(db, reader, code),
  );
  const spot = async (text: string) => (await matcher.spot({ text, until: text.length, state: firstSliceState() })).mentions.map((m) => m.entityId);
  /** Resolves once what this start compiled is kept. */
  const kept = () =>
    vi.waitFor(async () => {
      const store = storedNames(db, sourceReader(db), code);
      expect(await store.get(await store.key())).toBeDefined();
    });
  return { spot, kept, reads: () => reads };
}

const TEXT = 'Kremlin spokesman Dmitry Peskov spoke of the Il-76; Marta Kovalenko and Orla Vance did not.';

describe('the compiled names kept between starts', () => {
  it('a woken background spots as before without reading the entities again', async () => {
    const db = await seeded();
    const first = start(db);
    const before = await first.spot(TEXT);
    expect(before).toContain('dmitry-peskov');
    expect(first.reads()).toBe(1);
    await first.kept();
    const woken = start(db);
    expect(await woken.spot(TEXT)).toEqual(before);
    expect(woken.reads()).toBe(0);
  });

  it('the reader’s own names, a pack stored anew, or another build: compiled again, the new names spotted', async () => {
    const db = await seeded();
    const first = start(db);
    await first.spot(TEXT);
    await first.kept();
    // The reader adds a name of their own.
    await db.entities.put({
      id: 'user-marta-kovalenko',
      name: 'Marta Kovalenko',
      type: 'person',
      aliases: ['Marta Kovalenko'],
      description: 'x',
      origin: 'user',
    });
    const afterOwn = start(db);
    expect(await afterOwn.spot(TEXT)).toContain('user-marta-kovalenko');
    expect(afterOwn.reads()).toBe(1);
    await afterOwn.kept();
    // The bundled pack is stored anew with one more entity (a new generation).
    const pack = seedPack();
    pack.entities.push({ id: 'orla-vance', name: 'Orla Vance', type: 'person', aliases: ['Orla Vance'], description: 'An analyst.' });
    await withBundled(db, pack);
    const afterPack = start(db);
    expect(await afterPack.spot(TEXT)).toContain('orla-vance');
    expect(afterPack.reads()).toBe(1);
    await afterPack.kept();
    const otherBuild = start(db, 'build-2');
    await otherBuild.spot(TEXT);
    expect(otherBuild.reads()).toBe(1);
  });

  it('names that changed and changed back while they were compiled are not kept under the old key', async () => {
    const db = await seeded();
    const reader = sourceReader(db);
    const orla = {
      id: 'user-orla-vance',
      name: 'Orla Vance',
      type: 'person' as const,
      aliases: ['Orla Vance'],
      description: 'x',
      origin: 'user' as const,
    };
    // While the names are read, the reader adds a name (announced: clear()) and removes it again.
    const matcher = createSpotMatcher(
      async () => {
        await db.entities.put(orla);
        matcher.clear();
        const list = (await mergedEntities(db, reader)).map(toGazetteerEntry);
        await db.entities.delete(orla.id);
        matcher.clear();
        return list;
      },
      storedNames(db, reader, 'build-1'),
    );
    await matcher.spot({ text: TEXT, until: TEXT.length, state: firstSliceState() });
    // Long enough for a write to have landed, had one been made.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const woken = start(db);
    expect(await woken.spot(TEXT)).not.toContain('user-orla-vance');
    expect(woken.reads()).toBe(1);
  });

  it('a kept copy that is not whole is compiled again, spots as before, and is replaced', async () => {
    const db = await seeded();
    const first = start(db);
    const before = await first.spot(TEXT);
    await first.kept();
    const row = await db.meta.get(VALUE_ROW);
    const value = row!.value as { gazetteer: { automaton: { transitions: Int32Array } } };
    value.gazetteer.automaton.transitions = value.gazetteer.automaton.transitions.subarray(3);
    await db.meta.put({ key: VALUE_ROW, value });
    const woken = start(db);
    expect(await woken.spot(TEXT)).toEqual(before);
    expect(woken.reads()).toBe(1);
    await woken.kept();
    const again = start(db);
    expect(await again.spot(TEXT)).toEqual(before);
    expect(again.reads()).toBe(0);
  });
});
