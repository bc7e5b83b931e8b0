/**
 * SavePanel: shown right after a passage is saved (it is already in the collection, so nothing is
 * lost by closing it) to add a note and tags, or to say why it could not be saved.
 */
import { useState } from 'preact/hooks';

export type SaveState = { kind: 'saving'; quote: string } | { kind: 'saved'; quote: string; id: string } | { kind: 'error'; message: string };

export interface SavePanelProps {
  state: SaveState;
  onSubmit: (note: string, tags: string[]) => void;
  onClose: () => void;
}

export const parseTags = (text: string) => [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];

export function SavePanel({ state, onSubmit, onClose }: SavePanelProps) {
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const title = state.kind === 'error' ? 'Not saved' : state.kind === 'saving' ? 'Saving…' : 'Saved to your collection';
  return (
    <div class="px-popover px-save" role="dialog" aria-modal="false" aria-labelledby="px-save-title" tabIndex={-1}>
      <header class="px-head">
        <div class="px-head-text">
          <h2 id="px-save-title" class="px-title">
            {title}
          </h2>
        </div>
        <button type="button" class="px-close" aria-label="Close" title="Close" onClick={() => onClose()}>
          ×
        </button>
      </header>
      <div class="px-body">
        {state.kind === 'error' && (
          <p class="px-error" role="alert">
            {state.message}
          </p>
        )}
        {state.kind !== 'error' && <blockquote class="px-save-quote">{state.quote}</blockquote>}
        {state.kind === 'saved' && (
          <form
            class="px-save-form"
            onSubmit={(e) => {
              e.preventDefault();
              onSubmit(note.trim(), parseTags(tags));
            }}
          >
            <label class="px-field">
              <span>Note</span>
              <textarea rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            </label>
            <label class="px-field">
              <span>Tags (separated by commas)</span>
              <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
            </label>
            <button type="submit" class="px-primary">
              Add to the highlight
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
