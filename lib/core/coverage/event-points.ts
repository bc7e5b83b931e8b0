/**
 * The event page's chart data, flat rows a chart and its accessible table both draw from: claims
 * and first reports on a timeline, every stated figure by question, and outlets counted by label.
 */
import type { Outlet } from '../pack/types';
import type { EventColumn, EventSection, FigurePoint, LabelCount, TimelinePoint } from './event-types';
import type { ClaimView } from './types';

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
            timeline.push({
              kind: 'claim',
              outletId: outlet.id,
              outlet: outlet.name,
              date: c.article.published,
              claimId: c.id,
              quote: c.quote,
              mode: c.mode,
              speaker,
            });
          }
          if (!row.facet) continue;
          for (const n of c.numbers) {
            figures.push({
              question: row.facet.question,
              facetId: row.facet.id,
              outletId: outlet.id,
              outlet: outlet.name,
              claimId: c.id,
              value: n.value,
              what: n.what,
              counts: n.counts,
              speaker,
              mode: c.mode,
              quote: c.quote,
            });
          }
        }
      }
    }
  }
  return { timeline, figures, labels: labelCounts(covering) };
}

/** How many of these outlets carry each label, axis by axis (axes and labels in alphabetical order). */
function labelCounts(outlets: Outlet[]): LabelCount[] {
  const counts = new Map<string, LabelCount>();
  for (const o of outlets) {
    for (const [axis, label] of Object.entries(o.labels)) {
      const key = JSON.stringify([axis, label]);
      const known = counts.get(key);
      if (known) known.count += 1;
      else counts.set(key, { axis, label, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => a.axis.localeCompare(b.axis) || a.label.localeCompare(b.label));
}
