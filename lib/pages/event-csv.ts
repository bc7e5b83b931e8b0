/** The event page's grid as CSV: one row per claim, through the collection's formula-injection guard. */
import type { EventCoverage } from '../core/coverage/event-types';
import { csvDocument, safe } from '../core/export/csv';
import { gridRows } from './event-rows';

const HEADER = ['event', 'question', 'outlet', 'voice', 'speaker', 'date', 'sentence', 'article', 'url'];

export function eventCsv(coverage: EventCoverage): string {
  const rows = gridRows(coverage).map((r) => [r.event, r.question, r.outlet, r.voice, r.speaker, r.date, r.sentence, r.title, r.url].map(safe));
  return csvDocument([HEADER, ...rows]);
}
