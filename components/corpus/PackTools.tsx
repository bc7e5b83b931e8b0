/**
 * PackTools: sharing the corpus as a claim pack — export it to a file, import a colleague's (the
 * background checks all of it before merging), and remove everything the reader added or
 * imported, after asking. Props in, events out.
 */
import { useRef, useState } from 'preact/hooks';
import { BusyButton } from '../shared/BusyButton';
import { InlineConfirm } from '../shared/InlineConfirm';
import { useReturnFocus } from '../shared/use-return-focus';
import type { Busy } from './corpus-ui';

export const PACK_ACCEPT = '.json,application/json';

export interface PackToolsProps {
  busy: Busy | null;
  onExport(): void;
  onImport(file: File): void;
  onClearAll(): void;
}

export function PackTools({ busy, onExport, onImport, onClearAll }: PackToolsProps) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);
  const removeRef = useReturnFocus<HTMLButtonElement>(confirming);

  const onFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // so the same file can be chosen again after fixing it
    if (file) onImport(file);
  };

  return (
    <>
      <div class="mc-row">
        <BusyButton
          class="mc-button mc-primary mc-export"
          running={busy === 'export'}
          label="Export claim pack"
          busyLabel="Exporting…"
          onClick={onExport}
        />
        <BusyButton
          class="mc-button mc-import"
          running={busy === 'import'}
          label="Import claim pack…"
          busyLabel="Importing…"
          onClick={() => fileRef.current?.click()}
        />
        {/* Hidden from sight and from Tab: the button above opens it, and says what it is for. */}
        <input
          ref={fileRef}
          type="file"
          class="mc-visually-hidden"
          tabIndex={-1}
          accept={PACK_ACCEPT}
          aria-label="Import claim pack file"
          onChange={onFile}
        />
      </div>
      {!confirming ? (
        <div class="mc-row">
          <button type="button" class="mc-button mc-danger mc-remove-all" ref={removeRef} onClick={() => setConfirming(true)}>
            Remove my articles…
          </button>
        </div>
      ) : (
        <InlineConfirm
          question="Remove every article, outlet and name you added or imported? The bundled corpus stays."
          yes="Remove all"
          no="Keep"
          onYes={() => {
            setConfirming(false);
            onClearAll();
          }}
          onNo={() => setConfirming(false)}
        />
      )}
    </>
  );
}
