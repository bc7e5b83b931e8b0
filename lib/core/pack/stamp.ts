import { hex, sha256 } from '../digest';

/** What the worker records about the bundled pack it loaded (the popup and corpus page show it). */
export interface PackStamp {
  format: string;
  digest: string;
  counts: Record<'outlets' | 'articles' | 'entities' | 'facets' | 'claims', number>;
  loadedAt: number;
}

/**
 * A bundled pack's digest, made by its build (lib/tools/build/bundled-corpus.ts) and compared by the
 * worker with the bytes it reads and the stamp it stored: their SHA-256, the first 32 hex digits.
 */
export const packDigest = async (bytes: Uint8Array) => hex(await sha256(bytes)).slice(0, 32);
