/**
 * How the outlet presents a sentence: in its own voice (asserted), as someone else's word
 * (attributed), or as a denial or retraction it reports (denied).
 */
import type { ClaimMode, Speaker } from '../pack/types';

const DENIAL =
  /\b(den(y|ies|ied)|rejected|refuted|dismissed|retracted|deleted the post|refused to comment|not in any position to confirm|(did|do|does|will) not confirm|neither confirm nor deny|no confirmation)\b/i;

export function modeOf(masked: string, speaker: Speaker | undefined): ClaimMode {
  if (DENIAL.test(masked)) return 'denied';
  return speaker ? 'attributed' : 'asserted';
}
