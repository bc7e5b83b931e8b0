/**
 * PopupApp: the whole popup, props in and events out, no browser APIs. The corpus status heads it,
 * with the long work in progress if any; below, three tabs (ARIA tabs pattern, automatic
 * activation): this page's mentions and the site switch, the source filters, and every outlet's
 * labels with their basis and the reader's overrides.
 */
import { type CardMark, MARK_COLOURS, markWords } from '../../lib/core/card-mark';
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { HiddenLabels } from '../../lib/core/coverage/filters';
import type { LabelOverrides } from '../../lib/core/coverage/labels';
import type { AddState } from '../../lib/core/corpus/describe';
import type { Outlet } from '../../lib/core/pack/types';
import { CorpusStatus, type CorpusState } from './CorpusStatus';
import { LoadingTasks } from './LoadingTasks';
import { FilterPanel } from './FilterPanel';
import { OutletList } from './OutletList';
import { PagePanel, type PageState } from './PagePanel';

export type { PageState } from './PagePanel';

export interface PopupProps {
  corpus: CorpusState;
  /** The pack's outlets; null while loading. */
  outlets: Outlet[] | null;
  overrides: LabelOverrides;
  hide: HiddenLabels;
  page: PageState;
  /** How adding the page's article to the reader's corpus went. */
  adding: AddState;
  onAddArticle(): void;
  onOpenCorpus(): void;
  onHideChange(hide: HiddenLabels): void;
  /** The reader's subscriptions by name, for the filters. */
  subscriptions?: string[];
  /** label null = reset to the pack's label. */
  onOverride(outletId: string, axis: string, label: string | null): void;
  onOpenMention(index: number): void;
  onSiteOff(off: boolean): void;
  onOpenCollection(): void;
  /** The reader's card mark (lib/core/card-mark.ts): shown here, where no page can draw, so the reader knows it. */
  mark?: CardMark | null;
  onNewMark?(): void;
}

export const TABS = [
  { id: 'page', name: 'This page' },
  { id: 'filters', name: 'Filters' },
  { id: 'outlets', name: 'Outlets' },
] as const;
export type TabId = (typeof TABS)[number]['id'];

const tabId = (id: TabId) => `pp-tab-${id}`;
const panelId = (id: TabId) => `pp-panel-${id}`;

function Outlets({ outlets, children }: { outlets: Outlet[] | null; children: (outlets: Outlet[]) => ComponentChildren }) {
  if (outlets === null)
    return (
      <p class="pp-note" aria-busy="true">
        Loading the outlets…
      </p>
    );
  if (outlets.length === 0) return <p class="pp-note">The corpus has no outlets yet.</p>;
  return <>{children(outlets)}</>;
}

export function PopupApp(props: PopupProps) {
  const [selected, setSelected] = useState<TabId>('page');
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const select = (i: number) => {
    setSelected(TABS[i].id);
    tabs.current[i]?.focus?.();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = TABS.findIndex((t) => t.id === selected);
    const last = TABS.length - 1;
    const next = { ArrowRight: at === last ? 0 : at + 1, ArrowLeft: at === 0 ? last : at - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    select(next);
  };

  return (
    <main class="pp">
      <div class="pp-corpus">
        <CorpusStatus state={props.corpus} />
        <LoadingTasks tasks={props.corpus.kind === 'ready' ? props.corpus.status.loading : []} />
        {props.mark && (
          <p class="pp-mark" data-testid="card-mark">
            <span class="pp-mark-dot" style={{ background: MARK_COLOURS[props.mark.colour] }} aria-hidden="true" />
            <span>
              Your card mark: <strong>{markWords(props.mark)}</strong>. Every card Parallax opens shows it; a card without it is the page’s imitation.
            </span>
            {props.onNewMark && (
              <button type="button" class="pp-link" onClick={() => props.onNewMark?.()}>
                New mark
              </button>
            )}
          </p>
        )}
      </div>
      <div class="pp-tablist" role="tablist" aria-label="Parallax">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={tabId(t.id)}
            class="pp-tab"
            aria-selected={t.id === selected ? 'true' : 'false'}
            aria-controls={panelId(t.id)}
            tabIndex={t.id === selected ? 0 : -1}
            onClick={() => setSelected(t.id)}
            onKeyDown={onKeyDown}
          >
            {t.name}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <div key={t.id} class="pp-panel" role="tabpanel" id={panelId(t.id)} aria-labelledby={tabId(t.id)} tabIndex={0} hidden={t.id !== selected}>
          {t.id === 'page' && (
            <PagePanel
              page={props.page}
              adding={props.adding}
              onOpenMention={props.onOpenMention}
              onSiteOff={props.onSiteOff}
              onAddArticle={props.onAddArticle}
            />
          )}
          {t.id === 'filters' && (
            <Outlets outlets={props.outlets}>
              {(outlets) => (
                <FilterPanel
                  outlets={outlets}
                  overrides={props.overrides}
                  hide={props.hide}
                  onHideChange={props.onHideChange}
                  subscriptions={props.subscriptions}
                />
              )}
            </Outlets>
          )}
          {t.id === 'outlets' && (
            <Outlets outlets={props.outlets}>
              {(outlets) => <OutletList outlets={outlets} overrides={props.overrides} onOverride={props.onOverride} />}
            </Outlets>
          )}
        </div>
      ))}
      <footer class="pp-footer">
        <button type="button" class="pp-link" onClick={() => props.onOpenCollection()}>
          Open your collection
        </button>
        <button type="button" class="pp-link" onClick={() => props.onOpenCorpus()}>
          Open my corpus
        </button>
      </footer>
    </main>
  );
}
