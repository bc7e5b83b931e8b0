/**
 * How the reader closes a card or the save panel: Escape, a click elsewhere or on the card's ×, all heard
 * before the page's own listeners can stop them (../../lib/content/first-hearing.ts); and a card closes
 * when the page hands the keyboard to a frame of its own, where Escape and clicks would no longer reach
 * this window (seventeenth and eighteenth attack suites).
 */
import { onFirstHearing } from '../../lib/content/first-hearing';
import type { ScriptLife } from '../../lib/content/life';
import { isOurs } from '../../lib/content/ours';
import type { PageMention } from '../../lib/content/scan';
import type { createCard } from './card';
import type { createSaving } from './saving';

interface Ui {
  card: ReturnType<typeof createCard>;
  saving: ReturnType<typeof createSaving>;
}

/** `ui`: the card and the panel, once made; `clickedMention`: the mention a click opens a card at, if any. */
export function closeOnReaderRequest(life: ScriptLife, ui: () => Ui | undefined, clickedMention: (e: MouseEvent) => PageMention | undefined): void {
  const heardFirst = (type: string, handler: (e: Event) => void) => onFirstHearing(type, (e) => void (life.isInvalid || handler(e)), life.signal);
  heardFirst('click', (e) => {
    const made = ui();
    if (!(e instanceof MouseEvent) || !made?.card.current()) return;
    const onOurs = e.target instanceof Element && isOurs(e.target);
    if (onOurs ? made.card.closeAt(e.clientX, e.clientY) : !clickedMention(e)) made.card.close();
  });
  heardFirst('keydown', (e) => {
    const made = ui();
    if (!(e instanceof KeyboardEvent) || e.key !== 'Escape' || !made || !(made.card.current() || made.saving.isOpen())) return;
    e.stopPropagation();
    if (made.saving.isOpen()) made.saving.close();
    else made.card.close();
  });
  life.listen(window, 'blur', () => {
    const made = ui();
    const frame = document.activeElement;
    if (made?.card.current() && frame instanceof HTMLIFrameElement && !isOurs(frame)) made.card.close();
  });
}
