/**
 * The little protocol between the save panel (content script) and its note frame (entrypoints/note):
 * the panel offers the frame a MessagePort with NOTE_PORT; the frame answers on it with how the
 * reader finished, or that it lost the focus other than by the reader's Tab. Before closing a note
 * the page keeps the focus from, the panel asks the frame to keep what was typed (NOTE_KEEP), and
 * the frame says when it has (NOTE_KEPT). Nothing else passes, and nothing passes through the page's window.
 */
export const NOTE_PORT = 'parallax-note-port';

/** 'saved': the note and tags are stored; 'close': the reader left without adding them. */
export type NoteDone = 'saved' | 'close';

export const isNoteDone = (v: unknown): v is NoteDone => v === 'saved' || v === 'close';

/** The frame lost the focus, not to the reader's Tab: the panel asks who took it (lib/content/note-focus.ts). */
export const NOTE_LEFT = 'left';

export type NoteSays = NoteDone | typeof NOTE_LEFT | typeof NOTE_KEPT;

/** Panel to frame: store what is typed so far with the passage; the frame answers NOTE_KEPT. */
export const NOTE_KEEP = 'keep';
export const NOTE_KEPT = 'kept';
