import { packHash } from './signature';

/** What the worker records about the bundled pack it loaded (the popup and corpus page show it). */
export interface PackStamp {
  format: string;
  digest: string;
  counts: Record<'outlets' | 'articles' | 'entities' | 'facets' | 'claims', number>;
  loadedAt: number;
}

/**
 * A bundled pack's digest, made by its build (lib/tools/build/bundled-corpus.ts) and compared by the
 * worker with the bytes it reads and the stamp it stored: the pack's hash as a signature names it
 * (packHash, made in 1 MiB steps with `pause()` between them), its first 32 hex digits.
 */
export const packDigest = async (bytes: Uint8Array, pause?: () => Promise<void>) => (await packHash(bytes, pause)).slice(0, 32);
