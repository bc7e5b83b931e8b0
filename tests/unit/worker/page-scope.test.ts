/**
 * A content script acts on its own page only, whose address the worker takes from the sender:
 * saving for another URL, listing or editing another page's highlights, reporting their anchors,
 * naming the page for coverage, are refused or scoped; the page's outlet is the worker's to say.
 */
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createHandlers } from '../../../lib/worker/handlers';
import { ensureBundled } from '../../../lib/worker/sources/bundled';
import { dispatch, type From } from '../../../lib/core/messages/dispatch';
import { WORKER_MESSAGES } from '../../../lib/core/messages/worker-protocol';
import type { Highlight, NewHighlight } from '../../../lib/core/highlights/types';
import type { Coverage } from '../../../lib/core/coverage/types';
import { databases, quietWiring, seedPack, bundledOf } from './corpus/helpers';
import { firstSliceState } from '../../../lib/core/spot/slice-spot';

const { fresh } = databases('page-scope');
const STORY = 'https://news.example/story';
const OTHER = 'https://other.example/elsewhere';
const page = (url: string): From => ({ kind: 'page', url });
const EXTENSION: From = { kind: 'extension' };

const passage = (url: string, outletId?: string): NewHighlight => ({
  url,
  title: 'A story',
  ...(outletId ? { outletId } : {}),
  quote: { exact: 'only five bodies', prefix: 'claimed that ', suffix: ' ended up' },
  position: { start: 100, end: 116 },
  note: '',
  tags: [],
  snapshot: { entities: [{ id: 'il76-crash', name: 'Il-76 crash', type: 'event' }], claims: [], takenAt: 1 },
});

async function setUp(over: Parameters<typeof quietWiring>[0] = {}) {
  const db = fresh();
  const ready = ensureBundled(db, bundledOf(seedPack())).then((r) => (r.ok ? null : r.error));
  const handlers = createHandlers(db, ready, quietWiring(over));
  await ready;
  const send = (type: string, data: unknown, from: From) => dispatch(WORKER_MESSAGES, handlers, { type, data }, from);
  const save = async (url: string, from: From) => {
    const r = await send('saveHighlight', { highlight: passage(url) }, from);
    if (!r.ok) throw new Error(r.error);
    return r.value as Highlight;
  };
  return { db, send, save };
}

