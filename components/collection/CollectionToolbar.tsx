/**
 * CollectionToolbar: the search box, the Tag / Outlet / Entity filters (each offering only what
 * the collection holds) and the group-by toggle of the collection page. Props in, events out.
 */
import type { Ref } from 'preact';
import type { HighlightFilter } from '../../lib/pages/highlight-search';

export type GroupBy = 'page' | 'entity';
type Option = { value: string; name: string };

export interface CollectionToolbarProps {
  query: string;
  filter: HighlightFilter;
  options: { tags: Option[]; outlets: Option[]; entities: Option[] };
  groupBy: GroupBy;
  searchRef: Ref<HTMLInputElement>;
  onQuery(query: string): void;
  onFilter(filter: HighlightFilter): void;
  onGroupBy(by: GroupBy): void;
}

const FILTERS = [
  { key: 'tag', label: 'Tag', all: 'All tags', options: 'tags' },
  { key: 'outletId', label: 'Outlet', all: 'All outlets', options: 'outlets' },
  { key: 'entityId', label: 'Entity', all: 'All events and figures', options: 'entities' },
] as const;

const GROUPS: { by: GroupBy; name: string }[] = [
  { by: 'page', name: 'By page' },
  { by: 'entity', name: 'By event or figure' },
];

export function CollectionToolbar(props: CollectionToolbarProps) {
  const { query, filter, options, groupBy } = props;
  const onSearchKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && query) {
      e.preventDefault();
      props.onQuery('');
    }
  };
  return (
    <div class="cv-toolbar" role="search">
      <input
        ref={props.searchRef}
        type="search"
        class="cv-search"
        aria-label="Search highlights"
        aria-keyshortcuts="/"
        placeholder="Search quotes, notes, tags, pages, outlets, events…  ( / )"
        value={query}
        onInput={(e) => props.onQuery(e.currentTarget.value)}
        onKeyDown={onSearchKey}
      />
      <div class="cv-filters">
        {FILTERS.map((f) => (
          <label key={f.key} class="cv-filter">
            <span class="cv-filter-name">{f.label}</span>
            <select
              data-filter={f.key}
              value={filter[f.key] ?? ''}
              onChange={(e) => props.onFilter({ ...filter, [f.key]: e.currentTarget.value || undefined })}
            >
              <option value="">{f.all}</option>
              {options[f.options].map((o) => (
                <option key={o.value} value={o.value}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        ))}
        <div class="cv-groupby" role="group" aria-label="Group highlights">
          {GROUPS.map((g) => (
            <button
              key={g.by}
              type="button"
              class="cv-button cv-toggle"
              data-group-by={g.by}
              aria-pressed={g.by === groupBy ? 'true' : 'false'}
              onClick={() => props.onGroupBy(g.by)}
            >
              {g.name}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
