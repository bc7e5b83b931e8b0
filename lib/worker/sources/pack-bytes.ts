/**
 * A pack's bytes to a validated pack, in steps (decode, parse, validate): a 100,000-claim pack would
 * otherwise hold the worker for seconds. Each stage's input is let go as the next begins (the bytes,
 * the text, the parsed JSON are each tens of megabytes). Used for subscriptions and the bundled pack.
 */
import { decodeInSteps, parseJsonInSteps } from '../../core/pack/parse-in-steps';
import { err, type ClaimPack, type Result } from '../../core/pack/types';
import { validatePackInSteps } from '../../core/pack/validate';
import { macrotask } from '../macrotask';

export async function packFromBytes(bytes: Uint8Array): Promise<Result<ClaimPack>> {
  let json: unknown;
  try {
    json = await parseJsonInSteps(await decodeInSteps(bytes, macrotask), macrotask);
  } catch (e) {
    return err(`The pack is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return validatePackInSteps(json, macrotask);
}
