/**
 * A subscription update says how far it is: fetchPack reports the bytes received (with the
 * Content-Length when the host gives one), and updateSubscription lists a task keyed `sub:<id>` on
 * the board from start to end — seen here in the middle of a download a local host holds half way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fetchPack } from '../../../../lib/worker/subscriptions/fetch-pack';
import { updateSubscription } from '../../../../lib/worker/subscriptions/update';
import type { PackHost } from '../../../fixtures/pack-server';
import { NEWSROOM, newsroomPack } from '../../../fixtures/subscription-pack';
import { databases } from '../corpus/helpers';
import { recordingBoard } from '../recording-board';
import { deps, signed, subscribedOn, withSeed } from './helpers';

const { fresh } = databases('subscription-progress');
let host: PackHost | undefined;
afterEach(() => host?.close());

/** A response whose body arrives in these pieces. */
const streamed = (pieces: number[], headers: Record<string, string> = {}) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const n of pieces) controller.enqueue(new Uint8Array(n).fill(0x20));
        controller.close();
      },
    }),
    { headers },
  );

describe('fetchPack reports its bytes', () => {
  it('with the total the Content-Length announces', async () => {
    const heard: unknown[][] = [];
    const r = await fetchPack(
      async () => streamed([100, 50, 10], { 'content-length': '160' }),
      'https://packs.example/pack.json',
      {},
      1000,
      (...a) => heard.push(a),
    );
    expect(r.ok).toBe(true);
    expect(heard).toEqual([
      [100, 160],
      [150, 160],
      [160, 160],
    ]);
  });

  it('without a total when none is announced, or when the body outgrows it (a compressed one)', async () => {
    const heard: unknown[][] = [];
    await fetchPack(
      async () => streamed([100, 50]),
      'https://packs.example/pack.json',
      {},
      1000,
      (...a) => heard.push(a),
    );
    await fetchPack(
      async () => streamed([60, 60], { 'content-length': '100' }),
      'https://packs.example/pack.json',
      {},
      1000,
      (...a) => heard.push(a),
    );
    expect(heard).toEqual([
      [100, undefined],
      [150, undefined],
      [60, 100],
      [120, undefined],
    ]);
  });
});

/** A database with the bundled corpus, subscribed to the newsroom's pack. */
async function subscribed(d: ReturnType<typeof deps>) {
  const db = await withSeed(fresh());
  const on = await subscribedOn(db, d);
  host = on.host;
  return { db, id: on.sub.id, publisher: on.publisher };
}

describe('updateSubscription reports its task', () => {
  it('lists “Updating …” keyed by the subscription while the pack downloads, with its bytes, and drops it when done', async () => {
    const { board: progress, log } = recordingBoard(() => 5);
    const d = deps({ progress });
    const { db, id, publisher } = await subscribed(d);
    expect(progress.current()).toEqual([]);

    const v2 = await signed(newsroomPack('The Il-76 carried 74 people, the newsroom now says.'), publisher);
    host!.publish(v2.bytes, v2.signature);
    const half = Math.floor(v2.bytes.byteLength / 2);
    const gate = host!.hold(half);
    const updating = updateSubscription(db, d, id);
    await expect
      .poll(() => progress.current(), { timeout: 10_000 })
      .toEqual([{ task: `Updating “${NEWSROOM}”`, key: `sub:${id}`, done: half, total: v2.bytes.byteLength, startedAt: 5 }]);
    gate.release();
    expect(await updating).toMatchObject({ ok: true, value: { revision: 2, state: { kind: 'ok' } } });
    expect(progress.current()).toEqual([]);
    // After the bytes, indeterminate while the pack is checked, then the stored parts written, then the end.
    const steps = log.filter((e) => e[0] === 'step');
    const downloaded = steps.findIndex((e) => e[1] === v2.bytes.byteLength);
    expect(steps[downloaded]).toEqual(['step', v2.bytes.byteLength, v2.bytes.byteLength]);
    expect(steps[downloaded + 1]).toEqual(['step', 0, 0]);
    const parts = steps.slice(downloaded + 2);
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.at(-1)![1]).toBe(parts.at(-1)![2]);
    expect(log.at(-1)).toEqual(['end']);
  });

  it('drops the task when the update fails too', async () => {
    const { board, log } = recordingBoard();
    const { db, id } = await subscribed(deps());
    await host?.close();
    host = undefined;
    const r = await updateSubscription(db, deps({ progress: board }), id);
    expect(r).toMatchObject({ ok: true, value: { state: { kind: 'failed' } } });
    expect(log).toEqual([['begin', `Updating “${NEWSROOM}”`, { key: `sub:${id}` }], ['end']]);
    expect(board.current()).toEqual([]);
  });
});

describe('subscribe reports its task', () => {
  it('lists “Subscribing to …” from the download to the stored parts, and drops it when subscribed', async () => {
    const { board, log } = recordingBoard();
    const db = await withSeed(fresh());
    const on = await subscribedOn(db, deps({ progress: board }));
    host = on.host;
    expect(log[0]).toEqual(['begin', 'Subscribing to 127.0.0.1', { key: 'subscribe' }]);
    const steps = log.filter((e) => e[0] === 'step');
    expect(steps.some((e) => e[1] === 0 && e[2] === 0)).toBe(true); // checking the pack
    expect(steps.at(-1)![1]).toBe(steps.at(-1)![2]); // every part written
    expect(log.at(-1)).toEqual(['end']);
    expect(board.current()).toEqual([]);
  });
});
