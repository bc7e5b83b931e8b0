/**
 * Figures: for each question with figures, every outlet's figures side by side — one row per
 * question, one dot per figure (coloured by outlet, shaped by voice), each labelled with what it
 * counts — so "74 people aboard" and "five bodies" are seen together; with a table of the same data.
 */
import * as Plot from '@observablehq/plot';
import { useCallback } from 'preact/hooks';
import type { FigurePoint } from '../../lib/core/coverage/event-types';
import { PlotChart } from './PlotChart';
import { VOICES } from './Voice';

export interface FiguresProps {
  figures: FigurePoint[];
  onDownloadSvg(name: string, svg: string): void;
}

const label = (f: FigurePoint) =>
  `${f.question} ${f.outlet}: ${f.value} ${f.what}, ${VOICES[f.mode].word.toLowerCase()} (${f.speaker}) — “${f.quote}”`;

/**
 * One label per distinct figure on a question (what it counts, as the pack files it), so a figure
 * every outlet repeats is written once; labels take turns on three lines so neighbours do not overlap.
 */
function labels(figures: FigurePoint[]) {
  const seen = new Map<string, FigurePoint>();
  for (const f of figures) {
    const key = JSON.stringify([f.facetId, f.value, f.counts]);
    if (!seen.has(key)) seen.set(key, f);
  }
  const turn = new Map<string, number>();
  return [...seen.values()]
    .sort((a, b) => a.value - b.value)
    .map((f) => {
      const i = turn.get(f.facetId) ?? 0;
      turn.set(f.facetId, i + 1);
      return { ...f, line: i % 3 };
    });
}

export function Figures({ figures, onDownloadSvg }: FiguresProps) {
  const draw = useCallback(
    (document: Document) => {
      const questions = [...new Set(figures.map((f) => f.question))];
      return Plot.plot({
        document,
        width: 760,
        marginLeft: 240,
        marginRight: 40,
        height: 40 + 150 * questions.length,
        x: { type: 'log', label: 'Figure (log scale)', nice: true, grid: true },
        fy: { domain: questions, label: null, axis: null },
        symbol: { domain: ['asserted', 'attributed', 'denied'], range: ['circle', 'diamond', 'square'], legend: true },
        color: { type: 'categorical', legend: true },
        marks: [
          Plot.axisFy({ anchor: 'left', lineWidth: 16, fontSize: 12, label: null }),
          Plot.dot(
            figures,
            Plot.dodgeY({
              x: 'value',
              fy: 'question',
              fill: 'outlet',
              symbol: 'mode',
              r: 5,
              anchor: 'bottom',
              ariaLabel: label,
              title: label,
              tip: { ariaHidden: 'true' },
            }),
          ),
          ...[0, 1, 2].map((line) =>
            Plot.text(
              labels(figures).filter((f) => f.line === line),
              {
                x: 'value',
                fy: 'question',
                text: (f: FigurePoint) => `${f.value} ${f.counts}`,
                frameAnchor: 'top',
                dy: 8 + 14 * line,
                fontSize: 11,
                ariaHidden: 'true',
              },
            ),
          ),
        ],
      });
    },
    [figures],
  );
  return (
    <section class="ev-section" aria-labelledby="figures-title" data-section="figures">
      <PlotChart id="figures" title="Figures side by side" draw={draw} onDownloadSvg={onDownloadSvg} />
      <details class="ev-table-wrap">
        <summary>The figures as a table</summary>
        <table class="ev-table" data-table="figures">
          <caption>Every figure stated, by question</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Outlet</th>
              <th scope="col">Figure</th>
              <th scope="col">Counts</th>
              <th scope="col">Given by</th>
              <th scope="col">Voice</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f, i) => (
              <tr key={i} data-claim={f.claimId}>
                <td>{f.question}</td>
                <td>{f.outlet}</td>
                <td data-value={f.value}>{f.value}</td>
                <td>{f.what}</td>
                <td>{f.speaker}</td>
                <td>{VOICES[f.mode].word}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
