/** The bundled pack's digest (lib/core/pack/stamp.ts), against the definition written with Node's hash. */
import { describe, expect, it } from 'vitest';
import { packDigest } from '../../../../lib/core/pack/stamp';
import { expectedPackDigest } from '../../../fixtures/pack-digest';

const MIB = 1 << 20;
const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + (i >> 11)) & 255);

describe('packDigest', () => {
  it('is the hash of the MiB chunks hashes, at every chunk boundary, pausing between chunks', async () => {
    for (const n of [0, 1, MIB - 1, MIB, MIB + 1, 3 * MIB + 5]) {
      let pauses = 0;
      const digest = await packDigest(bytes(n), async () => {
        pauses++;
      });
      expect(digest, `${n} bytes`).toBe(expectedPackDigest(bytes(n)));
      expect(pauses, `${n} bytes`).toBe(Math.max(1, Math.ceil(n / MIB)));
    }
  });

  it('tells apart packs that differ in one byte or in length', async () => {
    const a = bytes(MIB + 10);
    const b = a.slice();
    b[MIB + 3] ^= 1;
    expect(await packDigest(a)).not.toBe(await packDigest(b));
    expect(await packDigest(a)).not.toBe(await packDigest(a.subarray(0, MIB)));
  });
});
