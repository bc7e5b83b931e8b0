/**
 * SavePanel: shown right after a passage is saved (it is already in the collection, so nothing is
 * lost by closing it), or to say why it could not be saved. The note and tags are typed in a frame
 * of an extension page (`noteUrl`, entrypoints/note): key events cross shadow boundaries, frames
 * of another origin they do not, so the page being read never hears the note.
 */
import { drawnName, say } from '../shared/say';

export type SaveState = { kind: 'saving'; quote: string } | { kind: 'saved'; quote: string; id: string } | { kind: 'error'; message: string };

export interface SavePanelProps {
  state: SaveState;
  /** The note form's address, for a saved passage. */
  noteUrl?: string;
  /** Said when the page took the focus from the note (entrypoints/content/saving.tsx). */
  warning?: string;
  onClose: () => void;
}

export function SavePanel({ state, noteUrl, warning, onClose }: SavePanelProps) {
  const title = state.kind === 'error' ? 'Not saved' : state.kind === 'saving' ? 'Saving…' : 'Saved to your collection';
  const titleName = drawnName(title);
  return (
    <div class="px-popover px-save" role="dialog" aria-modal="false" aria-labelledby="px-save-title" tabIndex={-1}>
      <header class="px-head">
        <div class="px-head-text">
          <h2 id="px-save-title" class="px-title" {...titleName}>
            {say(title)}
          </h2>
        </div>
        <button type="button" class="px-close" aria-label="Close" title="Close" onClick={() => onClose()}>
          {say('×')}
        </button>
      </header>
      <div class="px-body">
        {state.kind === 'error' && (
          <p class="px-error" role="alert">
            {say(state.message)}
          </p>
        )}
        {state.kind !== 'error' && <blockquote class="px-save-quote">{say(state.quote)}</blockquote>}
        {warning && (
          <p class="px-covered" role="alert">
            {say(warning)}
          </p>
        )}
        {state.kind === 'saved' && noteUrl && <iframe class="px-note-frame" src={noteUrl} title="Note and tags for this highlight" />}
      </div>
    </div>
  );
}
