/**
 * InlineConfirm: a question asked in place before something is removed, with a destructive "yes"
 * and a safe "no". The safe answer takes focus, so Enter pressed in haste keeps the data, and
 * Escape answers "no" too.
 */
import { useId, useLayoutEffect, useRef } from 'preact/hooks';

export interface InlineConfirmProps {
  question: string;
  yes: string;
  no: string;
  onYes(): void;
  onNo(): void;
}

export function InlineConfirm({ question, yes, no, onYes, onNo }: InlineConfirmProps) {
  const id = useId();
  const noRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => noRef.current?.focus?.(), []);
  return (
    <div
      class="mc-confirm"
      role="group"
      aria-labelledby={`${id}-q`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onNo();
      }}
    >
      <p id={`${id}-q`} class="mc-confirm-question">
        {question}
      </p>
      <div class="mc-row">
        <button type="button" class="mc-button mc-danger mc-confirm-yes" onClick={onYes}>
          {yes}
        </button>
        <button type="button" class="mc-button mc-confirm-no" ref={noRef} onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
