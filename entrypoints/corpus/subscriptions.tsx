/**
 * Wires the Subscriptions section: its events become worker messages, and a host that needs the
 * reader's permission is asked for in the click that allows it (permissions.request must run in a
 * user gesture, so it is the click handler's first call).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Subscriptions } from '../../components/corpus/Subscriptions';
import type { Subscription } from '../../lib/core/corpus/subscriptions';
import { plural } from '../../lib/core/plural';
import { toWorker } from '../../lib/extension/messages';
import { corpusRevision } from '../../lib/extension/settings';
import type { LoadProgress } from '../../lib/core/corpus/load-progress';
import { pollWhile } from '../../lib/pages/poll';

export interface SubscriptionsPanelProps {
  info(text: string): void;
  fail(text: string): void;
}

export function SubscriptionsPanel({ info, fail }: SubscriptionsPanelProps) {
  const [subscriptions, setSubscriptions] = useState<Subscription[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [askAccess, setAskAccess] = useState<{ origin: string; url: string; key: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [loading, setLoading] = useState<LoadProgress[]>([]);

  const reload = async () => {
    const r = await toWorker('subscriptions', {});
    if (r.ok) setSubscriptions(r.value);
    else fail(r.error);
  };
  useEffect(() => {
    void reload();
    return corpusRevision.watch(() => void reload());
  }, []);
  // How far an update is: status is asked every half second while this page runs an action, or
  // while something is loading (an update its schedule started), and once more when that ends.
  useEffect(
    () =>
      pollWhile(
        () => toWorker('status', {}),
        (r) => r.ok && setLoading(r.value.loading),
        (r) => busy !== null || (r.ok && r.value.loading.length > 0),
      ),
    [busy],
  );

  const running = async (what: string, work: () => Promise<void>) => {
    setBusy(what);
    try {
      await work();
    } finally {
      setBusy(null);
      await reload();
    }
  };

  const subscribe = (url: string, key: string) =>
    running('subscribe', async () => {
      setFormError(null);
      const r = await toWorker('subscribe', { url, key });
      if (!r.ok) return setFormError(`Not subscribed: ${r.error}`);
      if (r.value.kind === 'needs-access') return setAskAccess({ origin: r.value.origin, url, key });
      const s = r.value.subscription;
      info(`Subscribed to ${s.name}: ${plural(s.counts.articles, 'article')}, ${plural(s.counts.claims, 'claim')}.`);
    });

  return (
    <Subscriptions
      subscriptions={subscriptions}
      busy={busy}
      loading={loading}
      askAccess={askAccess?.origin ?? null}
      formError={formError}
      onSubscribe={(url, key) => void subscribe(url, key)}
      onAllowAccess={() => {
        const asked = askAccess;
        if (!asked) return;
        setAskAccess(null);
        void browser.permissions.request({ origins: [asked.origin] }).then((granted) => {
          if (granted) return subscribe(asked.url, asked.key);
          setFormError(`Not subscribed: Parallax may not read ${asked.origin.replace(/\/\*$/, '')} without your permission.`);
        });
      }}
      onCancelAccess={() => setAskAccess(null)}
      onUpdate={(id) =>
        void running(id, async () => {
          const r = await toWorker('updateSubscription', { id });
          if (!r.ok) return fail(r.error);
          if (r.value.state.kind === 'failed') fail(`${r.value.name}: update failed: ${r.value.state.reason} The last good version is kept.`);
          else info(`${r.value.name} is up to date.`);
        })
      }
      onUnsubscribe={(id) =>
        void running(id, async () => {
          const name = subscriptions?.find((s) => s.id === id)?.name ?? 'the subscription';
          const r = await toWorker('unsubscribe', { id });
          if (!r.ok) return fail(r.error);
          info(`Unsubscribed from ${name}: ${plural(r.value, 'row')} removed.`);
        })
      }
      onInterval={(id, minutes) =>
        void running(id, async () => {
          const r = await toWorker('setSubscriptionInterval', { id, minutes });
          if (!r.ok) fail(r.error);
        })
      }
    />
  );
}
