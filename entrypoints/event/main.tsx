/**
 * The event page (event.html?id=<entityId>): asks the background for the entity's whole story with
 * the reader's filters and overrides, follows their changes and the corpus's, and turns the
 * view's export requests into the clipboard and files.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { EventView, type EventState } from '../../components/event/EventView';
import { EVENT_OUTLETS, type EventCoverage } from '../../lib/core/coverage/event-types';
import '../../components/event/event.css';
import { toWorker } from '../../lib/extension/messages';
import { corpusRevision, filterSettings, labelOverrides } from '../../lib/extension/settings';
import { download } from '../../lib/pages/download';
import { eventCsv } from '../../lib/pages/event-csv';
import { eventMarkdown } from '../../lib/pages/event-markdown';

const entityId = new URLSearchParams(location.search).get('id') ?? '';

/** Whether the page was sent the whole story: every outlet, and every claim of each cell. */
const isWhole = (c: EventCoverage) =>
  c.columns.length === c.totals.outlets && c.sections.every((s) => s.rows.every((r) => r.outlets.every((o) => !o.more)));

function EventPage() {
  const [state, setState] = useState<EventState>({ kind: 'loading' });
  const [showAll, setShowAll] = useState(false);
  const [outlets, setOutlets] = useState(EVENT_OUTLETS);
  const [status, setStatus] = useState('');
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    const bump = () => setRevision((n) => n + 1);
    const unwatch = [filterSettings.watch(bump), labelOverrides.watch(bump), corpusRevision.watch(bump)];
    return () => {
      for (const stop of unwatch) stop();
    };
  }, []);

  useEffect(() => {
    if (!entityId) return setState({ kind: 'error', message: 'No event given: open this page from a card, the popup or your collection.' });
    let current = true;
    void (async () => {
      const r = await toWorker('eventCoverage', { ...(await query()), outlets });
      if (!current) return;
      setState(r.ok ? { kind: 'ready', coverage: r.value } : { kind: 'error', message: r.error });
      if (r.ok) document.title = `Parallax — ${r.value.entity.name}`;
    })();
    return () => {
      current = false;
    };
  }, [showAll, revision, outlets]);

  /** What the page asks for: the entity, with the reader's filters (unless they asked to see all) and labels. */
  async function query() {
    const [{ hide }, overrides] = await Promise.all([filterSettings.getValue(), labelOverrides.getValue()]);
    return { entityId, hide: showAll ? {} : hide, overrides };
  }

  /** The whole story for an export: every outlet and claim the page shows a share of (what it holds, when that is all). */
  async function whole(): Promise<EventCoverage | undefined> {
    if (ready && isWhole(ready)) return ready;
    setStatus('Gathering every claim for the export…');
    const r = await toWorker('eventCoverage', { ...(await query()), all: true });
    if (!r.ok) setStatus(`Could not export: ${r.error}`);
    return r.ok ? r.value : undefined;
  }

  const ready = state.kind === 'ready' ? state.coverage : undefined;
  const stamp = () => `${entityId}-${new Date().toISOString().slice(0, 10)}`;
  return (
    <EventView
      state={state}
      exportStatus={status}
      onShowHidden={() => setShowAll(true)}
      onShowMoreOutlets={() => setOutlets((n) => n + EVENT_OUTLETS)}
      onCopyMarkdown={async () => {
        if (!ready) return;
        const story = await whole();
        if (!story) return;
        try {
          await navigator.clipboard.writeText(eventMarkdown(story));
          setStatus('Copied the grid as a Markdown table.');
        } catch (e) {
          setStatus(`Could not copy: ${e instanceof Error ? e.message : String(e)}`);
        }
      }}
      onDownloadCsv={async () => {
        if (!ready) return;
        const story = await whole();
        if (!story) return;
        download(`parallax-${stamp()}.csv`, 'text/csv', eventCsv(story));
        setStatus('Downloaded the grid as CSV.');
      }}
      onDownloadSvg={(name, svg) => download(`parallax-${entityId}-${name}`, 'image/svg+xml', svg)}
    />
  );
}

render(<EventPage />, document.getElementById('app')!);
