/**
 * PlotChart: one Observable Plot chart, drawn by `draw` and appended to its container with DOM
 * APIs (no markup is ever built from strings). Plot's tip answers the pointer; each mark that has an aria-label is
 * also made keyboard-focusable, and focusing it says the same in a live line below the chart.
 * "Download SVG" hands the chart's SVG out as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface PlotChartProps {
  /** Names the chart (its heading's id is `${id}-title`) and the SVG file. */
  id: string;
  title: string;
  /** Builds the chart: Plot.plot(...) with the page's document. */
  draw: (document: Document) => Element;
  onDownloadSvg(name: string, svg: string): void;
}

export function PlotChart({ id, title, draw, onDownloadSvg }: PlotChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState('');
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const chart = draw(el.ownerDocument);
    for (const mark of chart.querySelectorAll('[aria-label]')) {
      // Groups carry a mark's name; the elements inside them with their own label are the marks.
      if (mark.tagName.toLowerCase() === 'g' || mark.tagName.toLowerCase() === 'svg') continue;
      mark.setAttribute('tabindex', '0');
      mark.setAttribute('role', 'img');
      mark.addEventListener('focus', () => setFocused(mark.getAttribute('aria-label') ?? ''));
      mark.addEventListener('blur', () => setFocused(''));
    }
    el.replaceChildren(chart);
    return () => el.replaceChildren();
  }, [draw]);
  const download = () => {
    const svg = box.current?.querySelector(':scope > svg, :scope > figure > svg');
    if (!svg) return;
    const copy = svg.cloneNode(true) as Element;
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    onDownloadSvg(`${id}.svg`, new XMLSerializer().serializeToString(copy));
  };
  return (
    <figure class="ev-chart" aria-labelledby={`${id}-title`} data-chart={id}>
      <figcaption class="ev-chart-head">
        <h3 id={`${id}-title`}>{title}</h3>
        <button type="button" class="ev-button" onClick={download}>
          Download SVG
        </button>
      </figcaption>
      <div class="ev-plot" ref={box} />
      <p class="ev-focused" role="status" aria-live="polite">
        {focused}
      </p>
    </figure>
  );
}
