/**
 * HighlightCard: one saved highlight — the quote, its page (Open page), outlet and saved date, the
 * reader's note and tags (editable in place), the evidence as it stood at save time, and Delete.
 * Props in, events out; an orphan (no longer found on its page) is tagged so in words.
 */
import { useState } from 'preact/hooks';
import type { Highlight } from '../../lib/core/highlights/types';
import { safeHref } from '../../lib/core/safe-url';
import { formatDate } from '../shared/ClaimRow';
import { useReturnFocus } from '../shared/use-return-focus';
import { HighlightEditor } from './HighlightEditor';
import { HighlightEvidence } from './HighlightEvidence';

const pad = (n: number) => String(n).padStart(2, '0');

/** ms → "24 Jan 2024" in the reader's time zone, with fixed English month names. */
export function savedDate(ms: number): string {
  const d = new Date(ms);
  return formatDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
}

/** The first 40 characters of the quote, with an ellipsis when cut, for accessible names. */
export function shortQuote(exact: string): string {
  const t = exact.replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 40).trimEnd()}…` : t;
}

export interface HighlightCardProps {
  highlight: Highlight;
  /** The outlet's display name, if the page's outlet is known. */
  outletName?: string;
  onUpdate(id: string, change: { note?: string; tags?: string[] }): void;
  onDelete(id: string): void;
  onOpen(h: Highlight): void;
  /** Opens with its note being edited (the editor takes the focus). */
  startEditing?: boolean;
}

export function HighlightCard({ highlight: h, outletName, onUpdate, onDelete, onOpen, startEditing = false }: HighlightCardProps) {
  const [editing, setEditing] = useState(startEditing);
  const editButton = useReturnFocus<HTMLButtonElement>(editing);
  const close = () => setEditing(false);
  const orphan = h.anchor.status === 'orphan';
  // Never throw while rendering: one bad row must not take the whole collection (and its exports) down.
  const when = new Date(h.created);
  const iso = Number.isNaN(when.getTime()) ? '' : when.toISOString();
  // An imported highlight's page might not be a web address: then there is no Open page link (the
  // address is still shown, as text, when the page has no title).
  const href = safeHref(h.url);
  const onOpenClick = (e: MouseEvent) => {
    if (e.button > 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return; // let the browser open a new tab
    e.preventDefault();
    onOpen(h);
  };

  return (
    <article class={`hl${orphan ? ' hl-orphan' : ''}`} data-highlight={h.id}>
      <blockquote class="hl-quote">{h.quote.exact}</blockquote>
      <p class="hl-meta">
        {orphan && <span class="hl-orphan-tag">Orphan</span>} <span class="hl-title">{h.title.trim() || h.url}</span>{' '}
        {outletName && <span class="hl-outlet">{outletName}</span>}{' '}
        <span class="hl-saved">
          Saved <time dateTime={iso}>{savedDate(h.created)}</time>
        </span>
      </p>
      {editing ? (
        <HighlightEditor
          note={h.note}
          tags={h.tags}
          onCancel={close}
          onSave={(change) => {
            onUpdate(h.id, change);
            close();
          }}
        />
      ) : (
        <>
          {h.note.trim() ? <p class="hl-note">{h.note}</p> : <p class="hl-note hl-muted">No note.</p>}
          {h.tags.length > 0 && (
            <ul class="hl-tags" aria-label="Tags">
              {h.tags.map((t) => (
                <li key={t} class="cv-chip">
                  {t}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <HighlightEvidence snapshot={h.snapshot} />
      <div class="hl-actions">
        {href && (
          <a class="cv-button hl-open" href={href} onClick={onOpenClick} aria-label={`Open page “${h.title.trim() || h.url}”`}>
            Open page
          </a>
        )}
        {!editing && (
          <button type="button" class="cv-button hl-edit" ref={editButton} onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
        <button
          type="button"
          class="cv-button cv-danger hl-delete"
          aria-label={`Delete highlight “${shortQuote(h.quote.exact)}”`}
          onClick={() => onDelete(h.id)}
        >
          Delete
        </button>
      </div>
    </article>
  );
}
