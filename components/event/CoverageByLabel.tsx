/**
 * CoverageByLabel: how many outlets of each label covered the story, a stacked bar per label axis,
 * following the reader's overrides; with a table of the same counts.
 */
import * as Plot from '@observablehq/plot';
import { useCallback } from 'preact/hooks';
import type { LabelCount } from '../../lib/core/coverage/event-types';
import { plural } from '../../lib/core/plural';
import { PlotChart } from './PlotChart';

export interface CoverageByLabelProps {
  labels: LabelCount[];
  onDownloadSvg(name: string, svg: string): void;
}

const label = (l: LabelCount) => `${l.axis}: ${l.label}, ${plural(l.count, 'outlet')}`;

export function CoverageByLabel({ labels, onDownloadSvg }: CoverageByLabelProps) {
  const draw = useCallback(
    (document: Document) =>
      Plot.plot({
        document,
        width: 760,
        marginLeft: 90,
        height: 40 + 36 * new Set(labels.map((l) => l.axis)).size,
        x: { label: 'Outlets', tickFormat: 'd', ticks: Math.max(...labels.map((l) => l.count), 1) },
        y: { label: null },
        color: { scheme: 'pastel1' },
        marks: [
          Plot.barX(
            labels,
            Plot.stackX({
              x: 'count',
              y: 'axis',
              fill: 'label',
              stroke: 'black',
              strokeWidth: 0.5,
              ariaLabel: label,
              title: label,
              tip: { ariaHidden: 'true' },
            }),
          ),
          Plot.text(
            labels,
            Plot.stackX({
              x: 'count',
              y: 'axis',
              text: (l: LabelCount) => `${l.label} (${l.count})`,
              fill: 'black',
              fontSize: 11,
              ariaHidden: 'true',
            }),
          ),
        ],
      }),
    [labels],
  );
  return (
    <section class="ev-section" aria-labelledby="labels-title" data-section="labels">
      <PlotChart id="labels" title="Coverage by label" draw={draw} onDownloadSvg={onDownloadSvg} />
      <details class="ev-table-wrap">
        <summary>The counts as a table</summary>
        <table class="ev-table" data-table="labels">
          <caption>Outlets that covered it, by label (your overrides applied)</caption>
          <thead>
            <tr>
              <th scope="col">Axis</th>
              <th scope="col">Label</th>
              <th scope="col">Outlets</th>
            </tr>
          </thead>
          <tbody>
            {labels.map((l) => (
              <tr key={`${l.axis}|${l.label}`}>
                <td>{l.axis}</td>
                <td>{l.label}</td>
                <td>{l.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
