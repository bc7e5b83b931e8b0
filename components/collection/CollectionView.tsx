/**
 * CollectionView: the researcher's collection page, props in and events out, no browser APIs.
 * A notice bar (with Undo), the header and count, search (focused on load; "/" jumps to it) with
 * Tag / Outlet / Entity filters, the highlights grouped by page or by event/figure, the orphans
 * (no longer found on their page) in a section of their own, then export, import and Delete all.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  createSearcher,
  filterHighlights,
  filterOptions,
  groupHighlights,
  UNLINKED_KEY,
  type HighlightFilter,
} from '../../lib/pages/highlight-search';
import type { Highlight } from '../../lib/core/highlights/types';
import { plural } from '../../lib/core/plural';
import { CollectionData, type ExportFormat } from './CollectionData';
import { CollectionToolbar, type GroupBy } from './CollectionToolbar';
import { HighlightCard } from './HighlightCard';
import { NoticeBar, type Notice } from '../shared/NoticeBar';

export interface CollectionProps {
  /** null while loading. */
  highlights: Highlight[] | null;
  /** outletId → name. */
  outletNames: Record<string, string>;
  /** Shown in a role=status (info) or role=alert (error) bar, with an Undo button when undo is set. */
  notice: Notice | null;
  onUpdate(id: string, change: { note?: string; tags?: string[] }): void;
  onDelete(id: string): void;
  onOpen(h: Highlight): void;
  onExport(format: ExportFormat): void;
  onImport(file: File): void;
  /** Only called after the confirmation step inside the view. */
  onClearAll(): void;
  onDismissNotice(): void;
  /** A highlight whose note opens for editing as the page opens (a note a page took from the save panel). */
  editing?: string;
}

export const ORPHAN_TEXT = 'Could not be found on its page any more — kept here with its evidence.';
const EMPTY: Highlight[] = [];

const isTyping = (t: EventTarget | null) =>
  t instanceof Element &&
  (t.matches('input, textarea, select, [contenteditable]:not([contenteditable="false"])') || t.closest('[contenteditable="true"]') !== null);

/** Drops filter values the collection no longer has (e.g. after a delete), so nothing hides silently. */
function present(filter: HighlightFilter, options: ReturnType<typeof filterOptions>): HighlightFilter {
  const has = (list: { value: string }[], v?: string) => (v && list.some((o) => o.value === v) ? v : undefined);
  return { tag: has(options.tags, filter.tag), outletId: has(options.outlets, filter.outletId), entityId: has(options.entities, filter.entityId) };
}

export function CollectionView(props: CollectionProps) {
  const { highlights, outletNames } = props;
  const all = highlights ?? EMPTY;
  const [query, setQuery] = useState('');
  const [rawFilter, setFilter] = useState<HighlightFilter>({});
  const [groupBy, setGroupBy] = useState<GroupBy>('page');
  const searchRef = useRef<HTMLInputElement>(null);
  const [editing, setEditing] = useState(props.editing);
  // Once its card has been drawn, the note asked for is no longer opened by drawing it again.
  useEffect(() => {
    if (editing && all.some((h) => h.id === editing)) setEditing(undefined);
  }, [all, editing]);

  useEffect(() => {
    // Not when a note opens for editing: its field has the focus.
    if (!props.editing) searchRef.current?.focus?.();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      searchRef.current?.focus?.();
    };
    const doc = document;
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, []);

  const options = useMemo(() => filterOptions(all, outletNames), [all, outletNames]);
  const search = useMemo(() => createSearcher(all, outletNames), [all, outletNames]);
  const filter = present(rawFilter, options);
  const results = filterHighlights(search(query), filter);
  const orphans = results.filter((h) => h.anchor.status === 'orphan');
  const groups = groupHighlights(
    results.filter((h) => h.anchor.status !== 'orphan'),
    groupBy,
  );
  const narrowed = query.trim() !== '' || Boolean(filter.tag || filter.outletId || filter.entityId);
  const clear = () => {
    setQuery('');
    setFilter({});
    searchRef.current?.focus?.();
  };
  // The note asked for opens once, in the first card showing its highlight (grouped by entity, one
  // highlight shows under each of its entities); a card drawn again later (another grouping) opens as usual.
  let editorGiven = false;
  const startsEditing = (h: Highlight) => {
    const start = !editorGiven && h.id === editing;
    if (start) editorGiven = true;
    return start;
  };
  const card = (h: Highlight) => (
    <HighlightCard
      key={h.id}
      highlight={h}
      outletName={h.outletId ? (outletNames[h.outletId] ?? h.outletId) : undefined}
      startEditing={startsEditing(h)}
      onUpdate={props.onUpdate}
      onOpen={props.onOpen}
      onDelete={(id) => {
        props.onDelete(id);
        searchRef.current?.focus?.(); // the card is going away; keep focus somewhere predictable
      }}
    />
  );

  return (
    <main class="cv">
      <NoticeBar notice={props.notice} onDismiss={props.onDismissNotice} />
      <header class="cv-header">
        <h1>Your collection</h1>
        {highlights && <p class="cv-count">{plural(all.length, 'highlight')}</p>}
      </header>
      <CollectionToolbar
        query={query}
        filter={filter}
        options={options}
        groupBy={groupBy}
        searchRef={searchRef}
        onQuery={setQuery}
        onFilter={setFilter}
        onGroupBy={setGroupBy}
      />
      <p class="cv-results" role="status" data-testid="results">
        {highlights && narrowed ? `${results.length} of ${plural(all.length, 'highlight')} match` : ''}
      </p>
      {highlights === null ? (
        <p class="cv-muted" aria-busy="true">
          Loading your collection…
        </p>
      ) : all.length === 0 ? (
        <p class="cv-empty">Nothing saved yet. Highlights you save on news pages appear here, with the evidence you saw.</p>
      ) : results.length === 0 ? (
        <p class="cv-empty">
          No highlights match.{' '}
          <button type="button" class="cv-button cv-clear" onClick={clear}>
            Clear search and filters
          </button>
        </p>
      ) : null}
      {groups.map((g) => (
        <section key={g.key} class="cv-group" data-group={g.key} aria-label={g.title}>
          <h2 class="cv-group-title">
            {g.title} <span class="cv-group-count">{plural(g.items.length, 'highlight')}</span>
          </h2>
          {g.url && <p class="cv-group-url">{g.url}</p>}
          {groupBy === 'entity' && g.key !== UNLINKED_KEY && (
            <p class="cv-group-url">
              <a href={`event.html?id=${encodeURIComponent(g.key)}`} target="_blank" rel="noopener noreferrer" data-event-link={g.key}>
                Open the full comparison
              </a>
            </p>
          )}
          {g.items.map(card)}
        </section>
      ))}
      {orphans.length > 0 && (
        <section class="cv-group cv-orphans" data-group="orphans" aria-label="Orphans">
          <h2 class="cv-group-title">
            Orphans <span class="cv-group-count">{plural(orphans.length, 'highlight')}</span>
          </h2>
          <p class="cv-muted">{ORPHAN_TEXT}</p>
          {orphans.map(card)}
        </section>
      )}
      <CollectionData count={all.length} onExport={props.onExport} onImport={props.onImport} onClearAll={props.onClearAll} />
    </main>
  );
}
