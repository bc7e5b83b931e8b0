/**
 * Subscriptions' link to the browser: fetch, the permissions API for a host's origin, and alarms.
 * A no-cors probe tells a host that is there but does not allow cross-origin reads (ask the
 * reader for its origin) from one that is not there at all.
 */
import { browser } from 'wxt/browser';
import type { SubscriptionWiring } from './handlers';

export function browserSubscriptionWiring(): SubscriptionWiring {
  return {
    fetch: (url, init) => fetch(url, init),
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    alarms: browser.alarms,
    access: {
      answersNoCors: async (url) => {
        try {
          await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
          return true;
        } catch {
          return false;
        }
      },
      granted: (origin) => browser.permissions.contains({ origins: [origin] }),
      release: async (origins) => {
        if (origins.length === 0) return;
        // An origin never granted (the host allowed cross-origin reads) is simply not removed.
        await browser.permissions.remove({ origins }).catch(() => false);
      },
    },
  };
}
