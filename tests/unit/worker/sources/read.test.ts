/**
 * Reading every part of a kind of a stored pack (lib/worker/sources/read.ts `every`): all of them,
 * inside a transaction or not, and an error rather than a part-read pack when the generation was
 * replaced while it was read.
 */
import { describe, expect, it } from 'vitest';
import { ensureBundled } from '../../../../lib/worker/sources/bundled';
import { bundledSource } from '../../../../lib/worker/sources/known';
import { sourceReader } from '../../../../lib/worker/sources/read';
import { miniPack } from '../../../fixtures/mini-pack';
import { bundledOf, databases } from '../corpus/helpers';

const { fresh } = databases('source-read');

async function stored() {
  const db = fresh();
  const r = await ensureBundled(db, bundledOf(miniPack()));
  if (!r.ok) throw new Error(r.error);
  const reader = sourceReader(db);
  const source = (await bundledSource(reader))!;
  return { db, reader, source };
}

const entityIds = (parts: Map<string, unknown>[]) => parts.flatMap((p) => [...p.keys()]).sort();

describe('every part of a kind', () => {
  it('reads them all, within a transaction or not', async () => {
    const { db, reader, source } = await stored();
    const names = miniPack()
      .entities.map((e) => e.id)
      .sort();
    expect(entityIds(await reader.every(source, 'entities'))).toEqual(names);
    expect(entityIds(await db.transaction('r', db.packParts, () => reader.every(source, 'entities')))).toEqual(names);
  });

  it('fails, rather than give part of a pack, when a part is gone (its generation replaced meanwhile)', async () => {
    const { db, reader, source } = await stored();
    const keys = (await db.packParts.toCollection().primaryKeys()) as string[];
    await db.packParts.bulkDelete(keys.filter((k) => k.includes('|entities|')));
    await expect(reader.every(source, 'entities')).rejects.toThrow('replaced while it was being read');
    await expect(db.transaction('r', db.packParts, () => reader.every(source, 'entities'))).rejects.toThrow('replaced while it was being read');
  });
});
