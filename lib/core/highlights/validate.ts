/**
 * The builders every highlight passes through before it is written (a save from a page, an undo,
 * an import, a schema upgrade): each parses with the schema (schema.ts), names the first bad field
 * ("highlight.quote.exact: must not be blank"), and gives back a row rebuilt from known fields.
 */
import { firstProblem, under, type Checked } from '../schema-issues';
import { HighlightSchema, NewHighlightSchema } from './schema';
import type { Highlight, NewHighlight } from './types';

export const buildNewHighlight = (h: unknown, path = 'highlight'): Checked<NewHighlight> => firstProblem(NewHighlightSchema, h, under(path));
export const buildHighlight = (h: unknown, path = 'highlight'): Checked<Highlight> => firstProblem(HighlightSchema, h, under(path));

/** A highlight a content script asks to save: the first problem, or null. */
export function problemInNewHighlight(h: unknown): string | null {
  const r = buildNewHighlight(h);
  return r.ok ? null : r.error;
}

/** A complete stored highlight (restore after undo, import): the first problem, or null. */
export function problemInHighlight(h: unknown, path = 'highlight'): string | null {
  const r = buildHighlight(h, path);
  return r.ok ? null : r.error;
}
