import { hex, sha256 } from '../digest';

/** What the worker records about the bundled pack it loaded (the popup and corpus page show it). */
export interface PackStamp {
  format: string;
  digest: string;
  counts: Record<'outlets' | 'articles' | 'entities' | 'facets' | 'claims', number>;
  loadedAt: number;
}

/** Bytes hashed in one call: WebCrypto hashes in the calling thread, 37 MB at once held a worker 80 ms. */
const DIGEST_CHUNK = 1 << 20;

/**
 * A bundled pack's digest, made by its build (lib/tools/build/bundled-corpus.ts) and compared by the
 * worker with the bytes it reads and the stamp it stored: the SHA-256 of the SHA-256s of its MiB
 * chunks in order (of one empty chunk for no bytes), the first 32 hex digits. In chunks so that
 * `pause()` can let other work through between them.
 */
export async function packDigest(bytes: Uint8Array, pause: () => Promise<void> = async () => {}): Promise<string> {
  const chunks = Math.max(1, Math.ceil(bytes.length / DIGEST_CHUNK));
  const hashes = new Uint8Array(chunks * 32);
  for (let k = 0; k < chunks; k++) {
    hashes.set(await sha256(bytes.subarray(k * DIGEST_CHUNK, (k + 1) * DIGEST_CHUNK)), k * 32);
    await pause();
  }
  return hex(await sha256(hashes)).slice(0, 32);
}
