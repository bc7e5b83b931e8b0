/**
 * The work behind `npm run pack`: making a publisher's key pair, signing a pack file, checking a
 * signature. Each step answers a Result whose error is one line a publisher can act on; pack.ts
 * only parses arguments and prints.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair, signBytes, verifyBytes } from '../../core/pack/signature';
import { err, ok, type Result } from '../../core/result';

export const PRIVATE_KEY_FILE = 'private.jwk';
export const PUBLIC_KEY_FILE = 'public.txt';

function readFile(path: string, what: string): Result<Buffer> {
  if (!existsSync(path)) return err(`${what} not found: ${path}`);
  try {
    return ok(readFileSync(path));
  } catch (e) {
    return err(`${what} could not be read (${path}): ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Writes DIR/private.jwk (mode 0600) and DIR/public.txt; never overwrites a key already there. */
export async function keygen(dir: string): Promise<Result<{ privatePath: string; publicKey: string }>> {
  const privatePath = join(dir, PRIVATE_KEY_FILE);
  const publicPath = join(dir, PUBLIC_KEY_FILE);
  for (const path of [privatePath, publicPath]) {
    if (existsSync(path)) return err(`${path} exists already: a key is never overwritten (choose another --out, or move it away first).`);
  }
  const pair = await generateKeyPair();
  mkdirSync(dir, { recursive: true });
  // 'wx' fails if the file appeared meanwhile: still never an overwrite.
  writeFileSync(privatePath, `${JSON.stringify(pair.privateJwk)}\n`, { mode: 0o600, flag: 'wx' });
  writeFileSync(publicPath, `${pair.publicKey}\n`, { flag: 'wx' });
  return ok({ privatePath, publicKey: pair.publicKey });
}

/** Signs PACK's exact bytes with the private JWK at keyPath; writes PACK.sig. */
export async function signFile(packPath: string, keyPath: string): Promise<Result<string>> {
  const bytes = readFile(packPath, 'Pack file');
  if (!bytes.ok) return bytes;
  const keyText = readFile(keyPath, 'Private key file');
  if (!keyText.ok) return keyText;
  let jwk: unknown;
  try {
    jwk = JSON.parse(keyText.value.toString('utf8'));
  } catch {
    return err(`${keyPath} is not a private key: it is not JSON (give the private.jwk that keygen wrote).`);
  }
  const signature = await signBytes(new Uint8Array(bytes.value), jwk);
  if (!signature.ok) return err(`${keyPath}: ${signature.error}`);
  const sigPath = `${packPath}.sig`;
  writeFileSync(sigPath, `${signature.value}\n`);
  return ok(sigPath);
}

/** Checks PACK against PACK.sig and a publisher key (the key itself, or a file holding it such as public.txt). */
export async function verifyFile(packPath: string, key: string): Promise<Result<true>> {
  const bytes = readFile(packPath, 'Pack file');
  if (!bytes.ok) return bytes;
  const signature = readFile(`${packPath}.sig`, 'Signature file');
  if (!signature.ok) return signature;
  const publisherKey = existsSync(key) ? readFileSync(key, 'utf8').trim() : key;
  const verified = await verifyBytes(new Uint8Array(bytes.value), signature.value.toString('utf8'), publisherKey);
  return verified.ok ? ok(true) : verified;
}
