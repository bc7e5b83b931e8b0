/**
 * What a claim read off a page may hold, as a pack must (../pack/schema.ts): a speaker's name and a
 * figure's words without the marks that reorder or hide what is shown after them (shown-text.ts), and
 * no longer than a name ("12\u2060000 people", a transcript's label or a statement's issuer read as
 * written). An added page exported and imported again is then read back.
 */
import { MAX_NAME } from '../pack/bounds';
import { withoutHiddenMarks } from '../pack/shown-text';
import type { Claim } from '../pack/types';

const shown = (text: string) => withoutHiddenMarks(text).slice(0, MAX_NAME) || '?';

/** `claims`, changed in place. */
export function keepShownText(claims: Claim[]): Claim[] {
  for (const c of claims) {
    if (c.speaker.kind === 'source') c.speaker = { ...c.speaker, name: shown(c.speaker.name) };
    c.numbers = c.numbers.map((n) => ({ ...n, text: shown(n.text), what: shown(n.what), counts: shown(n.counts) }));
  }
  return claims;
}
