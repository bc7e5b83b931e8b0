/**
 * A pack's bytes to a validated pack, in steps (parse, validate): a 100,000-claim pack would
 * otherwise hold the worker for seconds. Used for subscriptions and the bundled pack.
 */
import { parseJsonInSteps } from '../../core/pack/parse-in-steps';
import type { ClaimPack } from '../../core/pack/types';
import { err, type Result } from '../../core/result';
import { validatePackInSteps } from '../../core/pack/validate';
import { macrotask } from '../macrotask';

export async function packFromBytes(bytes: Uint8Array): Promise<Result<ClaimPack>> {
  let json: unknown;
  try {
    json = await parseJsonInSteps(bytes, macrotask);
  } catch (e) {
    return err(`The pack is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return validatePackInSteps(json, macrotask);
}
