/** A claim's voice by icon and word: the outlet asserts it, attributes it to someone, or reports a denial. */
import type { ClaimMode } from '../../lib/core/pack/types';

export const VOICES: Record<ClaimMode, { icon: string; word: string }> = {
  asserted: { icon: '●', word: 'Asserted' },
  attributed: { icon: '❝', word: 'Attributed' },
  denied: { icon: '✕', word: 'Denied' },
};

export function Voice({ mode }: { mode: ClaimMode }) {
  const v = VOICES[mode];
  return (
    <span class={`ev-voice ev-voice-${mode}`} data-voice={mode}>
      <span class="ev-voice-icon" aria-hidden="true">
        {v.icon}
      </span>{' '}
      {v.word}
    </span>
  );
}
