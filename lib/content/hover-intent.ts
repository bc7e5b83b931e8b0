/**
 * Hover intent: open only after the pointer rests on a mention for a moment, close only after it
 * has left both the mention and the popover for a moment, so passing over text never flashes cards.
 */

export const OPEN_DELAY_MS = 350;
export const CLOSE_DELAY_MS = 300;

export class HoverIntent<T> {
  private target: T | undefined;
  private overCard = false;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onOpen: (t: T) => void,
    private readonly onClose: () => void,
    private readonly isOpenFor: (t: T) => boolean,
  ) {}

  /** The pointer is now over `t` (or over no mention). */
  over(t: T | undefined): void {
    if (t === this.target) return;
    this.target = t;
    clearTimeout(this.openTimer);
    if (t !== undefined) {
      clearTimeout(this.closeTimer);
      if (!this.isOpenFor(t)) this.openTimer = setTimeout(() => this.onOpen(t), OPEN_DELAY_MS);
    } else {
      this.scheduleClose();
    }
  }

  /** The pointer entered or left the popover itself. */
  overPopover(inside: boolean): void {
    this.overCard = inside;
    if (inside) clearTimeout(this.closeTimer);
    else this.scheduleClose();
  }

  cancel(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.target = undefined;
  }

  private scheduleClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      if (this.target === undefined && !this.overCard) this.onClose();
    }, CLOSE_DELAY_MS);
  }
}
