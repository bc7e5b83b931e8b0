/**
 * Updates by themselves: Subscribe makes a daily alarm for the subscription, the interval changes
 * it, the alarm updates the subscription, start-up makes the alarms match, and Unsubscribe clears
 * it. Alarms are wxt/testing's fakeBrowser's; the pack comes from a local host.
 */
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../lib/worker/handlers';
import { onSubscriptionAlarm, restoreSchedule, type SubscriptionWiring } from '../../../../lib/worker/subscriptions/handlers';
import { servePacks, type PackHost } from '../../../fixtures/pack-server';
import { newsroomPack } from '../../../fixtures/subscription-pack';
import { databases, quietWiring } from '../corpus/helpers';
import { deps, keys, signed, withSeed } from './helpers';

const { fresh } = databases('subscription-schedule');
const ext = { kind: 'extension' } as const;
let host: PackHost;
beforeEach(() => fakeBrowser.reset());
afterEach(() => host?.close());

async function setUp() {
  const db = await withSeed(fresh());
  const wiring: SubscriptionWiring = { ...deps(), alarms: fakeBrowser.alarms };
  let changes = 0;
  const handlers = createHandlers(db, Promise.resolve(null), quietWiring({ changed: async () => void changes++, subscriptions: wiring }));
  const publisher = await keys();
  host = await servePacks();
  const v1 = await signed(newsroomPack(), publisher);
  host.publish(v1.bytes, v1.signature);
  const r = await handlers.subscribe({ url: host.url, key: publisher.publicKey }, ext);
  if (!r.ok || r.value.kind !== 'subscribed') throw new Error(JSON.stringify(r));
  return { db, wiring, handlers, publisher, id: r.value.subscription.id, changes: () => changes };
}

describe('the update schedule', () => {
  it('makes a daily alarm at Subscribe, and the chosen interval replaces it', async () => {
    const { handlers, id } = await setUp();
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ name: `subscription:${id}`, periodInMinutes: 1440 })]);
    expect((await handlers.setSubscriptionInterval({ id, minutes: 60 }, ext)).ok).toBe(true);
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ name: `subscription:${id}`, periodInMinutes: 60 })]);
    expect(await handlers.setSubscriptionInterval({ id, minutes: 7 }, ext)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/must be one of 60, 360, 1440, 10080/),
    });
  });

  it('updates the subscription when its alarm fires, and announces a change only when its rows changed', async () => {
    const { db, wiring, handlers, publisher, id, changes } = await setUp();
    fakeBrowser.alarms.onAlarm.addListener((alarm) => onSubscriptionAlarm(db, wiring, handlers, alarm.name));
    const before = changes();
    await fakeBrowser.alarms.onAlarm.trigger({ name: `subscription:${id}`, scheduledTime: Date.now() });
    expect(host.requests).toHaveLength(2);
    expect(changes()).toBe(before); // a 304
    const v2 = await signed(newsroomPack('The Il-76 carried 74 people, the newsroom now says.'), publisher);
    host.publish(v2.bytes, v2.signature);
    await fakeBrowser.alarms.onAlarm.trigger({ name: `subscription:${id}`, scheduledTime: Date.now() });
    expect((await db.subscriptions.get(id))?.revision).toBe(2);
    expect(changes()).toBe(before + 1);
  });

  it('at start-up makes the alarms match the subscriptions; Unsubscribe clears its alarm', async () => {
    const { db, wiring, handlers, id } = await setUp();
    await fakeBrowser.alarms.clearAll();
    fakeBrowser.alarms.create('subscription:gone', { periodInMinutes: 60 });
    fakeBrowser.alarms.create('someone-else', { periodInMinutes: 5 });
    await restoreSchedule(db, wiring);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual(['someone-else', `subscription:${id}`]);
    expect((await handlers.unsubscribe({ id }, ext)).ok).toBe(true);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['someone-else']);
  });
});
