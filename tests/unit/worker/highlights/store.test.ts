import { afterEach, describe, expect, it } from 'vitest';
import { ParallaxDb } from '../../../../lib/worker/db/schema';
import * as store from '../../../../lib/worker/highlights/store';
import type { NewHighlight } from '../../../../lib/core/highlights/types';
import { parseWith } from '../../../../lib/core/messages/protocol';
import { WORKER_MESSAGES } from '../../../../lib/core/messages/worker-protocol';

const parseRequest = (message: unknown) => parseWith(WORKER_MESSAGES, message);

const dbs: ParallaxDb[] = [];
const fresh = () => {
  const db = new ParallaxDb(`store-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const passage = (i = 0): NewHighlight => ({
  url: `https://news.example/story#part-${i}`,
  title: 'A story',
  quote: { exact: `only five bodies ${i}`, prefix: 'claimed that ', suffix: ' ended up' },
  position: { start: 100 + i, end: 118 + i },
  note: '',
  tags: [],
  snapshot: { entities: [{ id: 'il76-crash', name: 'Il-76 crash', type: 'event' }], claims: [], takenAt: 1 },
});

const CLAIM = {
  id: 'c-afp-1',
  outletId: 'afp',
  outletName: 'Agence France-Presse',
  outletLabels: { ownership: 'wire' },
  facet: null,
  quote: 'Moscow said the plane carried 65 prisoners.',
  speaker: { kind: 'outlet' as const },
  mode: 'asserted' as const,
  published: '2024-01-24',
  articleTitle: 'Plane down',
};

