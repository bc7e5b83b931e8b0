/**
 * The selection as the reader's own input last left it. A page hears the reader's keys before the
 * content script does, so at Alt+Shift+S (or the context menu's Save) it could select something else
 * for that moment, or change the selected words, and have that saved instead. The selection is
 * noted after each of the reader's presses and releases (trusted events only); saving asks
 * whether the selection is still that one, with the same words. At a release, the note is the one
 * taken before the page's own listeners ran (./selection-at-release.ts): a page that swaps the
 * selection as the press is released cannot have its swap noted as the reader's.
 */
import type { ScriptLife } from './life';
import { type SelectionNote as Noted, samePlace, selected, selectionAtRelease } from './selection-at-release';

export function watchReaderSelection(life: ScriptLife) {
  const noteNow = (range: Range | null): Noted => ({ range: range?.cloneRange() ?? null, text: range?.toString() ?? '', at: performance.now() });
  let noted = noteNow(selected());
  // Every press and key of every page comes here: a selection still where it was is not copied and
  // read out again.
  const note = () => {
    const now = selected();
    if (now && noted.range && samePlace(now, noted.range)) noted.at = performance.now();
    else noted = noteNow(now);
  };
  // At a release, what was noted before the page's listeners ran, when the script that notes it is there.
  const noteRelease = () => {
    const early = selectionAtRelease();
    if (early) noted = early;
    else note();
  };
  // Capture for presses. Not after a click: a page's handler for it runs first and could select its
  // own sentence (hiding the selection's colour and painting the reader's); what the page selects
  // for the reader is not the reader's selection.
  life.listen(document, 'pointerdown', note, { capture: true });
  for (const type of ['pointerup', 'keyup'] as const) life.listen(document, type, noteRelease, { capture: true });
  return {
    /** The selection now is the one the reader's input left: the same place and the same words. */
    asLeft(): boolean {
      // The latest note: the release noted before the page's listeners counts even if the page kept
      // the release from reaching the content script's own (it can stop an event's propagation).
      const early = selectionAtRelease();
      const last = early && early.at > noted.at ? early : noted;
      const now = selected();
      if (!now || !last.range) return now === last.range;
      return samePlace(now, last.range) && now.toString() === last.text;
    },
  };
}
