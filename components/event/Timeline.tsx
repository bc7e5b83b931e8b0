/**
 * Timeline: when each outlet first reported the story (a tick) and when each claim was published
 * (a dot, coloured by voice), one row per outlet across the days; with a table of the same data.
 * Dates are days, so an outlet's claims of one day are spread across that day in article order.
 */
import * as Plot from '@observablehq/plot';
import { useCallback } from 'preact/hooks';
import type { TimelinePoint } from '../../lib/core/coverage/event-types';
import { formatDate } from '../shared/ClaimRow';
import { PlotChart } from './PlotChart';
import { VOICES } from './Voice';

export interface TimelineProps {
  points: TimelinePoint[];
  /** Outlet names in column order. */
  outlets: string[];
  onDownloadSvg(name: string, svg: string): void;
}

const DAY = 86_400_000;
const day = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`);

/** Each claim at its day, spread over the day's middle in the order given. */
function spread(claims: TimelinePoint[]) {
  const perCell = new Map<string, number>();
  for (const c of claims) perCell.set(`${c.outlet}|${c.date}`, (perCell.get(`${c.outlet}|${c.date}`) ?? 0) + 1);
  const seen = new Map<string, number>();
  return claims.map((c) => {
    const key = `${c.outlet}|${c.date}`;
    const i = seen.get(key) ?? 0;
    seen.set(key, i + 1);
    return { ...c, at: new Date(day(c.date).getTime() + DAY * (0.15 + (0.7 * (i + 0.5)) / perCell.get(key)!)) };
  });
}

const claimLabel = (c: TimelinePoint) => `${c.outlet}, ${formatDate(c.date)}: ${VOICES[c.mode!].word.toLowerCase()} (${c.speaker}) — “${c.quote}”`;
const firstLabel = (c: TimelinePoint) => `First report: ${c.outlet}, ${formatDate(c.date)}`;

export function Timeline({ points, outlets, onDownloadSvg }: TimelineProps) {
  const draw = useCallback(
    (document: Document) => {
      const firsts = points.filter((p) => p.kind === 'first');
      const claims = spread(points.filter((p) => p.kind === 'claim'));
      const dates = points.map((p) => day(p.date).getTime()).filter(Number.isFinite);
      return Plot.plot({
        document,
        width: 760,
        marginLeft: 200,
        height: 50 + 42 * outlets.length,
        x: {
          type: 'utc',
          label: 'Published',
          domain: [new Date(Math.min(...dates)), new Date(Math.max(...dates) + DAY)],
          ticks: Math.max(...dates) - Math.min(...dates) <= 60 * DAY ? 'day' : undefined,
        },
        y: { domain: outlets, label: null },
        color: { domain: ['asserted', 'attributed', 'denied'], range: ['#1b6ca8', '#b8860b', '#b22222'], legend: true },
        marks: [
          Plot.tickX(firsts, { x: (p: TimelinePoint) => day(p.date), y: 'outlet', strokeWidth: 3, ariaLabel: firstLabel }),
          Plot.dot(claims, { x: 'at', y: 'outlet', fill: 'mode', r: 4, ariaLabel: claimLabel, tip: { ariaHidden: 'true' }, title: claimLabel }),
        ],
      });
    },
    [points, outlets],
  );
  const rows = [...points].sort((a, b) => a.date.localeCompare(b.date) || Number(a.kind === 'claim') - Number(b.kind === 'claim'));
  return (
    <section class="ev-section" aria-labelledby="timeline-title" data-section="timeline">
      <PlotChart id="timeline" title="Timeline: who reported what, when" draw={draw} onDownloadSvg={onDownloadSvg} />
      <details class="ev-table-wrap">
        <summary>The timeline as a table</summary>
        <table class="ev-table" data-table="timeline">
          <caption>First reports and claims by date</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Outlet</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.claimId ?? `first-${p.outletId}`} data-kind={p.kind}>
                <td>
                  <time dateTime={p.date}>{formatDate(p.date)}</time>
                </td>
                <td>{p.outlet}</td>
                <td>{p.kind === 'first' ? 'First report' : `${VOICES[p.mode!].word} (${p.speaker}): “${p.quote}”`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
