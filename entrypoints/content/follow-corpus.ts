/**
 * Keeps a page in step with the corpus: new claims reload an open card; new names (accepted,
 * imported, removed) are fetched and the page spotted again; either way the background forgot the
 * cards it had prepared, so they are prepared again.
 */
import type { CoverageWarmer } from '../../lib/content/coverage-warmer';
import type { Spotter } from '../../lib/content/spotter';
import { corpusRevision } from '../../lib/extension/settings';
import type { Gazetteer, GazetteerEntry } from '../../lib/core/spot/gazetteer';

export interface KnownNames {
  compiled: Gazetteer;
  names: Map<string, GazetteerEntry>;
}

interface Follower {
  loadNames(): Promise<KnownNames | undefined>;
  useNames(known: KnownNames): void;
  spotter(): Spotter | undefined;
  reloadCard(): void;
  warmer: CoverageWarmer;
}

/** Starts following; returns the function that stops it. */
export function followCorpus(f: Follower): () => void {
  let refresh = 0;
  const namesChanged = async () => {
    // Changes can come in quick succession: only the newest answer is used.
    const mine = ++refresh;
    const next = await f.loadNames();
    if (!next || mine !== refresh) return;
    f.useNames(next);
    f.reloadCard();
    await f.spotter()?.useGazetteer(next.compiled);
  };
  return corpusRevision.watch((now, before) => {
    f.warmer.reset();
    if (now.names !== before?.names) return void namesChanged();
    f.reloadCard();
    f.warmer.found(f.spotter()?.list().map((m) => m.entityId) ?? []);
  });
}
