/**
 * InlineConfirm: a question asked in place before something is removed, with a destructive "yes"
 * and a safe "no". The safe answer takes focus, so Enter pressed in haste keeps the data, and
 * Escape answers "no" too. A page may add a line saying why to pause, and actions of its own (the
 * collection offers a backup first). `ui` is the class prefix of the page's style sheet.
 */
import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';

export interface InlineConfirmProps {
  question: string;
  yes: string;
  no: string;
  onYes(): void;
  onNo(): void;
  /** Class prefix: 'mc' (My corpus) or 'cv' (the collection). */
  ui?: 'mc' | 'cv';
  /** A line under the question, read with it by assistive technology. */
  detail?: string;
  /** Other actions, shown before yes and no. */
  children?: ComponentChildren;
}

export function InlineConfirm({ question, yes, no, onYes, onNo, ui = 'mc', detail, children }: InlineConfirmProps) {
  const id = useId();
  const noRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => noRef.current?.focus?.(), []);
  return (
    <div
      class={`${ui}-confirm`}
      role="group"
      aria-labelledby={`${id}-q`}
      aria-describedby={detail ? `${id}-why` : undefined}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onNo();
      }}
    >
      <p id={`${id}-q`} class={`${ui}-confirm-question`}>
        {question}
      </p>
      {detail && (
        <p id={`${id}-why`} class={`${ui}-muted`}>
          {detail}
        </p>
      )}
      <div class={`${ui}-row`}>
        {children}
        <button type="button" class={`${ui}-button ${ui}-danger ${ui}-confirm-yes`} onClick={onYes}>
          {yes}
        </button>
        <button type="button" class={`${ui}-button ${ui}-confirm-no`} ref={noRef} onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
