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

describe('the collection store', () => {
  it('saves a passage under its page (without the fragment), with its entities', async () => {
    const db = fresh();
    const r = await store.saveHighlight(db, passage(), 1000);
    expect(r.ok && r.value).toMatchObject({ url: 'https://news.example/story', entityIds: ['il76-crash'], created: 1000, anchor: { status: 'anchored' } });
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
    expect(await store.updateHighlight(db, 'nope', { note: 'x' })).toEqual({ ok: false, error: expect.stringContaining('there is no highlight nope') });
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

  it('turns a full disk into a message and writes nothing', async () => {
    const db = fresh();
    db.highlights.add = () => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })) as never;
    const r = await store.saveHighlight(db, passage());
    expect(r).toEqual({ ok: false, error: expect.stringContaining('storage for Parallax is full') });
  });
});

describe('collection messages are checked before anything is written', () => {
  it.each([
    [{ type: 'saveHighlight', data: { highlight: { ...passage(), url: 'javascript:alert(1)' } } }, 'highlight.url must be an http(s) URL'],
    [{ type: 'saveHighlight', data: { highlight: { ...passage(), quote: { exact: '  ', prefix: '', suffix: '' } } } }, 'highlight.quote.exact must be non-empty text'],
    [{ type: 'saveHighlight', data: { highlight: { ...passage(), tags: [1] } } }, 'highlight.tags must be a list of strings'],
    [{ type: 'updateHighlight', data: { id: 'x', tags: 'a,b' } }, 'updateHighlight.tags must be a list of strings'],
    [{ type: 'importHighlights', data: { highlights: [{ ...passage(), id: 'a', created: 1, updated: 1, entityIds: [], anchor: { status: 'lost' } }] } }, 'highlights[0].anchor.status'],
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