describe('the collection store', () => {
  it('saves a passage under its page (without the fragment), with its entities', async () => {
    const db = fresh();
    const r = await store.saveHighlight(db, passage(), 1000);
    expect(r.ok && r.value).toMatchObject({
      url: 'https://news.example/story',
      entityIds: ['il76-crash'],
      created: 1000,
      anchor: { status: 'anchored' },
    });
    const forPage = await store.highlightsForUrl(db, 'https://news.example/story#elsewhere');
    expect(forPage.ok && forPage.value.length).toBe(1);
  });

  it('loses nothing when many tabs save at once', async () => {
    const db = fresh();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => store.saveHighlight(db, passage(i))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.highlights.count()).toBe(40);
  });

  it('edits a note and tags, deletes, and restores on undo', async () => {
    const db = fresh();
    const saved = await store.saveHighlight(db, passage(), 1);
    const id = saved.ok ? saved.value.id : '';
    const edited = await store.updateHighlight(db, id, { note: 'check', tags: ['HUR'] }, 5);
    expect(edited.ok && edited.value).toMatchObject({ note: 'check', tags: ['HUR'], updated: 5 });
    const gone = await store.deleteHighlight(db, id);
    expect(await db.highlights.count()).toBe(0);
    expect(gone.ok && gone.value && (await store.restoreHighlight(db, gone.value)).ok).toBe(true);
    expect(await db.highlights.get(id)).toMatchObject({ note: 'check' });
    expect(await store.updateHighlight(db, 'nope', { note: 'x' })).toEqual({
      ok: false,
      error: expect.stringContaining('there is no highlight nope'),
    });
  });

  it('imports the same highlights twice without duplicates', async () => {
    const db = fresh();
    await store.saveHighlight(db, passage(1));
    const all = await store.listHighlights(db);
    const list = all.ok ? all.value : [];
    await store.clearHighlights(db);
    expect(await store.importHighlights(db, list)).toEqual({ ok: true, value: { added: 1, updated: 0, unchanged: 0 } });
    expect(await store.importHighlights(db, list)).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 1 } });
    expect(await db.highlights.count()).toBe(1);
  });

  it('records which highlights still attach to their page', async () => {
    const db = fresh();
    const saved = await store.saveHighlight(db, passage());
    const id = saved.ok ? saved.value.id : '';
    await store.recordAnchors(db, [{ id, status: 'orphan' }], 77);
    expect((await db.highlights.get(id))?.anchor).toEqual({ status: 'orphan', checked: 77 });
  });

  it('saves only the known fields of a passage, so a page cannot plant keys in the collection', async () => {
    const db = fresh();
    const planted = { ...passage(), anchor: { status: 'orphan', checked: 1 }, id: 'chosen', fromPage: true, extra: { a: 1 } };
    planted.snapshot = { ...planted.snapshot, claims: [{ ...CLAIM, surplus: 'x' }] } as never;
    const r = await store.saveHighlight(db, planted as NewHighlight, 1000);
    expect(r.ok).toBe(true);
    const [row] = await db.highlights.toArray();
    expect(Object.keys(row).sort()).toEqual([
      'anchor',
      'created',
      'entityIds',
      'id',
      'note',
      'position',
      'quote',
      'snapshot',
      'tags',
      'title',
      'updated',
      'url',
    ]);
    expect(row.id).not.toBe('chosen');
    expect(row.anchor).toEqual({ status: 'anchored', checked: 1000 });
    expect(row.snapshot.claims).toEqual([CLAIM]);
  });

  it('keeps a page’s title without marks that reorder or hide text, and no longer than a title', async () => {
    const db = fresh();
    expect((await store.saveHighlight(db, { ...passage(), title: 'Ministry \u202Eraelc\u202C \u200Breport' }, 1000)).ok).toBe(true);
    expect((await store.saveHighlight(db, { ...passage(1), title: 'A'.repeat(5_000) }, 1000)).ok).toBe(true);
    const titles = (await db.highlights.toArray()).map((h) => h.title).sort();
    expect(titles).toEqual(['A'.repeat(300), 'Ministry raelc report']);
  });

  it('refuses to save a passage whose snapshot claims are malformed, naming the field, and writes nothing', async () => {
    const db = fresh();
    const bad = { ...passage(), snapshot: { ...passage().snapshot, claims: [{ ...CLAIM, outletLabels: 'wire' }] } };
    expect(await store.saveHighlight(db, bad as never)).toEqual({ ok: false, error: 'highlight.snapshot.claims[0].outletLabels: must be an object' });
    const hostile = {
      ...passage(),
      snapshot: { ...passage().snapshot, claims: [{ ...CLAIM, outletLabels: JSON.parse('{"__proto__": {"x": 1}}') }] },
    };
    expect(await store.saveHighlight(db, hostile as never)).toEqual({
      ok: false,
      error: expect.stringContaining('highlight.snapshot.claims[0].outletLabels.__proto__: is a reserved name'),
    });
    expect(await db.highlights.count()).toBe(0);
  });

  it('restores (undo) and imports only well-formed highlights, rebuilt from known fields', async () => {
    const db = fresh();
    const saved = await store.saveHighlight(db, passage(), 1);
    if (!saved.ok) throw new Error(saved.error);
    await store.clearHighlights(db);
    expect(await store.restoreHighlight(db, { ...saved.value, snapshot: { ...saved.value.snapshot, claims: [{ id: 'c1' }] } } as never)).toEqual({
      ok: false,
      error: expect.stringContaining('highlight.snapshot.claims[0].outletId'),
    });
    expect(await store.importHighlights(db, [saved.value, { ...saved.value, id: 'x', created: -1 }])).toEqual({
      ok: false,
      error: expect.stringContaining('highlights[1].created: must be a time'),
    });
    expect(await db.highlights.count()).toBe(0);
    expect((await store.restoreHighlight(db, { ...saved.value, extra: 1 } as never)).ok).toBe(true);
    expect(Object.keys((await db.highlights.get(saved.value.id))!)).not.toContain('extra');
  });

  it('turns a full disk into a message and writes nothing', async () => {
    const db = fresh();
    db.highlights.add = () => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })) as never;
    const r = await store.saveHighlight(db, passage());
    expect(r).toEqual({ ok: false, error: expect.stringContaining('storage for Parallax is full') });
  });
});

describe('collection messages are checked before anything is written', () => {
  it.each([
    [{ type: 'saveHighlight', data: { highlight: { ...passage(), url: 'javascript:alert(1)' } } }, 'highlight.url: must be an http(s) URL'],
    [
      { type: 'saveHighlight', data: { highlight: { ...passage(), quote: { exact: '  ', prefix: '', suffix: '' } } } },
      'highlight.quote.exact: must not be blank',
    ],
    [{ type: 'saveHighlight', data: { highlight: { ...passage(), tags: [1] } } }, 'highlight.tags[0]: must be a string'],
    [{ type: 'updateHighlight', data: { id: 'x', tags: 'a,b' } }, 'updateHighlight.tags must be a list of strings'],
    [
      {
        type: 'importHighlights',
        data: { highlights: [{ ...passage(), id: 'a', created: 1, updated: 1, entityIds: [], anchor: { status: 'lost' } }] },
      },
      'highlights[0].anchor.status',
    ],
    [{ type: 'reportAnchors', data: { results: [{ id: 'a', status: 'maybe' }] } }, 'reportAnchors.results'],
  ])('%#: refuses a malformed message', (message, problem) => {
    const r = parseRequest(message);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(problem);
  });

  it('accepts a well-formed save', () => {
    expect(parseRequest({ type: 'saveHighlight', data: { highlight: passage() } }).ok).toBe(true);
  });
});
