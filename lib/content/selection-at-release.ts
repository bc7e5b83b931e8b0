/**
 * The selection at the moment the reader releases a press or a key, noted before any page script
 * can change it. A page's listeners for an event run before the content script's when they were
 * added first; these are added as the page starts (entrypoints/wake.content.ts, at document_start,
 * before the page's own scripts), so they run first. A page that swaps the selection as the press
 * is released (and again at Alt+Shift+S) would otherwise have its own sentence noted as the
 * reader's (./reader-selection.ts reads these notes). The content scripts of one extension share
 * one world in a page, and the page cannot see into it.
 */

export interface SelectionNote {
  range: Range | null;
  text: string;
  /** Its place among the notes of both scripts: a later note's is greater (noteOrder). */
  order: number;
}

interface Notes {
  last?: SelectionNote;
}

const KEY = Symbol.for('parallax.selectionAtRelease');
const ORDER = Symbol.for('parallax.selectionNoteOrder');
type WithNotes = typeof globalThis & { [KEY]?: Notes; [ORDER]?: number };

/**
 * The next note's place in order, counted where both scripts' notes can see it. Not a time: Firefox
 * rounds performance.now() (to 100 ms with resistFingerprinting), so a press and its release often
 * share one value, and the press's note, taken before the click's selection was made, would win.
 */
function noteOrder(): number {
  const g = globalThis as WithNotes;
  g[ORDER] = (g[ORDER] ?? 0) + 1;
  return g[ORDER];
}

/** The selection's range now, or null when nothing is selected. */
export function selected(): Range | null {
  const s = window.getSelection();
  return s && s.rangeCount > 0 && !s.isCollapsed ? s.getRangeAt(0) : null;
}

/** Whether two ranges start and end at the same points (ranges of two documents are not). */
export function samePlace(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;
  } catch {
    return false;
  }
}

/**
 * The selection now, as a note following `last`: the same note, its time moved on, when the
 * selection is still where it was (every press and release of every page comes here: it is not
 * copied and read out again), else a new one.
 */
export function noteSelection(last: SelectionNote | undefined): SelectionNote {
  const now = selected();
  if (now && last?.range && samePlace(now, last.range)) {
    last.order = noteOrder();
    return last;
  }
  return { range: now?.cloneRange() ?? null, text: now?.toString() ?? '', order: noteOrder() };
}

/** Starts noting (once per page): call as the page starts. */
export function noteSelectionAtRelease(): void {
  const g = globalThis as WithNotes;
  if (g[KEY]) return;
  const notes: Notes = {};
  g[KEY] = notes;
  const note = (e: Event) => {
    if (e.isTrusted) notes.last = noteSelection(notes.last);
  };
  for (const type of ['pointerup', 'keyup']) window.addEventListener(type, note, { capture: true });
}

/**
 * The notes taken at each release before the page's listeners, or undefined where the script that
 * takes them shares no world with the caller's.
 */
export function releaseNotes(): { readonly last?: SelectionNote } | undefined {
  return (globalThis as WithNotes)[KEY];
}
