/**
 * NoteForm: the note and tags of a passage just saved. It runs on an extension page framed inside
 * the save panel (entrypoints/note), so the page being read hears none of the keys typed here.
 * Enter in the tags field or Ctrl/⌘+Enter in the note adds them; Escape leaves without adding.
 */
import { useState } from 'preact/hooks';
import { parseTags } from '../collection/HighlightEditor';

export type NoteState = { kind: 'editing' } | { kind: 'busy' } | { kind: 'error'; message: string };

export interface NoteFormProps {
  state: NoteState;
  onSubmit: (note: string, tags: string[]) => void;
  onCancel: () => void;
  /** What is typed so far, as it changes: kept if the form is taken away before it is added. */
  onChange?: (note: string, tags: string[]) => void;
}

export function NoteForm({ state, onSubmit, onCancel, onChange }: NoteFormProps) {
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const submit = () => state.kind !== 'busy' && onSubmit(note.trim(), parseTags(tags));
  return (
    <form
      class="px-save-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          submit();
        }
      }}
    >
      <label class="px-field">
        <span>Note</span>
        <textarea
          rows={3}
          value={note}
          onInput={(e) => {
            setNote(e.currentTarget.value);
            onChange?.(e.currentTarget.value.trim(), parseTags(tags));
          }}
        />
      </label>
      <label class="px-field">
        <span>Tags (separated by commas)</span>
        <input
          type="text"
          value={tags}
          onInput={(e) => {
            setTags(e.currentTarget.value);
            onChange?.(note.trim(), parseTags(e.currentTarget.value));
          }}
        />
      </label>
      {state.kind === 'error' && (
        <p class="px-error" role="alert">
          Not added: {state.message}
        </p>
      )}
      <button type="submit" class="px-primary" disabled={state.kind === 'busy'} aria-busy={state.kind === 'busy' ? 'true' : undefined}>
        {state.kind === 'busy' ? 'Adding…' : 'Add to the highlight'}
      </button>
    </form>
  );
}
