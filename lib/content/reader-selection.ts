/**
 * The selection as the reader's own input last left it. A page hears the reader's keys before the
 * content script does, so at Alt+Shift+S (or the context menu's Save) it could select something else
 * for that moment, or change the selected words, and have that saved instead. The selection is
 * noted after each of the reader's presses and releases (trusted events only); saving asks
 * whether the selection is still that one, with the same words. Releases are noted before the
 * page's own listeners ran (./selection-at-release.ts), so a page that swaps the selection as the
 * press is released, or keeps the release from reaching the content script, cannot have its swap
 * noted as the reader's; only where those notes are not shared are releases noted here.
 */
import type { ScriptLife } from './life';
import { noteSelection, releaseNotes, samePlace, selected } from './selection-at-release';

export function watchReaderSelection(life: ScriptLife) {
  let noted = noteSelection(undefined);
  const note = () => {
    noted = noteSelection(noted);
  };
  // Capture for presses. Not after a click: a page's handler for it runs first and could select its
  // own sentence (hiding the selection's colour and painting the reader's); what the page selects
  // for the reader is not the reader's selection.
  life.listen(document, 'pointerdown', note, { capture: true });
  const early = releaseNotes();
  if (!early) for (const type of ['pointerup', 'keyup'] as const) life.listen(document, type, note, { capture: true });
  return {
    /** The selection now is the one the reader's input left: the same place and the same words. */
    asLeft(): boolean {
      // The latest note: a press's, or a release's.
      const last = early?.last && early.last.order > noted.order ? early.last : noted;
      const now = selected();
      if (!now || !last.range) return now === last.range;
      return samePlace(now, last.range) && now.toString() === last.text;
    },
  };
}
