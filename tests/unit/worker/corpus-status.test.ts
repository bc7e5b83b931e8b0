/**
 * `status` as the popup sends it (lib/worker/handlers.ts over lib/worker/corpus-status.ts): it
 * answers at once while the bundled pack is still loading — even when that load never ends —
 * listing the tasks running; once the load settles it reports the pack's stamp or the load's error;
 * a change to the reader's corpus leaves that stamp; an import is a task of its own while it runs.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../lib/core/messages/dispatch';
import { WORKER_MESSAGES } from '../../../lib/core/messages/worker-protocol';
import { loadBundledCorpus } from '../../../lib/worker/corpus/startup';
import { createHandlers } from '../../../lib/worker/handlers';
import { createLoadProgress, type LoadProgressBoard } from '../../../lib/worker/load-progress';
import { miniPack } from '../../fixtures/mini-pack';
import { recordingBoard } from './recording-board';
import { bundledOf, databases, quietWiring, RULES, seedPack } from './corpus/helpers';

const { fresh } = databases('corpus-status');

function setUp(ready: Promise<string | null>, progress: LoadProgressBoard = createLoadProgress(() => 7), db = fresh()) {
  const handlers = createHandlers(db, ready, quietWiring({ progress }));
  const send = (type: string, data: unknown = {}) => dispatch(WORKER_MESSAGES, handlers, { type, data }, { kind: 'extension' });
  return { db, send, progress };
}

describe('status', () => {
  it('answers at once while the bundled load never settles, with the bundled task and how far it is', async () => {
    const { send, progress } = setUp(new Promise(() => {}));
    const bundled = progress.begin('Loading the bundled corpus', { key: 'bundled', total: 120 });
    bundled.step(30);
    expect(await send('status')).toEqual({
      ok: true,
      value: { pack: null, loadError: null, loading: [{ task: 'Loading the bundled corpus', key: 'bundled', done: 30, total: 120, startedAt: 7 }] },
    });
  });

  it('at a real start: the bundled task while the pack loads, part by part; then the stamp, and no task', async () => {
    const { board, log } = recordingBoard();
    const db = fresh();
    const ready = loadBundledCorpus(db, bundledOf(), RULES, board).then((r) => (r.ok ? null : r.error));
    const { send } = setUp(ready, board, db);
    const first = await send('status');
    expect(first).toMatchObject({
      ok: true,
      value: { pack: null, loadError: null, loading: [{ task: 'Loading the bundled corpus', key: 'bundled' }] },
    });
    expect(await ready).toBeNull();
    const after = await send('status');
    expect(after).toMatchObject({ ok: true, value: { loadError: null, loading: [] } });
    expect(after.ok && (after.value as { pack: { counts: Record<string, number> } }).pack.counts).toEqual({
      outlets: seedPack().outlets.length,
      articles: seedPack().articles.length,
      entities: seedPack().entities.length,
      facets: seedPack().facets.length,
      claims: seedPack().claims.length,
    });
    // Begun with its key, no count while the pack is read and checked, then the stored parts as they were written.
    expect(log[0]).toEqual(['begin', 'Loading the bundled corpus', { key: 'bundled' }]);
    expect(log[1]).toEqual(['step', 0, 0]);
    const written = log.slice(2, -1);
    expect(written.length).toBeGreaterThan(0);
    const parts = await db.packParts.count();
    expect(written.every((e) => e[0] === 'step' && e[2] === parts)).toBe(true);
    const done = written.map((e) => e[1] as number);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(parts);
    expect(log.at(-1)).toEqual(['end']);
  });

  it('says why the bundled pack could not be loaded, once that is known', async () => {
    const ready = Promise.resolve('Could not store the claim pack: disk full');
    const { send } = setUp(ready);
    await ready;
    expect(await send('status')).toEqual({ ok: true, value: { pack: null, loadError: 'Could not store the claim pack: disk full', loading: [] } });
  });

  it('keeps reporting the same stamp after Clear my corpus: the bundled pack is not stored again', async () => {
    const db = fresh();
    const ready = loadBundledCorpus(db, bundledOf(), RULES, createLoadProgress()).then((r) => (r.ok ? null : r.error));
    const { send } = setUp(ready, createLoadProgress(), db);
    await ready;
    const before = await send('status');
    expect(before).toMatchObject({ ok: true, value: { pack: { digest: bundledOf().digest } } });
    expect((await send('clearMyCorpus')).ok).toBe(true);
    expect(await send('status')).toEqual(before);
  });

  it('lists an import as a task of its own ("import") until it is done', async () => {
    const { board, log } = recordingBoard();
    const { send } = setUp(Promise.resolve(null), board);
    expect(await send('importPack', { pack: miniPack() })).toMatchObject({ ok: true });
    expect(log).toEqual([['begin', 'Importing a claim pack', { key: 'import' }], ['end']]);
    expect(await send('status')).toMatchObject({ ok: true, value: { loading: [] } });
  });
});
