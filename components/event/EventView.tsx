/**
 * EventView: the event page — the entity, the outlets the reader's filters hide, the grid of
 * questions × outlets for each event, the timeline, the figures, coverage by label and export.
 * Props in, events out.
 */
import { EVENT_OUTLETS, type EventCoverage } from '../../lib/core/coverage/event-types';
import { plural } from '../../lib/core/plural';
import { hiddenNote } from '../card/Popover';
import { CoverageByLabel } from './CoverageByLabel';
import { EventGrid } from './EventGrid';
import { ExportBar } from './ExportBar';
import { Figures } from './Figures';
import { Timeline } from './Timeline';

export type EventState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; coverage: EventCoverage };

export interface EventViewProps {
  state: EventState;
  exportStatus: string;
  onShowHidden(): void;
  /** More outlets' columns, when the story has more than the page was sent. */
  onShowMoreOutlets(): void;
  onCopyMarkdown(): void;
  onDownloadCsv(): void;
  onDownloadSvg(name: string, svg: string): void;
}

export function EventView(props: EventViewProps) {
  const { state } = props;
  if (state.kind === 'loading')
    return (
      <main class="ev-page">
        <p aria-busy="true">Gathering the whole story…</p>
      </main>
    );
  if (state.kind === 'error')
    return (
      <main class="ev-page">
        <h1>Parallax</h1>
        <p class="ev-error" role="alert">
          {state.message}
        </p>
      </main>
    );
  const { coverage: c } = state;
  const isEvent = c.entity.type === 'event';
  return (
    <main class="ev-page">
      <header class="ev-head">
        <h1>{c.entity.name}</h1>
        {c.entity.description && <p class="ev-desc">{c.entity.description}</p>}
        <p class="ev-summary">
          {plural(c.totals.outlets, 'outlet')} · {plural(c.totals.claims, 'claim')}
          {!isEvent && ` · ${plural(c.sections.filter((s) => s.event).length, 'event')} they appear in, with their own claims`}
        </p>
      </header>
      {c.hidden.length > 0 && (
        <p class="ev-hidden" data-testid="hidden">
          {hiddenNote(c.hidden)}{' '}
          <button type="button" class="ev-button" onClick={() => props.onShowHidden()}>
            Show them here
          </button>
        </p>
      )}
      {c.columns.length < c.totals.outlets && (
        <p class="ev-hidden" data-testid="more-outlets">
          Showing the {c.columns.length} outlets that reported it first, of {c.totals.outlets.toLocaleString('en-GB')}; the exports hold them all.{' '}
          <button type="button" class="ev-button" onClick={() => props.onShowMoreOutlets()}>
            Show {Math.min(EVENT_OUTLETS, c.totals.outlets - c.columns.length)} more
          </button>
        </p>
      )}
      <ExportBar status={props.exportStatus} onCopyMarkdown={props.onCopyMarkdown} onDownloadCsv={props.onDownloadCsv} />
      {c.sections.length === 0 && (
        <p class="ev-empty">
          No outlet in your corpus reports on {c.entity.name} yet{c.hidden.length > 0 ? ' that your filters show' : ''}.
        </p>
      )}
      {c.sections.map((s, i) => (
        <section key={s.event?.id ?? ''} class="ev-section ev-grid-section" data-event={s.event?.id ?? ''}>
          <h2 id={`grid-${i}`}>{s.event ? (s.event.id === c.entity.id ? 'Questions × outlets' : s.event.name) : 'Other claims'}</h2>
          <EventGrid section={s} columns={c.columns} titleId={`grid-${i}`} />
        </section>
      ))}
      {c.timeline.length > 0 && (
        <Timeline points={c.timeline} outlets={c.columns.map((col) => col.outlet.name)} onDownloadSvg={props.onDownloadSvg} />
      )}
      {c.figures.length > 0 && <Figures figures={c.figures} onDownloadSvg={props.onDownloadSvg} />}
      {c.labels.length > 0 && <CoverageByLabel labels={c.labels} onDownloadSvg={props.onDownloadSvg} />}
    </main>
  );
}
