/**
 * The subscription packs on disk, signed: made once into .output/bench/packs/ (about 40 MB each, so
 * a rerun does not generate and sign 460 MB again) with one publisher key kept beside them. A file
 * is named by everything that shapes it; GENERATOR names the generator's own revision (bump it when
 * subscription-packs.ts or pack-workloads.ts changes what they make).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ClaimPack } from '../../core/pack/types';
import { generateKeyPair, signBytes, type KeyPair } from '../../core/pack/signature';
import { benchOut } from './build';
import { probeEntity, subscriptionPack, type SeriesShape } from './subscription-packs';

const GENERATOR = 1;
/** What a signature signs (lib/core/pack/signature.ts); bump when that changes: cached packs are signed again, not made again. */
const SIGNATURE = 2;
const dir = path.join(benchOut, 'packs');

export interface SignedPack {
  /** The pack file; its signature is `${file}.sig`. */
  file: string;
  bytes: number;
  claims: number;
  /** An entity of this pack alone (./subscription-packs.ts, probeEntity). */
  probe: string;
}

/** Writes through a temporary name, so an interrupted run leaves no half file under the real one. */
async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
  await writeFile(`${file}.part`, data);
  await rename(`${file}.part`, file);
}

/** The publisher key the bench signs with, made on first use. */
export async function benchKey(): Promise<KeyPair> {
  const file = path.join(dir, 'publisher-key.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as KeyPair;
  await mkdir(dir, { recursive: true });
  const pair = await generateKeyPair();
  await writeWhole(file, JSON.stringify(pair));
  return pair;
}

/** Pack `index` (version `version`) of a series, signed with benchKey(): from the cache, or made now. */
export async function signedPack(seed: ClaimPack, index: number, shape: SeriesShape, version = 1): Promise<SignedPack> {
  const key = await benchKey();
  const base = path.join(
    dir,
    `g${GENERATOR}-${shape.claims}c-${shape.entities}e-${shape.outlets}o-p${index}-v${version}-${key.publicKey.slice(0, 8)}`,
  );
  const file = `${base}.json`;
  const meta = `${base}.meta.json`;
  const signed = async (bytes: Uint8Array, made: Omit<SignedPack, 'file'>) => {
    const signature = await signBytes(bytes, key.privateJwk);
    if (!signature.ok) throw new Error(signature.error);
    await writeWhole(`${file}.sig`, signature.value);
    await writeWhole(meta, JSON.stringify({ ...made, signature: SIGNATURE }));
    return { ...made, file };
  };
  if (existsSync(meta) && existsSync(file)) {
    const { signature, ...made } = JSON.parse(await readFile(meta, 'utf8')) as Omit<SignedPack, 'file'> & { signature?: number };
    if (signature === SIGNATURE && existsSync(`${file}.sig`)) return { ...made, file };
    return signed(new Uint8Array(await readFile(file)), made);
  }
  const pack = subscriptionPack(seed, index, shape, version);
  const bytes = new TextEncoder().encode(JSON.stringify(pack));
  await writeWhole(file, bytes);
  return signed(bytes, { bytes: bytes.byteLength, claims: pack.claims.length, probe: probeEntity(pack) });
}
