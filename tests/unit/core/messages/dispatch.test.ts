/**
 * Parsing and dispatch of the worker's messages (lib/core/messages): anything malformed is an error
 * value naming the first bad field; a sender is told what it may not send; nothing throws.
 */
import { firstSliceState } from '../../../../lib/core/spot/slice-spot';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../lib/worker/handlers';
import { createLoadProgress } from '../../../../lib/worker/load-progress';
import { bundledOf } from '../../worker/corpus/helpers';
import { err } from '../../../../lib/core/result';
import { ensureBundled } from '../../../../lib/worker/sources/bundled';
import { ParallaxDb } from '../../../../lib/worker/db/schema';
import { dispatch, fromSender, type From } from '../../../../lib/core/messages/dispatch';
import { request } from '../../../../lib/core/messages/request';
import { parseWith } from '../../../../lib/core/messages/protocol';
import { WORKER_MESSAGES } from '../../../../lib/core/messages/worker-protocol';
import { miniPack } from '../../../fixtures/mini-pack';

const EXTENSION: From = { kind: 'extension' };

describe('parsing a message to the worker', () => {
  it.each([
    [null, 'Malformed message'],
    ['status', 'Malformed message'],
    [{ type: 'delete-everything' }, 'Unknown message type "delete-everything"'],
    [{ type: 'toString' }, 'Unknown message type "toString"'],
    [{ type: '__proto__' }, 'Unknown message type "__proto__"'],
    [{ type: 'coverage', data: { entityId: 42 } }, 'coverage.entityId must be a non-empty string'],
    [{ type: 'coverage', data: { entityId: 'x', hide: { alignment: 'pro-Kremlin' } } }, 'coverage.hide.alignment must be a list of labels'],
    [{ type: 'coverage', data: { entityId: 'x', hide: [] } }, 'coverage.hide must map each label axis to a list of labels'],
    [{ type: 'coverage', data: [] }, 'coverage: data must be an object'],
    [{ type: 'warmCoverage', data: { entityIds: 'il76-crash' } }, 'warmCoverage.entityIds must be a list of at most 200 strings'],
    [
      { type: 'warmCoverage', data: { entityIds: Array.from({ length: 201 }, (_, i) => `e${i}`) } },
      'warmCoverage.entityIds must be a list of at most 200 strings',
    ],
    [{ type: 'importHighlights', data: { highlights: [{}] } }, 'importHighlights.highlights[0].id: must be a non-empty string'],
  ])('refuses %j with an error value', (message, error) => {
    const r = parseWith(WORKER_MESSAGES, message);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(error);
  });

  it('drops keys a request does not declare', () => {
    expect(parseWith(WORKER_MESSAGES, { type: 'deleteArticle', data: { id: 'a', extra: true } })).toEqual({
      ok: true,
      value: { type: 'deleteArticle', data: { id: 'a' } },
    });
  });
});

describe('who sent a message', () => {
  const base = 'chrome-extension://abcdefghijklmnop/';
  it('is an extension page iff its URL is on the extension origin, whether or not it is in a tab', () => {
    expect(fromSender({ url: `${base}popup.html` }, base)).toEqual({ kind: 'extension' });
    expect(fromSender({ url: `${base}collection.html`, tab: { url: `${base}collection.html` } }, base)).toEqual({ kind: 'extension' });
  });
  it('is a page, at its own URL, otherwise — never the extension because it names it', () => {
    expect(fromSender({ url: 'https://news.example/a#x', tab: { url: 'https://news.example/a' } }, base)).toEqual({
      kind: 'page',
      url: 'https://news.example/a#x',
    });
    expect(fromSender({ url: 'https://evil.example/?chrome-extension://abcdefghijklmnop/' }, base)).toEqual({
      kind: 'page',
      url: 'https://evil.example/?chrome-extension://abcdefghijklmnop/',
    });
    expect(fromSender({ url: 'chrome-extension://another/popup.html' }, base)).toBeNull();
    expect(fromSender({}, base)).toBeNull();
  });
  it("is where its tab is now when the top frame moved on by pushState (Chrome keeps sender.url where it loaded), on the frame's origin only", () => {
    const moved = { url: 'https://news.example/a', frameId: 0, tab: { url: 'https://news.example/b?story=2' } };
    expect(fromSender(moved, base)).toEqual({ kind: 'page', url: 'https://news.example/a', current: 'https://news.example/b?story=2' });
    expect(fromSender({ ...moved, frameId: 3 }, base), 'a frame is not where its tab is').toEqual({ kind: 'page', url: 'https://news.example/a' });
    expect(fromSender({ ...moved, tab: { url: 'https://other.example/b' } }, base), 'another origin').toEqual({
      kind: 'page',
      url: 'https://news.example/a',
    });
    expect(fromSender({ ...moved, tab: { url: 'http://news.example/b' } }, base), 'another scheme').toEqual({
      kind: 'page',
      url: 'https://news.example/a',
    });
    expect(fromSender({ ...moved, tab: { url: 'https://news.example/a' } }, base)).toEqual({ kind: 'page', url: 'https://news.example/a' });
  });
});

describe('dispatch to the worker handlers', async () => {
  const db = new ParallaxDb(`messaging-${Math.random()}`);
  const wiring = {
    bundled: bundledOf(miniPack()),
    facets: [],
    overrides: async () => ({}),
    offAt: async () => false,
    readPage: async () => err('no page is added here'),
    changed: async () => {},
    progress: createLoadProgress(),
  };
  const ready = ensureBundled(db, bundledOf(miniPack())).then((r) => (r.ok ? null : r.error));
  const handlers = createHandlers(db, ready, wiring);
  const send = (message: unknown, from: From | null = EXTENSION) => dispatch(WORKER_MESSAGES, handlers, message, from);

  it('answers status, spot and coverage', async () => {
    await ready;
    const status = await send({ type: 'status', data: {} });
    expect(status).toMatchObject({ ok: true, value: { loadError: null, pack: { counts: { claims: 3 } } } });
    const text = 'Kyiv said nothing.';
    const spot = await send({ type: 'spot', data: { text, until: text.length, state: firstSliceState() } });
    expect(spot.ok && (spot.value as { mentions: { entityId: string }[] }).mentions.map((m) => m.entityId)).toEqual(['kyiv']);
    expect((await send({ type: 'coverage', data: { entityId: 'crash' } })).ok).toBe(true);
  });

  it('turns an unknown entity and a throwing handler into error values', async () => {
    expect(await send({ type: 'coverage', data: { entityId: 'nobody' } })).toEqual({ ok: false, error: 'Unknown entity "nobody"' });
    const broken = { ...handlers, status: () => Promise.reject(new Error('disk on fire')) };
    expect(await dispatch(WORKER_MESSAGES, broken, { type: 'status' }, EXTENSION)).toEqual({ ok: false, error: 'status failed: disk on fire' });
  });

  it('refuses every message from a sender that is neither a page nor the extension', async () => {
    expect(await send({ type: 'coverage', data: { entityId: 'crash' } }, null)).toEqual({
      ok: false,
      error: "coverage: refused, the sender is neither a web page nor Parallax's own page",
    });
  });

  it('request() turns a dead transport or a silent answer into error values', async () => {
    expect(await request(() => Promise.reject(new Error('Receiving end does not exist')), 'status', {})).toEqual({
      ok: false,
      error: 'status: Receiving end does not exist',
    });
    expect(await request(() => Promise.resolve(undefined), 'status', {})).toEqual({ ok: false, error: 'status: no answer' });
  });
});
