/**
 * A pack's bytes to a validated pack, in steps (parse, validate): a 100,000-claim pack would
 * otherwise hold the worker for seconds. Used for subscriptions; the bundled pack, checked by its
 * build, is only parsed.
 */
import { parseJsonInSteps } from '../../core/pack/parse-in-steps';
import type { ClaimPack } from '../../core/pack/types';
import { err, ok, type Result } from '../../core/result';
import { validatePackInSteps } from '../../core/pack/validate';
import { macrotask } from '../macrotask';

export async function packFromBytes(bytes: Uint8Array): Promise<Result<ClaimPack>> {
  const json = await jsonFromBytes(bytes);
  return json.ok ? validatePackInSteps(json.value, macrotask) : json;
}

/** A pack's bytes parsed, in steps, and not checked: for the bundled pack, which its build checked (lib/tools/build/bundled-corpus.ts). */
export async function jsonFromBytes(bytes: Uint8Array): Promise<Result<unknown>> {
  try {
    return ok(await parseJsonInSteps(bytes, macrotask));
  } catch (e) {
    return err(`The pack is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}
