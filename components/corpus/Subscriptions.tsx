/**
 * Subscriptions: the My corpus page's section for signed claim packs — the form (Pack address,
 * Publisher key, Subscribe), the question when a host needs the reader's permission, and the list.
 * Props in, events out; entrypoints/corpus/subscriptions.tsx does the messaging.
 */
import { useId, useState } from 'preact/hooks';
import { subscriptionTaskKey, type LoadProgress } from '../../lib/core/corpus/load-progress';
import type { Subscription } from '../../lib/core/corpus/subscriptions';
import { BusyButton } from '../shared/BusyButton';
import { SubscriptionItem } from './SubscriptionItem';

export interface SubscriptionsProps {
  /** null while loading. */
  subscriptions: Subscription[] | null;
  /** What is running: 'subscribe', or the id of a subscription being updated or removed. */
  busy: string | null;
  /** The long work `status` reports running, where a subscription's update is found by its key. */
  loading?: readonly LoadProgress[];
  /** The origin a host needs the reader's permission for, asked after a Subscribe. */
  askAccess: string | null;
  /** Why the last Subscribe was refused, shown under the form. */
  formError: string | null;
  onSubscribe(url: string, key: string): void;
  onAllowAccess(): void;
  onCancelAccess(): void;
  onUpdate(id: string): void;
  onUnsubscribe(id: string): void;
  onInterval(id: string, minutes: number): void;
}

export function Subscriptions(props: SubscriptionsProps) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const { subscriptions, busy } = props;
  return (
    <section class="mc-section mc-subscriptions" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} tabIndex={-1}>
        Subscriptions
      </h2>
      <p class="mc-muted">
        Subscribe to a claim pack a newsroom or research group publishes and signs: Parallax checks it for updates by itself, and only accepts a pack
        signed with the publisher’s key. A subscription adds its own rows and never changes yours, the bundled corpus or another subscription’s.
      </p>
      <form
        class="mc-form"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubscribe(url.trim(), key.trim());
        }}
      >
        <label class="mc-field-label" for={`${id}-url`}>
          Pack address
        </label>
        <input
          id={`${id}-url`}
          type="url"
          required
          placeholder="https://example.org/pack.json"
          value={url}
          aria-invalid={props.formError ? 'true' : undefined}
          aria-describedby={props.formError ? `${id}-err` : undefined}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        <label class="mc-field-label" for={`${id}-key`}>
          Publisher key
        </label>
        <input
          id={`${id}-key`}
          type="text"
          required
          spellcheck={false}
          autocomplete="off"
          value={key}
          aria-invalid={props.formError ? 'true' : undefined}
          aria-describedby={props.formError ? `${id}-err` : undefined}
          onInput={(e) => setKey(e.currentTarget.value)}
        />
        {props.formError && (
          <p id={`${id}-err`} class="mc-field-error" role="alert">
            {props.formError}
          </p>
        )}
        <div class="mc-row">
          <BusyButton
            type="submit"
            class="mc-button mc-primary mc-subscribe"
            running={busy === 'subscribe'}
            label="Subscribe"
            busyLabel="Subscribing…"
          />
        </div>
      </form>
      {props.askAccess && (
        <div class="mc-confirm mc-ask-access" role="group" aria-labelledby={`${id}-ask`}>
          <p id={`${id}-ask`} class="mc-confirm-question">
            The host {props.askAccess.replace(/\/\*$/, '')} does not let other sites read its pack. Allow Parallax to read that address?
          </p>
          <p class="mc-muted">Only this one site, only to fetch the pack; the permission is given back when you unsubscribe.</p>
          <div class="mc-row">
            <button type="button" class="mc-button mc-primary mc-allow-access" onClick={props.onAllowAccess}>
              Allow and subscribe
            </button>
            <button type="button" class="mc-button" onClick={props.onCancelAccess}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {subscriptions === null ? (
        <p class="mc-muted" aria-busy="true">
          Loading your subscriptions…
        </p>
      ) : subscriptions.length === 0 ? (
        <p class="mc-empty">No subscriptions yet.</p>
      ) : (
        <ul class="mc-subscription-list">
          {subscriptions.map((s) => (
            <SubscriptionItem
              key={s.id}
              subscription={s}
              busy={busy === s.id}
              progress={props.loading?.find((t) => t.key === subscriptionTaskKey(s.id))}
              onUpdate={props.onUpdate}
              onUnsubscribe={props.onUnsubscribe}
              onInterval={props.onInterval}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
