/**
 * Signed claim packs: Ed25519 through WebCrypto (`crypto.subtle`), the same code in the extension
 * and in Node (whose `globalThis.crypto` is WebCrypto). A publisher key is the base64url of the raw
 * 32-byte public key; a signature (the `.sig` file next to the pack) is the base64 of the 64-byte
 * Ed25519 signature over a short statement of the pack file's hash (packHash), not over the file:
 * WebCrypto's Ed25519 reads its whole message in one call, which held the worker for 0.1–0.4 s on a
 * 40 MB pack, while the hash is made a piece at a time with pauses between. Nothing here parses the pack.
 */
import { err, ok, type Result } from '../result';
import { hex, sha256 } from '../digest';

const ED25519 = { name: 'Ed25519' } as const;

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function base64ToBytes(text: string): Uint8Array | null {
  try {
    const binary = atob(text);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The pieces a file is hashed in: 1 MiB, a millisecond or two of WebCrypto's SHA-256 each. */
export const HASH_PIECE = 1 << 20;

/**
 * A file's hash as a signature names it, in hex: the SHA-256 of the SHA-256 digests of its 1 MiB
 * pieces, in order (the last piece may be shorter; an empty file is one empty piece), with `pause()`
 * between pieces. WebCrypto hashes only whole messages; this is as strong, made in steps.
 */
export async function packHash(bytes: Uint8Array, pause: () => Promise<void> = async () => {}): Promise<string> {
  const pieces = Math.max(1, Math.ceil(bytes.length / HASH_PIECE));
  const digests = new Uint8Array(32 * pieces);
  for (let i = 0; i < pieces; i++) {
    digests.set(await sha256(bytes.subarray(i * HASH_PIECE, (i + 1) * HASH_PIECE)), 32 * i);
    if (i + 1 < pieces) await pause();
  }
  return hex(await sha256(digests));
}

/** What a signature signs: the file's length and hash, named, so it can mean nothing else. */
const statement = (length: number, hash: string) => new TextEncoder().encode(`parallax-pack ${length} ${hash}`);

const toBase64Url = (bytes: Uint8Array) => bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** The raw public key of a publisher key, or why it is not one. */
export function parsePublisherKey(key: string): Result<Uint8Array> {
  const trimmed = key.trim();
  if (!/^[A-Za-z0-9_-]{43}$/.test(trimmed)) return err('The publisher key must be 43 characters of base64url (a raw 32-byte Ed25519 public key).');
  const bytes = base64ToBytes(trimmed.replace(/-/g, '+').replace(/_/g, '/') + '=');
  return bytes?.length === 32 ? ok(bytes) : err('The publisher key must be a raw 32-byte Ed25519 public key in base64url.');
}

/** A short, readable fingerprint of a publisher key for display ("3F9A·C01B·77E2·D4A8"): the first 8 bytes of its SHA-256. */
export async function keyFingerprint(key: string): Promise<string> {
  const raw = parsePublisherKey(key);
  if (!raw.ok) return '(invalid key)';
  return hex((await sha256(raw.value)).slice(0, 8))
    .toUpperCase()
    .match(/.{4}/g)!
    .join('·');
}

export interface KeyPair {
  /** The private key as a JWK (kty OKP, crv Ed25519): what the publisher keeps. */
  privateJwk: JsonWebKey;
  /** The publisher key readers enter: base64url of the raw public key. */
  publicKey: string;
}

export async function generateKeyPair(): Promise<KeyPair> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privateJwk: await crypto.subtle.exportKey('jwk', pair.privateKey), publicKey: toBase64Url(raw) };
}

/** Signs a pack's exact bytes (their length and packHash, see above) with a private JWK; answers the signature file's text (base64). */
export async function signBytes(bytes: Uint8Array, privateJwk: unknown): Promise<Result<string>> {
  const jwk = privateJwk as JsonWebKey | null;
  if (typeof jwk !== 'object' || jwk === null || jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string') {
    return err('The key is not an Ed25519 private key (a JWK with kty "OKP", crv "Ed25519" and "d").');
  }
  try {
    const key = await crypto.subtle.importKey('jwk', jwk, ED25519, false, ['sign']);
    const signature = new Uint8Array(await crypto.subtle.sign(ED25519, key, statement(bytes.length, await packHash(bytes))));
    return ok(bytesToBase64(signature));
  } catch (e) {
    return err(`The key could not sign: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Checks a signature file's text against a pack's exact bytes and a publisher key, hashing the bytes
 * with `pause()` between steps. Answers their packHash only for a good signature; every refusal
 * says why (a malformed key or signature, or one that does not match).
 */
export async function verifyBytes(
  bytes: Uint8Array,
  signatureText: string,
  publisherKey: string,
  pause?: () => Promise<void>,
): Promise<Result<string>> {
  const raw = parsePublisherKey(publisherKey);
  if (!raw.ok) return raw;
  const signature = base64ToBytes(signatureText.trim());
  if (signature?.length !== 64) return err('The signature file is not a base64 Ed25519 signature (64 bytes).');
  try {
    const key = await crypto.subtle.importKey('raw', raw.value as Uint8Array<ArrayBuffer>, ED25519, false, ['verify']);
    const digest = await packHash(bytes, pause);
    const good = await crypto.subtle.verify(ED25519, key, signature as Uint8Array<ArrayBuffer>, statement(bytes.length, digest));
    return good ? ok(digest) : err("The signature does not match: the pack was changed after signing, or signed with another publisher's key.");
  } catch (e) {
    return err(`The signature could not be checked: ${e instanceof Error ? e.message : String(e)}`);
  }
}
