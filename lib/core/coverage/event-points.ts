/**
 * The event page's chart data, flat rows a chart and its accessible table both draw from: claims
 * and first reports on a timeline, every stated figure by question, and outlets counted by label.
 */
import type { ClaimMode, Outlet } from '../pack/types';
import type { ClaimView } from './coverage';
import type { EventColumn, EventSection } from './event-coverage';
import { labelAxes } from './labels';

export interface TimelinePoint {
  /** A first report (one per outlet) or one published claim. */
  kind: 'first' | 'claim';
  outletId: string;
  outlet: string;
  /** The article's publication date, as the pack gives it (YYYY-MM-DD…). */
  date: string;
  claimId?: string;
  quote?: string;
  mode?: ClaimMode;
  speaker?: string;
}

export interface FigurePoint {
  question: string;
  facetId: string;
  outletId: string;
  outlet: string;
  claimId: string;
  value: number;
  /** What the figure counts, as the claim words it ("Ukrainian POWs")… */
  what: string;
  /** …and as the pack files it, for comparing ("prisoners of war"). */
  counts: string;
  speaker: string;
  mode: ClaimMode;
  quote: string;
}

export interface LabelCount {
  axis: string;
  label: string;
  count: number;
}

/** Who says it: the named speaker, or the outlet itself. */
export const speakerOf = (claim: ClaimView, outletName: string) => (claim.speaker.kind === 'outlet' ? outletName : claim.speaker.name);

export function chartPoints(sections: EventSection[], columns: EventColumn[], covering: Outlet[]) {
  const timeline: TimelinePoint[] = columns.map((c) => ({ kind: 'first', outletId: c.outlet.id, outlet: c.outlet.name, date: c.firstReport }));
  const figures: FigurePoint[] = [];
  const seen = new Set<string>();
  for (const { rows } of sections) {
    for (const row of rows) {
      for (const { outlet, claims } of row.outlets) {
        for (const c of claims) {
          const speaker = speakerOf(c, outlet.name);
          if (!seen.has(c.id)) {
            seen.add(c.id);
            timeline.push({ kind: 'claim', outletId: outlet.id, outlet: outlet.name, date: c.article.published, claimId: c.id, quote: c.quote, mode: c.mode, speaker });
          }
          if (!row.facet) continue;
          for (const n of c.numbers) {
            figures.push({ question: row.facet.question, facetId: row.facet.id, outletId: outlet.id, outlet: outlet.name, claimId: c.id, value: n.value, what: n.what, counts: n.counts, speaker, mode: c.mode, quote: c.quote });
          }
        }
      }
    }
  }
  return { timeline, figures, labels: labelCounts(covering) };
}

/** labelAxes' counts, flattened to one row per axis and label for a stacked bar per axis. */
function labelCounts(outlets: Outlet[]): LabelCount[] {
  return labelAxes(outlets).flatMap(({ axis, labels }) => labels.map(({ label, count }) => ({ axis, label, count })));
}
