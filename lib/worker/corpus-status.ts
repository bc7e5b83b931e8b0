/**
 * The answer to `status`: whether the bundled pack is in (with its stamp, read once it is: only a
 * start stores the bundled pack) and the long tasks running now, from memory. It never waits for
 * a load nor reads a table a load may be writing, so it answers at once, even while the first load
 * of a large corpus holds the database.
 */
import type { ProtocolMap } from '../core/messages/worker-protocol';
import type { PackStamp } from '../core/pack/stamp';
import { bundledRecord } from './sources/bundled';
import type { ParallaxDb } from './db/schema';
import type { LoadProgressBoard } from './load-progress';

type Status = ProtocolMap['status']['response'];

/** `ready` settles when the bundled pack has been loaded (or failed to), with the load error if any. */
export function corpusStatus(db: ParallaxDb, ready: Promise<string | null>, progress: LoadProgressBoard) {
  let settled: { loadError: string | null } | null = null;
  const settle = (loadError: string | null) => {
    settled = { loadError };
  };
  // One reaction, not a chain: whoever awaits `ready` after this finds it settled here too.
  void ready.then(settle, (e: unknown) => settle(e instanceof Error ? e.message : String(e)));
  /** The stamp as last read; undefined until read once the load settled. */
  let stamp: PackStamp | null | undefined;
  const read = async () => {
    stamp = (await bundledRecord(db))?.stamp ?? null;
    return stamp;
  };
  return {
    answer: async (): Promise<Status> => {
      const loading = progress.current();
      if (!settled) return { pack: null, loadError: null, loading };
      return { pack: stamp === undefined ? await read() : stamp, loadError: settled.loadError, loading };
    },
  };
}
