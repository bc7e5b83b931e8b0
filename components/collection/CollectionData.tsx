/**
 * CollectionData: getting the collection out and back in — export in four formats, import a
 * backup file, and "Delete all…", which only clears after an explicit confirmation that names the
 * count and offers a JSON backup first. Props in, events out.
 */
import { useId, useState } from 'preact/hooks';
import { plural } from '../../lib/core/plural';
import { InlineConfirm } from '../shared/InlineConfirm';
import { useReturnFocus } from '../shared/use-return-focus';

export type ExportFormat = 'json' | 'csv' | 'markdown' | 'webannotation';

export const EXPORTS: { format: ExportFormat; name: string }[] = [
  { format: 'json', name: 'JSON backup' },
  { format: 'csv', name: 'CSV' },
  { format: 'markdown', name: 'Markdown' },
  { format: 'webannotation', name: 'Web Annotation' },
];

export const IMPORT_ACCEPT = '.json,.jsonld,application/json,application/ld+json';

export interface CollectionDataProps {
  count: number;
  onExport(format: ExportFormat): void;
  onImport(file: File): void;
  onClearAll(): void;
}

export function CollectionData({ count, onExport, onImport, onClearAll }: CollectionDataProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const deleteAllRef = useReturnFocus<HTMLButtonElement>(confirming);

  const onFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) onImport(file);
    input.value = ''; // the same file can be chosen again
  };

  return (
    <section class="cv-data" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="cv-subhead">
        Export and import
      </h2>
      <div class="cv-row" role="group" aria-label="Export">
        <span class="cv-row-name">Export</span>
        {EXPORTS.map((x) => (
          <button key={x.format} type="button" class="cv-button" data-export={x.format} disabled={count === 0} onClick={() => onExport(x.format)}>
            {x.name}
          </button>
        ))}
      </div>
      <div class="cv-row">
        <label for={`${id}-import`} class="cv-row-name">
          Import a backup
        </label>
        <input id={`${id}-import`} type="file" class="cv-import" accept={IMPORT_ACCEPT} onChange={onFile} />
      </div>
      <div class="cv-row">
        {!confirming ? (
          <button type="button" class="cv-button cv-danger" ref={deleteAllRef} disabled={count === 0} onClick={() => setConfirming(true)}>
            Delete all…
          </button>
        ) : (
          <InlineConfirm
            ui="cv"
            question={`Delete all ${plural(count, 'highlight')}?`}
            detail="Export a JSON backup first if you may want them back: it keeps every note, tag and piece of evidence."
            yes="Confirm"
            no="Cancel"
            onYes={() => {
              setConfirming(false);
              onClearAll();
            }}
            onNo={() => setConfirming(false)}
          >
            <button type="button" class="cv-button" onClick={() => onExport('json')}>
              Export JSON backup
            </button>
          </InlineConfirm>
        )}
      </div>
    </section>
  );
}
