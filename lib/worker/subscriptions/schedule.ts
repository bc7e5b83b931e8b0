/**
 * When subscriptions update by themselves: one repeating alarm per subscription, named after it,
 * at its interval (daily by default). At start-up the alarms are made to match the subscriptions
 * (a browser may drop alarms on restart), each due one interval after its last check.
 */
import type { Subscription } from '../../core/corpus/subscriptions';

const PREFIX = 'subscription:';

/** The part of the alarms API this uses (browser.alarms, or wxt/testing's fakeBrowser.alarms). */
export interface Alarms {
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): unknown;
  clear(name: string): Promise<boolean>;
  getAll(): Promise<{ name: string; periodInMinutes?: number }[]>;
}

export const alarmName = (id: string) => `${PREFIX}${id}`;
/** The subscription an alarm is for, or undefined for anyone else's alarm. */
export const subscriptionOfAlarm = (name: string) => (name.startsWith(PREFIX) ? name.slice(PREFIX.length) : undefined);

/** Minutes until the next update: one interval after the last check (at least one minute from now). */
export function minutesUntilDue(sub: Pick<Subscription, 'intervalMinutes' | 'lastChecked'>, now: number): number {
  const last = sub.lastChecked ?? now;
  return Math.max(1, sub.intervalMinutes - (now - last) / 60_000);
}

export async function schedule(alarms: Alarms, sub: Subscription, now: number): Promise<void> {
  await alarms.create(alarmName(sub.id), { delayInMinutes: minutesUntilDue(sub, now), periodInMinutes: sub.intervalMinutes });
}

export async function unschedule(alarms: Alarms, id: string): Promise<void> {
  await alarms.clear(alarmName(id));
}

/** Makes the alarms match the subscriptions: missing or wrong ones made, orphans cleared. */
export async function reconcile(alarms: Alarms, subs: readonly Subscription[], now: number): Promise<void> {
  const existing = new Map((await alarms.getAll()).filter((a) => subscriptionOfAlarm(a.name)).map((a) => [a.name, a]));
  for (const sub of subs) {
    const alarm = existing.get(alarmName(sub.id));
    if (alarm?.periodInMinutes !== sub.intervalMinutes) await schedule(alarms, sub, now);
    existing.delete(alarmName(sub.id));
  }
  for (const name of existing.keys()) await alarms.clear(name);
}
