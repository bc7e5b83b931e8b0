/**
 * BusyButton: a button for a long action. While the action runs it is disabled, so it cannot start
 * twice, and says so in words ("Importing…") with aria-busy for assistive technology.
 */
export interface BusyButtonProps {
  running: boolean;
  label: string;
  busyLabel: string;
  onClick(): void;
  class?: string;
  disabled?: boolean;
}

export function BusyButton({ running, label, busyLabel, onClick, class: extra, disabled }: BusyButtonProps) {
  return (
    <button
      type="button"
      class={`mc-button${extra ? ` ${extra}` : ''}`}
      disabled={running || disabled}
      aria-busy={running ? 'true' : undefined}
      onClick={onClick}
    >
      {running ? busyLabel : label}
    </button>
  );
}
