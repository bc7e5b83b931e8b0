/** CorpusStatus: what the extension's database holds, or why it holds nothing. */
import type { ProtocolMap } from '../../lib/core/messages/worker-protocol';

export type CorpusState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; status: ProtocolMap['status']['response'] };

const ROWS = [
  ['outlets', 'Outlets'],
  ['articles', 'Articles'],
  ['entities', 'Events and figures'],
  ['facets', 'Questions compared'],
  ['claims', 'Claims'],
] as const;

export function CorpusStatus({ state }: { state: CorpusState }) {
  return (
    <section class="corpus-status" aria-live="polite" aria-label="Corpus">
      <h1>Parallax</h1>
      {(state.kind === 'loading' || (state.kind === 'ready' && !state.status.pack && !state.status.loadError)) && <p>Loading the corpus…</p>}
      {state.kind === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && state.status.loadError && (
        <p class="error" role="alert">
          The corpus could not be loaded: {state.status.loadError}
        </p>
      )}
      {state.kind === 'ready' && state.status.pack && (
        <dl data-testid="corpus-counts">
          {ROWS.map(([key, label]) => (
            <>
              <dt>{label}</dt>
              <dd data-count={key}>{state.status.pack!.counts[key]}</dd>
            </>
          ))}
        </dl>
      )}
    </section>
  );
}
