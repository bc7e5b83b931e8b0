/** What the save panel says when it saved nothing, or when a page took its note's focus or its note form (./saving.tsx). */

export const SENTENCE_CHANGED = 'The sentence changed as you pressed Save, so nothing was saved. Save again if it still says what you meant.';
export const HIDDEN_WORDS =
  'This passage holds words the page does not show, so nothing was saved: they would be in your collection as if you had read them.';

export const DRAWN_WORDS =
  'This passage holds words the page draws with its stylesheet, which its text does not hold, so nothing was saved: your collection would lack words you read.';

export const SELECTION_CHANGED =
  'The selection changed as you asked to save it (this page may have changed it), so nothing was saved. Select the text again, then save.';
export const FOCUS_TAKEN = 'This page took the focus from your note; it is back in the note now. Keys pressed just then may have gone to the page.';

/** The focus could not be put back in the note (the page made itself inert, or opened a modal dialog): the note is closed. */
export const NOTE_SHUT =
  'This page keeps the focus from your note, so the note was closed: what you typed next would have gone to the page. The passage and what you had typed are saved; finish the note in your collection.';
/** The page took the note form down (it removed or moved the panel's host): the note goes on in the collection. */
export const NOTE_TAKEN =
  'This page took your note form down. The passage is saved, with what you had typed; your note is open in your collection, in a new tab. Keys pressed here since may have gone to the page.';
export const NOTE_TAKEN_NOT_OPENED =
  'This page took your note form down. The passage is saved, with what you had typed; finish the note in your collection (popup → Open your collection)';
export const FOCUS_COVERED =
  'Something on this page lies over this panel, and your click went to it. The focus is back in your note; if it happens again, close this panel and add the note in your collection.';
