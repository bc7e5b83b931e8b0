/**
 * The sender table of the worker protocol: every message has a row; a content script is refused
 * every extension-only message (before any handler runs), and an extension page may send all.
 */
import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../../lib/core/messages/dispatch';
import { WORKER_MESSAGES, type ProtocolMap } from '../../../../lib/core/messages/worker-protocol';
import { ok } from '../../../../lib/core/result';
import { sampleHighlights } from '../../../fixtures/highlights';

/** What a content script needs for its own page, written out here (not read from the table). */
const PAGE_SET = [
  'wake',
  'spot',
  'coverage',
  'openEvent',
  'openNoteInCollection',
  'warmCoverage',
  'saveHighlight',
  'updateHighlight',
  'highlights',
  'reportAnchors',
  'articleAt',
  'addArticle',
];
const EXTENSION_ONLY = [
  'status',
  'outlets',
  'eventCoverage',
  'deleteHighlight',
  'restoreHighlight',
  'importHighlights',
  'clearHighlights',
  'myArticles',
  'deleteArticle',
  'reextractArticles',
  'candidates',
  'dismissCandidate',
  'acceptCandidate',
  'exportPack',
  'importPack',
  'clearMyCorpus',
  'subscriptions',
  'subscribe',
  'updateSubscription',
  'unsubscribe',
  'setSubscriptionInterval',
];

/** Handlers that only record that they ran. */
function recording() {
  const ran: string[] = [];
  const handler = (type: string) => async () => {
    ran.push(type);
    return ok(null);
  };
  const handlers = Object.fromEntries(Object.keys(WORKER_MESSAGES).map((type) => [type, handler(type)])) as unknown as Handlers<ProtocolMap>;
  return { ran, handlers };
}

/** A request each message's schema accepts, so only the sender can be the reason for a refusal. */
const VALID: Record<string, unknown> = {
  spot: { text: '', until: 0, state: { seen: [], reached: 0, carry: [] } },
  coverage: { entityId: 'x' },
  eventCoverage: { entityId: 'x' },
  openEvent: { entityId: 'x' },
  openNoteInCollection: { id: 'h' },
  warmCoverage: { entityIds: [] },
  updateHighlight: { id: 'h' },
  deleteHighlight: { id: 'h' },
  reportAnchors: { results: [] },
  addArticle: { html: '<p>x</p>' },
  deleteArticle: { id: 'a' },
  dismissCandidate: { name: 'X' },
  acceptCandidate: { name: 'X', type: 'person', aliases: [] },
  importPack: { pack: {} },
  articleAt: { urls: [] },
  importHighlights: { highlights: [] },
  restoreHighlight: { highlight: sampleHighlights()[0] },
  subscribe: { url: 'https://packs.example/pack.json', key: 'k' },
  updateSubscription: { id: 's' },
  unsubscribe: { id: 's' },
  setSubscriptionInterval: { id: 's', minutes: 60 },
};

describe('who may send which message', () => {
  it('has a row for every message, and the rows are the page set and the extension-only set', () => {
    expect(Object.keys(WORKER_MESSAGES).sort()).toEqual(
      [...PAGE_SET, ...EXTENSION_ONLY, 'saveHighlight', 'restoreHighlight'].filter((t, i, a) => a.indexOf(t) === i).sort(),
    );
    for (const type of PAGE_SET) expect(WORKER_MESSAGES[type as keyof ProtocolMap].from, type).toBe('page');
    for (const type of EXTENSION_ONLY) expect(WORKER_MESSAGES[type as keyof ProtocolMap].from, type).toBe('extension');
  });

  it.each(EXTENSION_ONLY)('refuses %s from a content script, running nothing', async (type) => {
    const { ran, handlers } = recording();
    const r = await dispatch(WORKER_MESSAGES, handlers, { type, data: VALID[type] ?? {} }, { kind: 'page', url: 'https://news.example/a' });
    expect(r).toEqual({ ok: false, error: `${type}: refused, only Parallax's own pages may send it, not a web page's content script` });
    expect(ran).toEqual([]);
  });

  it('lets an extension page send every message, and a content script the page set', async () => {
    const { ran, handlers } = recording();
    for (const type of EXTENSION_ONLY)
      expect((await dispatch(WORKER_MESSAGES, handlers, { type, data: VALID[type] ?? {} }, { kind: 'extension' })).ok, type).toBe(true);
    const page = PAGE_SET.filter((t) => t !== 'saveHighlight');
    for (const type of page)
      expect(
        (await dispatch(WORKER_MESSAGES, handlers, { type, data: VALID[type] ?? {} }, { kind: 'page', url: 'https://news.example/a' })).ok,
        type,
      ).toBe(true);
    expect(ran).toEqual([...EXTENSION_ONLY, ...page]);
  });
});
