/**
 * Keeps a page in step with the corpus: new claims make the cards' answers stale (an open card asks
 * again); new names (accepted, imported, removed) mean the page is spotted again (the background
 * compiles them); either way the background forgot the cards it had prepared, so they are prepared
 * again.
 */
import type { CoverageWarmer } from '../../lib/content/coverage-warmer';
import type { Spotter } from '../../lib/content/spotter';
import { corpusRevision } from '../../lib/extension/settings';

interface Follower {
  spotter(): Spotter | undefined;
  /** The cards' answers kept are stale (an open card asks again). */
  answersStale(): void;
  warmer: CoverageWarmer;
}

/** Starts following; returns the function that stops it. */
export function followCorpus(f: Follower): () => void {
  const namesChanged = async () => {
    f.answersStale();
    // A newer change starts a newer scan, which replaces this one.
    await f.spotter()?.rescanAll();
  };
  return corpusRevision.watch((now, before) => {
    f.warmer.reset();
    if (now.names !== before?.names) return void namesChanged();
    f.answersStale();
    f.warmer.found(
      f
        .spotter()
        ?.list()
        .map((m) => m.entityId) ?? [],
    );
  });
}
