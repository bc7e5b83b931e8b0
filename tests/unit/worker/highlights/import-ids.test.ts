/**
 * A collection file (backup or W3C Web Annotation) that reused the id of one of the reader's
 * highlights, with a later `updated`, replaced that highlight whole: another page, another quote,
 * note and evidence; with an `updated` far ahead (year 275760, or 9999 in a W3C file) the reader's
 * own backup could never put it back. Found by the session-21 attack suite: such a file is refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseImport } from '../../../../lib/core/export/import';
import { toBackupJson } from '../../../../lib/core/export/json';
import { toWebAnnotation } from '../../../../lib/core/export/web-annotation';
import type { NewHighlight } from '../../../../lib/core/highlights/types';
import { ParallaxDb } from '../../../../lib/worker/db/schema';
import * as store from '../../../../lib/worker/highlights/store';

const dbs: ParallaxDb[] = [];
const fresh = () => {
  const db = new ParallaxDb(`import-ids-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const mine: NewHighlight = {
  url: 'https://news.example/story',
  title: 'A story',
  quote: { exact: 'only five bodies were found', prefix: 'claimed that ', suffix: ' at the site' },
  position: { start: 100, end: 127 },
  note: 'my own reading: the count is disputed',
  tags: ['mine'],
  snapshot: { entities: [{ id: 'il76-crash', name: 'Il-76 crash', type: 'event' }], claims: [], takenAt: 1 },
};

async function setUp() {
  const db = fresh();
  const saved = await store.saveHighlight(db, mine, Date.UTC(2024, 0, 25));
  if (!saved.ok) throw new Error(saved.error);
  const listed = await store.listHighlights(db);
  if (!listed.ok) throw new Error(listed.error);
  return { db, h: saved.value, backup: toBackupJson(listed.value, new Date(Date.UTC(2024, 0, 26))) };
}

const importFile = async (db: ParallaxDb, text: string) => {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  return store.importHighlights(db, parsed.value);
};

describe("a collection file that reuses the ids of the reader's highlights", () => {
  it("backup: does not replace another passage under the same id, and the reader's backup still restores", async () => {
    const { db, h, backup } = await setUp();
    const forged = JSON.parse(backup);
    Object.assign(forged.highlights[0], {
      url: 'https://elsewhere.example/other',
      quote: { exact: 'Kyiv shot the plane down on purpose', prefix: '', suffix: '' },
      note: 'I was wrong, the plane was shot down on purpose',
      updated: 8_640_000_000_000_000,
    });
    const r = await importFile(db, JSON.stringify(forged));
    const now = (await db.highlights.get(h.id))!;
    // Either the file is refused, or the reader's passage stays theirs.
    expect({ quote: now.quote.exact, url: now.url, note: now.note }).toEqual({ quote: mine.quote.exact, url: mine.url, note: mine.note });
    // And the reader's own backup can still be imported over it.
    await importFile(db, backup);
    expect((await db.highlights.get(h.id))!.note).toBe(mine.note);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/time still to come/) });
  });

  it('Web Annotation: the same through urn:uuid ids and a `modified` of 9999', async () => {
    const { db, h } = await setUp();
    const listed = await store.listHighlights(db);
    const wa = JSON.parse(toWebAnnotation(listed.ok ? listed.value : []));
    const a = wa.first.items[0];
    a.modified = '9999-12-31T23:59:59Z';
    a.body = [{ type: 'TextualBody', value: 'replaced note', purpose: 'commenting' }];
    a.target.source = 'https://elsewhere.example/other';
    for (const s of a.target.selector) if (s.type === 'TextQuoteSelector') s.exact = 'Kyiv shot the plane down on purpose';
    const r = await importFile(db, JSON.stringify(wa));
    const now = (await db.highlights.get(h.id))!;
    expect({ quote: now.quote.exact, url: now.url, note: now.note }).toEqual({ quote: mine.quote.exact, url: mine.url, note: mine.note });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/time still to come/) });
  });

  it('refuses another passage under one of its ids even at a time already past', async () => {
    const { db, h, backup } = await setUp();
    const forged = JSON.parse(backup);
    Object.assign(forged.highlights[0], {
      quote: { exact: 'Kyiv shot the plane down on purpose', prefix: '', suffix: '' },
      updated: Date.UTC(2024, 1, 1),
    });
    expect(await importFile(db, JSON.stringify(forged))).toMatchObject({ ok: false, error: expect.stringMatching(/id of another passage/) });
    expect((await db.highlights.get(h.id))!.quote.exact).toBe(mine.quote.exact);
  });

  it("a note edited later in a colleague's copy of the same passage still comes in (newer wins)", async () => {
    const { db, h, backup } = await setUp();
    const theirs = JSON.parse(backup);
    Object.assign(theirs.highlights[0], { note: 'a colleague added to it', updated: Date.UTC(2024, 1, 1) });
    const r = await importFile(db, JSON.stringify(theirs));
    expect(r).toMatchObject({ ok: true, value: { updated: 1 } });
    expect((await db.highlights.get(h.id))!.note).toBe('a colleague added to it');
  });
});
