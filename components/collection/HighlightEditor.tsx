/**
 * HighlightEditor: the note (textarea) and tags (comma-separated) of one highlight, with Save and
 * Cancel. Save emits the note trimmed and the tags trimmed, without empties or repeats; Escape
 * cancels. The note field takes focus when the editor opens.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';

/** "a, b,, A , c" → ["a", "b", "c"]: trimmed, non-empty, first spelling kept (case-insensitive). */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input.split(',')) {
    const tag = raw.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

export interface HighlightEditorProps {
  note: string;
  tags: string[];
  onSave(change: { note: string; tags: string[] }): void;
  onCancel(): void;
}

export function HighlightEditor({ note, tags, onSave, onCancel }: HighlightEditorProps) {
  const id = useId();
  const [noteText, setNoteText] = useState(note);
  const [tagText, setTagText] = useState(tags.join(', '));
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus?.(), []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onCancel();
  };
  const onSubmit = (e: Event) => {
    e.preventDefault();
    onSave({ note: noteText.trim(), tags: parseTags(tagText) });
  };

  return (
    <form class="hl-editor" onSubmit={onSubmit}>
      <label class="hl-field-label" for={`${id}-note`}>
        Note
      </label>
      <textarea id={`${id}-note`} ref={noteRef} rows={4} value={noteText} onInput={(e) => setNoteText(e.currentTarget.value)} onKeyDown={onKeyDown} />
      <label class="hl-field-label" for={`${id}-tags`}>
        Tags <span class="hl-muted">(separate with commas)</span>
      </label>
      <input
        id={`${id}-tags`}
        type="text"
        value={tagText}
        onInput={(e) => setTagText(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      <div class="hl-actions">
        <button type="submit" class="cv-button cv-primary">
          Save
        </button>
        <button type="button" class="cv-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
