/**
 * SubscriptionItem: one subscription — its name, key fingerprint, address, what it holds, when it
 * was checked and changed, its state (up to date, or why the last update failed and when), and its
 * actions: Update now, the interval, Unsubscribe (asked in place first). While it is being updated
 * (from this page or by its schedule) the button says how far ("Updating… 42%") and every action waits.
 */
import { useId, useState } from 'preact/hooks';
import { percentDone, type LoadProgress } from '../../lib/core/corpus/load-progress';
import { INTERVALS, type Subscription } from '../../lib/core/corpus/subscriptions';
import { plural } from '../../lib/core/plural';
import { BusyButton } from '../shared/BusyButton';
import { InlineConfirm } from '../shared/InlineConfirm';
import { useReturnFocus } from '../shared/use-return-focus';

export interface SubscriptionItemProps {
  subscription: Subscription;
  /** An action on it started from this page is running. */
  busy: boolean;
  /** Its update, as `status` reports it while one runs (from this page or by its schedule). */
  progress?: LoadProgress;
  onUpdate(id: string): void;
  onUnsubscribe(id: string): void;
  onInterval(id: string, minutes: number): void;
}

const when = (t: number | undefined) => (t === undefined ? 'never' : new Date(t).toLocaleString());

const updatingLabel = (progress: LoadProgress | undefined) => {
  const percent = progress ? percentDone(progress) : null;
  return percent === null ? 'Updating…' : `Updating… ${percent}%`;
};

export function SubscriptionItem({ subscription: s, busy: ownAction, progress, onUpdate, onUnsubscribe, onInterval }: SubscriptionItemProps) {
  const id = useId();
  const busy = ownAction || progress !== undefined;
  const [confirming, setConfirming] = useState(false);
  const removeRef = useReturnFocus<HTMLButtonElement>(confirming);
  return (
    <li class="mc-item mc-subscription" data-subscription={s.id} aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`} class="mc-title">
        {s.name}
      </h3>
      <p class="mc-meta">
        <span class="mc-fingerprint">Key {s.fingerprint}</span>
        <span class="mc-address">{s.url}</span>
      </p>
      <p class="mc-meta">
        <span class="mc-holds">
          Holds {plural(s.counts.articles, 'article')}, {plural(s.counts.claims, 'claim')}, {plural(s.counts.outlets, 'outlet')}
        </span>
        <span>Last checked {when(s.lastChecked)}</span>
        <span>Last changed {when(s.lastChanged)}</span>
      </p>
      {s.state.kind === 'ok' ? (
        <p class="mc-state mc-state-ok" data-state="ok">
          Up to date
        </p>
      ) : (
        <p class="mc-state mc-field-error" data-state="failed">
          Update failed {when(s.state.at)}: {s.state.reason} The last good version is kept.
        </p>
      )}
      <div class="mc-row">
        <BusyButton
          class="mc-button mc-update"
          running={busy}
          label="Update now"
          busyLabel={updatingLabel(progress)}
          onClick={() => onUpdate(s.id)}
        />
        <label class="mc-field-label" for={`${id}-interval`}>
          Check
        </label>
        <select
          id={`${id}-interval`}
          class="mc-interval"
          value={s.intervalMinutes}
          disabled={busy}
          onChange={(e) => onInterval(s.id, Number(e.currentTarget.value))}
        >
          {INTERVALS.map((i) => (
            <option key={i.minutes} value={i.minutes}>
              {i.label}
            </option>
          ))}
        </select>
        {!confirming && (
          <button type="button" class="mc-button mc-danger mc-unsubscribe" ref={removeRef} disabled={busy} onClick={() => setConfirming(true)}>
            Unsubscribe…
          </button>
        )}
      </div>
      {confirming && (
        <InlineConfirm
          question={`Unsubscribe from ${s.name}? Its ${plural(s.counts.claims, 'claim')} leave your corpus; nothing else changes.`}
          yes="Unsubscribe"
          no="Keep"
          onYes={() => {
            setConfirming(false);
            onUnsubscribe(s.id);
          }}
          onNo={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
