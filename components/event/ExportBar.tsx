/** ExportBar: the grid as Markdown (to the clipboard) or CSV (a file), and what came of the last try. */
export interface ExportBarProps {
  status: string;
  onCopyMarkdown(): void;
  onDownloadCsv(): void;
}

export function ExportBar({ status, onCopyMarkdown, onDownloadCsv }: ExportBarProps) {
  return (
    <div class="ev-export" role="group" aria-label="Export the grid">
      <button type="button" class="ev-button" onClick={() => onCopyMarkdown()}>
        Copy as Markdown
      </button>
      <button type="button" class="ev-button" onClick={() => onDownloadCsv()}>
        Download CSV
      </button>
      <span class="ev-export-status" role="status">
        {status}
      </span>
    </div>
  );
}