describe('a content script acts on its own page only', () => {
  it('refuses to save a passage for another URL, and saves one for its own (fragment aside)', async () => {
    const { db, send } = await setUp();
    expect(await send('saveHighlight', { highlight: passage(OTHER) }, page(`${STORY}#top`))).toEqual({
      ok: false,
      error: 'saveHighlight: refused, a web page may act only on its own address',
    });
    expect(await db.highlights.count()).toBe(0);
    expect((await send('saveHighlight', { highlight: passage(`${STORY}#p2`) }, page(STORY))).ok).toBe(true);
  });

  it("sets the highlight's outlet from the page's address, not from what the page says", async () => {
    const { send } = await setUp();
    const forged = await send('saveHighlight', { highlight: passage(STORY, 'afp') }, page(STORY));
    expect(forged.ok && (forged.value as Highlight).outletId).toBeUndefined();
    const real = await send('saveHighlight', { highlight: passage('https://www.afp.com/en/a') }, page('https://www.afp.com/en/a'));
    expect(real.ok && (real.value as Highlight).outletId).toBe('afp');
  });

  it("lists only its own page's highlights; an extension page lists all", async () => {
    const { send, save } = await setUp();
    await save(STORY, EXTENSION);
    await save(OTHER, EXTENSION);
    const own = await send('highlights', {}, page(STORY));
    expect(own.ok && (own.value as Highlight[]).map((h) => h.url)).toEqual([STORY]);
    expect(await send('highlights', { url: OTHER }, page(STORY))).toEqual({
      ok: false,
      error: 'highlights: refused, a web page may act only on its own address',
    });
    const all = await send('highlights', {}, EXTENSION);
    expect(all.ok && (all.value as Highlight[]).length).toBe(2);
  });

  it('opens the collection at a highlight of its own page only, its note being edited', async () => {
    const { send, save } = await setUp();
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const mine = await save(STORY, page(STORY));
    const theirs = await save(OTHER, page(OTHER));
    expect(await send('openNoteInCollection', { id: theirs.id }, page(STORY))).toEqual({
      ok: false,
      error: 'openNoteInCollection: refused, a web page may act only on its own address',
    });
    expect(await send('openNoteInCollection', { id: 'no-such-highlight' }, page(STORY))).toMatchObject({ ok: false });
    expect(create).not.toHaveBeenCalled();
    expect(await send('openNoteInCollection', { id: mine.id }, page(STORY))).toEqual({ ok: true, value: null });
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(new RegExp(`/collection\\.html\\?edit=${encodeURIComponent(mine.id)}$`)) });
    create.mockRestore();
  });

  it("edits and reports anchors only for its own page's highlights", async () => {
    const { db, send, save } = await setUp();
    const mine = await save(STORY, page(STORY));
    const theirs = await save(OTHER, page(OTHER));
    expect(await send('updateHighlight', { id: theirs.id, note: 'overwritten' }, page(STORY))).toEqual({
      ok: false,
      error: 'updateHighlight: refused, a web page may act only on its own address',
    });
    expect((await db.highlights.get(theirs.id))?.note).toBe('');
    expect((await send('updateHighlight', { id: mine.id, note: 'mine' }, page(STORY))).ok).toBe(true);
    await send(
      'reportAnchors',
      {
        results: [
          { id: mine.id, status: 'orphan' },
          { id: theirs.id, status: 'orphan' },
        ],
      },
      page(STORY),
    );
    expect((await db.highlights.get(mine.id))?.anchor.status).toBe('orphan');
    expect((await db.highlights.get(theirs.id))?.anchor.status).toBe('anchored');
  });

  it('a single-page site that moved on by pushState: its highlights are those of the address it is at now', async () => {
    const { db, send, save } = await setUp();
    const NEXT = 'https://news.example/next-story';
    const moved: From = { kind: 'page', url: STORY, current: NEXT };
    const there = await save(NEXT, EXTENSION);
    const before = await save(STORY, EXTENSION);
    const listed = await send('highlights', { url: NEXT }, moved);
    expect(listed.ok && (listed.value as Highlight[]).map((h) => h.id)).toEqual([there.id]);
    expect((await send('highlights', { url: STORY }, moved)).ok, 'the address it was loaded at is no longer its page').toBe(false);
    expect((await send('saveHighlight', { highlight: passage(`${NEXT}#p3`) }, moved)).ok).toBe(true);
    // A save sent before the move reaches the background after it: the address the page was loaded at is still its own.
    expect((await send('saveHighlight', { highlight: passage(STORY) }, moved)).ok).toBe(true);
    expect((await send('saveHighlight', { highlight: passage('https://news.example/third-story') }, moved)).ok).toBe(false);
    await send(
      'reportAnchors',
      {
        results: [
          { id: there.id, status: 'orphan' },
          { id: before.id, status: 'orphan' },
        ],
      },
      moved,
    );
    expect((await db.highlights.get(there.id))?.anchor.status).toBe('orphan');
    expect((await db.highlights.get(before.id))?.anchor.status).toBe('anchored');
    expect((await send('updateHighlight', { id: there.id, note: 'seen again' }, moved)).ok).toBe(true);
  });

  it("cannot name the page for coverage: the page's outlet is left out by its real address", async () => {
    const { send } = await setUp();
    expect(await send('coverage', { entityId: 'il76-crash', pageUrl: 'https://www.afp.com/x' }, page(STORY))).toMatchObject({ ok: false });
    const onAfp = await send('coverage', { entityId: 'il76-crash' }, page('https://www.afp.com/en/news/1'));
    expect(onAfp.ok && (onAfp.value as Coverage).excludedOutletId).toBe('afp');
    const elsewhere = await send('coverage', { entityId: 'il76-crash' }, page(STORY));
    expect(elsewhere.ok && (elsewhere.value as Coverage).excludedOutletId).toBeUndefined();
  });

  it("addArticle is a content script's: from an extension page there is no page to read", async () => {
    const { send } = await setUp();
    expect(await send('addArticle', { html: '<p>x</p>' }, EXTENSION)).toMatchObject({ ok: false });
  });

  it('spots no text of a site the reader turned off: the background checks the switch, whatever the page sends', async () => {
    const { send } = await setUp({ offAt: async (url) => new URL(url).hostname === 'news.example' });
    // Not the page's last slice, which would set the background making the page's cards.
    const text = 'Dmitry Peskov said so. The rest of the page follows.';
    const slice = { text, until: text.indexOf(' The rest'), state: firstSliceState() };
    expect(await send('spot', slice, page(STORY))).toEqual({ ok: false, error: 'Parallax is off on this site.' });
    const elsewhere = await send('spot', slice, page(OTHER));
    expect(elsewhere.ok && (elsewhere.value as { mentions: { alias: string }[] }).mentions.map((m) => m.alias)).toEqual(['Dmitry Peskov']);
  });
});
