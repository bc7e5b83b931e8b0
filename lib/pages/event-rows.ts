/** The event page's grid as flat rows, one per claim in a cell, for its Markdown and CSV exports. */
import type { EventCoverage } from '../core/coverage/event-types';
import { speakerOf } from '../core/coverage/event-points';
import type { ClaimMode } from '../core/pack/types';

export interface GridRow {
  event: string;
  question: string;
  outlet: string;
  voice: ClaimMode;
  speaker: string;
  date: string;
  sentence: string;
  title: string;
  url: string;
}

/** Row by row of the grid, then column by column (outlets in first-report order). */
export function gridRows(c: EventCoverage): GridRow[] {
  return c.sections.flatMap((s) =>
    s.rows.flatMap((row) => {
      // By id: an export of thousands of outlets looks each cell up once.
      const cells = new Map(row.outlets.map((o) => [o.outlet.id, o.claims]));
      return c.columns.flatMap(({ outlet }) =>
        (cells.get(outlet.id) ?? []).map((claim) => ({
          event: s.event?.name ?? '',
          // A subscription's question too.
          question: row.facet
            ? row.facet.via
              ? `${row.facet.question} (via ${row.facet.via})`
              : row.facet.question
            : 'Claims that answer no known question',
          // A subscription's claim says where it came from, as the card does.
          outlet: claim.via ? `${outlet.name} (via ${claim.via})` : outlet.name,
          voice: claim.mode,
          speaker: speakerOf(claim, outlet.name),
          date: claim.article.published,
          sentence: claim.quote,
          title: claim.article.title,
          url: claim.article.url ?? '',
        })),
      );
    }),
  );
}
