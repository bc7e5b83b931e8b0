/**
 * Signed packs: a good signature verifies and names the file's hash (SHA-256 of its 1 MiB pieces'
 * SHA-256s); what is signed is the documented statement of length and hash (any Ed25519 tool can make
 * one); another publisher's key, a changed byte or a malformed key or signature is refused with the
 * reason; the hash is made a piece at a time.
 */
import { createPrivateKey, type JsonWebKey, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectedPackHash } from '../../../fixtures/pack-digest';
import { generateKeyPair, keyFingerprint, packHash, parsePublisherKey, signBytes, verifyBytes } from '../../../../lib/core/pack/signature';

const bytes = new TextEncoder().encode('{"format":"parallax-claims/1","outlets":[]}');

describe('signing and verifying a pack', () => {
  it('verifies the exact bytes it signed with the publisher key, and answers their hash', async () => {
    const pair = await generateKeyPair();
    const sig = await signBytes(bytes, pair.privateJwk);
    expect(sig.ok).toBe(true);
    if (!sig.ok) return;
    // base64 of 64 bytes is 88 characters.
    expect(sig.value).toMatch(/^[A-Za-z0-9+/]{86}==$/);
    expect(await verifyBytes(bytes, sig.value, pair.publicKey)).toEqual({ ok: true, value: expectedPackHash(bytes) });
  });

  it('accepts a signature any Ed25519 tool made over "parallax-pack LENGTH HASH"', async () => {
    const pair = await generateKeyPair();
    const hash = expectedPackHash(bytes);
    const key = createPrivateKey({ key: pair.privateJwk as JsonWebKey, format: 'jwk' });
    const signature = sign(null, Buffer.from(`parallax-pack ${bytes.length} ${hash}`), key).toString('base64');
    expect(await verifyBytes(bytes, signature, pair.publicKey)).toEqual({ ok: true, value: hash });
    // The same key over the file itself is not a pack signature.
    const overFile = sign(null, Buffer.from(bytes), key).toString('base64');
    expect((await verifyBytes(bytes, overFile, pair.publicKey)).ok).toBe(false);
  });

  it('hashes a piece at a time, pausing between pieces; an empty file is one empty piece', async () => {
    const data = new Uint8Array(2.5 * (1 << 20)).map((_, i) => (i * 31) % 256);
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    expect(await packHash(data, pause)).toBe(expectedPackHash(data));
    expect(pauses).toBe(2);
    expect(await packHash(new Uint8Array(0))).toBe(expectedPackHash(new Uint8Array(0)));
    // A changed byte in the last piece changes the hash.
    const changed = data.slice();
    changed[changed.length - 1] ^= 1;
    expect(await packHash(changed)).not.toBe(expectedPackHash(data));
  });

  it("refuses a signature made with another publisher's key", async () => {
    const [mine, theirs] = [await generateKeyPair(), await generateKeyPair()];
    const sig = await signBytes(bytes, theirs.privateJwk);
    if (!sig.ok) throw new Error(sig.error);
    const r = await verifyBytes(bytes, sig.value, mine.publicKey);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/does not match/);
  });

  it('refuses bytes changed after signing, even by one byte', async () => {
    const pair = await generateKeyPair();
    const sig = await signBytes(bytes, pair.privateJwk);
    if (!sig.ok) throw new Error(sig.error);
    const tampered = bytes.slice();
    tampered[5] ^= 1;
    expect((await verifyBytes(tampered, sig.value, pair.publicKey)).ok).toBe(false);
  });

  it('names a malformed publisher key, a malformed signature and a key that is not a private Ed25519 JWK', async () => {
    const pair = await generateKeyPair();
    expect(parsePublisherKey('not-a-key')).toMatchObject({ ok: false, error: expect.stringMatching(/43 characters of base64url/) });
    expect(await verifyBytes(bytes, 'AAAA', pair.publicKey)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a base64 Ed25519 signature/),
    });
    expect(await signBytes(bytes, { kty: 'OKP', crv: 'Ed25519', x: pair.publicKey })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not an Ed25519 private key/),
    });
  });

  it('gives a key a short fingerprint of four groups, the same each time and different for another key', async () => {
    const [a, b] = [await generateKeyPair(), await generateKeyPair()];
    const fa = await keyFingerprint(a.publicKey);
    expect(fa).toMatch(/^[0-9A-F]{4}(·[0-9A-F]{4}){3}$/);
    expect(await keyFingerprint(a.publicKey)).toBe(fa);
    expect(await keyFingerprint(b.publicKey)).not.toBe(fa);
  });
});
