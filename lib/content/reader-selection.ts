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

/** The selection's range now, or null when nothing is selected. */
function selected(): Range | null {
  const s = window.getSelection();
  return s && s.rangeCount > 0 && !s.isCollapsed ? s.getRangeAt(0) : null;
}

/** Whether two ranges start and end at the same points (ranges of two documents are not). */
function samePlace(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;
  } catch {
    return false;
  }
}

export function watchReaderSelection(life: ScriptLife) {
  const noteNow = (range: Range | null): Noted => ({ range: range?.cloneRange() ?? null, text: range?.toString() ?? '' });
  let noted = noteNow(selected());
  // Every press and key of every page comes here: a selection still where it was is not copied and
  // read out again.
  const note = () => {
    const now = selected();
    if (now && noted.range && samePlace(now, noted.range)) return;
    if (now || noted.range) noted = noteNow(now);
  };
  // Capture for presses and releases (before the page's own handlers can change anything); the
  // click's bubbling, after them, so a page's own "select this" button counts as the reader's act.
  for (const type of ['pointerdown', 'pointerup', 'keyup'] as const) life.listen(document, type, note, { capture: true });
  life.listen(window, 'click', note);
  return {
    /** The selection now is the one the reader's input left: the same place and the same words. */
    asLeft(): boolean {
      const now = selected();
      if (!now || !noted.range) return now === noted.range;
      return samePlace(now, noted.range) && now.toString() === noted.text;
    },
  };
}
