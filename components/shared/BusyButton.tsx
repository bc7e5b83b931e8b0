/**
 * BusyButton: a button for a long action. While the action runs it is disabled, so it cannot start
 * twice, and says so in words ("Importing…") with aria-busy for assistive technology. Each surface
 * styles it with its own classes (the card, the popup and the extension pages have their own sheets).
 */
import { drawnName, say } from './say';

export interface BusyButtonProps {
  running: boolean;
  label: string;
  busyLabel: string;
  /** Its classes in full, e.g. "mc-button mc-primary". */
  class: string;
  /** A form's submit button leaves the action to the form's onSubmit. */
  type?: 'button' | 'submit';
  onClick?(e: MouseEvent): void;
  disabled?: boolean;
  /** The button element and its presses, for whoever needs them (the card checks that it is seen). */
  buttonRef?: (el: HTMLButtonElement | null) => void;
  onPointerDown?(): void;
}

export function BusyButton({
  running,
  label,
  busyLabel,
  class: classes,
  type = 'button',
  onClick,
  disabled,
  buttonRef,
  onPointerDown,
}: BusyButtonProps) {
  const shown = running ? busyLabel : label;
  const name = drawnName(shown);
  return (
    <button
      ref={buttonRef}
      {...name}
      type={type}
      class={classes}
      disabled={running || disabled}
      aria-busy={running ? 'true' : undefined}
      onClick={onClick}
      onPointerDown={onPointerDown}
    >
      {say(shown)}
    </button>
  );
}
