/**
 * Highlights kept from older schema versions (v1: flat selectors; v2/v3: rows stored as they came,
 * with unknown keys and snapshot claims the importer refuses) are normalised by the upgrade, and
 * the collection then survives export → wipe → import unchanged.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { toBackupJson } from '../../../../lib/core/export/json';
import { parseImport } from '../../../../lib/core/export/import';
import { ParallaxDb, STORES_V1 } from '../../../../lib/worker/db/schema';
import * as store from '../../../../lib/worker/highlights/store';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A claim as early builds saved it: no outlet labels, no facet, no article title. */
const oldClaim = {
  id: 'c-afp-1',
  outletId: 'afp',
  outletName: 'Agence France-Presse',
  quote: 'Moscow said the plane carried 65 prisoners.',
  speaker: { kind: 'outlet' },
  mode: 'asserted',
  published: '2024-01-24',
};
const ENTITY = { id: 'il76-crash', name: 'Il-76 crash', type: 'event' };

async function roundTrip(db: ParallaxDb) {
  const before = await store.listHighlights(db);
  if (!before.ok) throw new Error(before.error);
  const file = parseImport(toBackupJson(before.value, new Date('2024-02-01T00:00:00Z')));
  expect(file.ok ? 'imported' : file.error).toBe('imported');
  await store.clearHighlights(db);
  expect(await store.importHighlights(db, file.ok ? file.value : [])).toEqual({
    ok: true,
    value: { added: before.value.length, updated: 0, unchanged: 0 },
  });
  const after = await store.listHighlights(db);
  // An import resets anchor state (the next visit re-checks it); everything else comes back as it was.
  const unanchored = (list: typeof before.value) => list.map((h) => ({ ...h, anchor: { status: 'unchecked', checked: 0 } }));
  expect(after.ok && unanchored(after.value)).toEqual(unanchored(before.value));
}

describe('stored highlights are normalised by the upgrade', () => {
  it('v1 → latest: flat selectors and an old snapshot claim become a row that exports and imports again', async () => {
    const name = `hl-v1-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(STORES_V1);
    await v1.table('highlights').put({
      id: 'h1',
      url: 'https://a.example/story',
      title: 'A story',
      quote: 'only five bodies',
      prefix: 'claimed that ',
      suffix: ' ended up',
      start: 120,
      end: 136,
      note: 'check this',
      tags: ['bodies'],
      created: 10,
      updated: 20,
      colour: 'yellow',
      snapshot: { entities: [ENTITY], claims: [oldClaim], takenAt: 10 },
    });
    v1.close();
    const db = new ParallaxDb(name);
    opened.push(db);
    expect(await db.highlights.get('h1')).toEqual({
      id: 'h1',
      url: 'https://a.example/story',
      title: 'A story',
      quote: { exact: 'only five bodies', prefix: 'claimed that ', suffix: ' ended up' },
      position: { start: 120, end: 136 },
      note: 'check this',
      tags: ['bodies'],
      created: 10,
      updated: 20,
      entityIds: ['il76-crash'],
      anchor: { status: 'unchecked', checked: 0 },
      snapshot: { entities: [ENTITY], takenAt: 10, claims: [{ ...oldClaim, outletLabels: {}, facet: null, articleTitle: '' }] },
    });
    await roundTrip(db);
  });

  it('v2 → latest: unknown keys dropped, claims made whole, a row beyond repair kept as it was', async () => {
    const name = `hl-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(STORES_V1);
    v2.version(2).stores({ highlights: 'id, url, created, updated, outletId, *tags, *entityIds' });
    const row = {
      id: 'h2',
      url: 'https://b.example/report',
      title: 'A report',
      outletId: 'afp',
      quote: { exact: 'sixty-five prisoners', prefix: '', suffix: '' },
      position: { start: 5, end: 25 },
      note: '',
      tags: [],
      entityIds: ['il76-crash'],
      created: 30,
      updated: 30,
      anchor: { status: 'anchored', checked: 31 },
      snapshot: {
        entities: [ENTITY],
        claims: [
          { ...oldClaim, outletLabels: 'wire', mode: 'rumoured', surplus: 1 },
          { id: 'no-quote', outletId: 'afp' },
        ],
        takenAt: 30,
      },
      fromPage: true,
    };
    await v2.table('highlights').bulkPut([row, { id: 'broken', url: 'javascript:alert(1)', quote: 5 }]);
    v2.close();
    const db = new ParallaxDb(name);
    opened.push(db);
    const { fromPage: _, ...known } = row;
    expect(await db.highlights.get('h2')).toEqual({
      ...known,
      snapshot: { entities: [ENTITY], takenAt: 30, claims: [{ ...oldClaim, outletLabels: {}, facet: null, articleTitle: '', mode: 'asserted' }] },
    });
    expect(await db.highlights.get('broken')).toEqual({ id: 'broken', url: 'javascript:alert(1)', quote: 5 });
    await db.highlights.delete('broken');
    await roundTrip(db);
  });
});
