/**
 * The selection as the reader's own input last left it. A page hears the reader's keys before the
 * content script does, so at Alt+Shift+S (or the context menu's Save) it could select something else
 * for that moment, or change the selected words, and have that saved instead. The selection is
 * noted after each of the reader's presses, releases and clicks (trusted events only); saving asks
 * whether the selection is still that one, with the same words.
 */
import type { ScriptLife } from './life';

interface Noted {
  range: Range | null;
  text: string;
}

function noteSelection(): Noted {
  const s = window.getSelection();
  const range = s && s.rangeCount > 0 && !s.isCollapsed ? s.getRangeAt(0).cloneRange() : null;
  return { range, text: range?.toString() ?? '' };
}

export function watchReaderSelection(life: ScriptLife) {
  let noted: Noted = noteSelection();
  const note = () => {
    noted = noteSelection();
  };
  // Capture for presses and releases (before the page's own handlers can change anything); the
  // click's bubbling, after them, so a page's own "select this" button counts as the reader's act.
  for (const type of ['pointerdown', 'pointerup', 'keyup'] as const) life.listen(document, type, note, { capture: true });
  life.listen(window, 'click', note);
  return {
    /** The selection now is the one the reader's input left: the same place and the same words. */
    asLeft(): boolean {
      const now = noteSelection();
      if (!now.range || !noted.range) return now.range === noted.range;
      try {
        const at = (how: number) => now.range!.compareBoundaryPoints(how, noted.range!) === 0;
        return at(Range.START_TO_START) && at(Range.END_TO_END) && now.text === noted.text;
      } catch {
        // Ranges of two documents (the noted one's was replaced): not the same.
        return false;
      }
    },
  };
}
