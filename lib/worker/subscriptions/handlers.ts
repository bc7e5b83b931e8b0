/**
 * The worker's answers to the subscription messages, and what an alarm does. Every change to a
 * subscription's rows goes through `changing`, so cards and pages hear of it; a 304 does not.
 */
import type { Subscription } from '../../core/corpus/subscriptions';
import type { Handlers } from '../../core/messages/dispatch';
import type { ProtocolMap } from '../../core/messages/worker-protocol';
import { err, ok, type Result } from '../../core/result';
import type { ParallaxDb } from '../db/schema';
import { type Alarms, reconcile, schedule, subscriptionOfAlarm, unschedule } from './schedule';
import { listSubscriptions, setInterval, subscribe, unsubscribe, type SubscriptionDeps } from './service';
import { updateSubscription } from './update';

export type SubscriptionMessage = 'subscriptions' | 'subscribe' | 'updateSubscription' | 'unsubscribe' | 'setSubscriptionInterval';
export type SubscriptionWiring = SubscriptionDeps & { alarms: Alarms };
type Changing = <T>(names: boolean, work: () => Promise<Result<T>>) => Promise<Result<T>>;

export function subscriptionHandlers(
  db: ParallaxDb,
  wiring: SubscriptionWiring | undefined,
  changing: Changing,
): Pick<Handlers<ProtocolMap>, SubscriptionMessage> {
  if (!wiring) {
    const absent = async () => err('Subscriptions are not available in this context.');
    return { subscriptions: absent, subscribe: absent, updateSubscription: absent, unsubscribe: absent, setSubscriptionInterval: absent };
  }
  /** Runs an update, announcing a change only when the rows did change. */
  const update = async (id: string): Promise<Result<Subscription>> => {
    const before = await db.subscriptions.get(id);
    const updated = await updateSubscription(db, wiring, id);
    if (updated.ok && updated.value.revision !== before?.revision) await changing(true, async () => ok(null));
    return updated;
  };
  return {
    subscriptions: async () => ok(await listSubscriptions(db)),
    subscribe: (input) =>
      changing(true, async () => {
        const answer = await subscribe(db, wiring, input);
        if (answer.ok && answer.value.kind === 'subscribed') await schedule(wiring.alarms, answer.value.subscription, wiring.now());
        return answer;
      }),
    updateSubscription: ({ id }) => update(id),
    unsubscribe: ({ id }) =>
      changing(true, async () => {
        const removed = await unsubscribe(db, wiring.access, id);
        if (removed.ok) await unschedule(wiring.alarms, id);
        return removed;
      }),
    setSubscriptionInterval: async ({ id, minutes }) => {
      const next = await setInterval(db, id, minutes);
      if (next.ok) await schedule(wiring.alarms, next.value, wiring.now());
      return next;
    },
  };
}

/** What an alarm does: updates its subscription (an alarm for none is cleared). */
export async function onSubscriptionAlarm(
  db: ParallaxDb,
  wiring: SubscriptionWiring,
  handlers: Pick<Handlers<ProtocolMap>, 'updateSubscription'>,
  name: string,
): Promise<void> {
  const id = subscriptionOfAlarm(name);
  if (!id) return;
  if (!(await db.subscriptions.get(id))) {
    await unschedule(wiring.alarms, id);
    return;
  }
  await handlers.updateSubscription({ id }, { kind: 'extension' });
}

/** At start-up: one alarm per subscription, at its interval. */
export async function restoreSchedule(db: ParallaxDb, wiring: SubscriptionWiring): Promise<void> {
  await reconcile(wiring.alarms, await listSubscriptions(db), wiring.now());
}
