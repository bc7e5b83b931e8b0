/**
 * The collection page: wires the background's collection messages into CollectionView, and turns
 * its export and import requests into files (nothing leaves the machine but what the reader saves).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CollectionView, type CollectionProps } from '../../components/collection/CollectionView';
import '../../components/collection/collection.css';
import { toBackupJson, toCsv, toMarkdown, toWebAnnotation } from '../../lib/core/export/formats';
import { parseImport } from '../../lib/core/export/import';
import type { Highlight } from '../../lib/core/highlights/types';
import { toWorker } from '../../lib/extension/messages';
import { download } from '../../lib/pages/download';
import { backupSizeProblem } from '../../lib/core/file-caps';

const FORMATS = {
  json: { ext: 'json', type: 'application/json', write: (h: Highlight[]) => toBackupJson(h, new Date()) },
  csv: { ext: 'csv', type: 'text/csv', write: toCsv },
  markdown: { ext: 'md', type: 'text/markdown', write: toMarkdown },
  webannotation: { ext: 'jsonld', type: 'application/ld+json', write: toWebAnnotation },
} as const;

/** A link that opens the page at the passage: a text fragment, understood by current browsers. */
function linkTo(h: Highlight): string {
  const words = h.quote.exact.replace(/\s+/g, ' ').trim();
  const fragment =
    words.length > 120 ? `${encodeURIComponent(words.slice(0, 50))},${encodeURIComponent(words.slice(-50))}` : encodeURIComponent(words);
  return `${h.url}#:~:text=${fragment.replace(/-/g, '%2D')}`;
}

/** The highlight whose note to edit as the page opens: a note a page took from the save panel (collection-tab.ts). */
const editing = new URLSearchParams(location.search).get('edit') ?? undefined;
// Once: reloaded, the page is the collection as usual.
if (editing) history.replaceState(null, '', location.pathname);

function Collection() {
  const [highlights, setHighlights] = useState<Highlight[] | null>(null);
  const [outletNames, setOutletNames] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<CollectionProps['notice']>(
    editing ? { text: 'The page you were reading took your note form down, so your note is here. What you had typed is kept.', kind: 'info' } : null,
  );
  const fail = (message: string) => setNotice({ text: message, kind: 'error' });

  const reload = async () => {
    const r = await toWorker('highlights', {});
    if (r.ok) setHighlights(r.value);
    else fail(r.error);
  };
  useEffect(() => {
    void reload();
    void toWorker('outlets', {}).then((r) => r.ok && setOutletNames(Object.fromEntries(r.value.map((o) => [o.id, o.name]))));
  }, []);

  return (
    <CollectionView
      highlights={highlights}
      outletNames={outletNames}
      editing={editing}
      notice={notice}
      onDismissNotice={() => setNotice(null)}
      onUpdate={async (id, change) => {
        const r = await toWorker('updateHighlight', { id, ...change });
        if (r.ok) await reload();
        else fail(r.error);
      }}
      onDelete={async (id) => {
        const r = await toWorker('deleteHighlight', { id });
        if (!r.ok) return fail(r.error);
        await reload();
        const gone = r.value;
        if (gone) {
          setNotice({
            text: `Deleted “${gone.quote.exact.slice(0, 60)}”.`,
            kind: 'info',
            undo: async () => {
              const back = await toWorker('restoreHighlight', { highlight: gone });
              setNotice(back.ok ? { text: 'Restored.', kind: 'info' } : { text: back.error, kind: 'error' });
              await reload();
            },
          });
        }
      }}
      onOpen={(h) => void browser.tabs.create({ url: linkTo(h) })}
      onExport={(format) => {
        const f = FORMATS[format];
        const stamp = new Date().toISOString().slice(0, 10);
        download(`parallax-collection-${stamp}.${f.ext}`, f.type, f.write(highlights ?? []));
      }}
      onImport={async (file) => {
        const tooLarge = backupSizeProblem(file.size);
        if (tooLarge) return fail(`${file.name}: ${tooLarge} Nothing was imported.`);
        const parsed = parseImport(await file.text());
        if (!parsed.ok) return fail(`${file.name}: ${parsed.error} Nothing was imported.`);
        const r = await toWorker('importHighlights', { highlights: parsed.value });
        if (!r.ok) return fail(`${file.name}: ${r.error} Nothing was imported.`);
        setNotice({ text: `${file.name}: ${r.value.added} added, ${r.value.updated} updated, ${r.value.unchanged} already there.`, kind: 'info' });
        await reload();
      }}
      onClearAll={async () => {
        const r = await toWorker('clearHighlights', {});
        if (r.ok) setNotice({ text: `Deleted all ${r.value} highlights.`, kind: 'info' });
        else fail(r.error);
        await reload();
      }}
    />
  );
}

render(<Collection />, document.getElementById('app')!);
