import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import './charts.css';
import { tableScroller } from './table-scroller';

interface ChartFigureProps {
  caption: string;
  /** One sentence with what matters most, for everyone. */
  summary?: string;
  /** The drawing; hidden from assistive tech, which reads the table instead. */
  chart: ComponentChildren;
  /** What the marks mean, shown under the drawing. */
  legend?: ComponentChildren;
  /** The same data as table rows: a header row and a body. */
  head: ComponentChildren;
  body: ComponentChildren;
}

/**
 * A chart with its data table. The table is always there for screen readers and can be
 * shown on screen too, for anyone who prefers exact numbers to bars.
 */
export function ChartFigure({ caption, summary, chart, legend, head, body }: ChartFigureProps) {
  const [tableShown, setTableShown] = useState(false);
  const captionId = useId();
  return (
    <figure class="chart">
      <figcaption id={captionId}>{caption}</figcaption>
      {summary && <p class="chart-summary">{summary}</p>}
      <div aria-hidden="true">
        {chart}
        {legend}
      </div>
      <button
        type="button"
        class="chart-toggle"
        aria-pressed={tableShown}
        aria-describedby={captionId}
        onClick={() => setTableShown((shown) => !shown)}
      >
        {i18n.t('progress.showTable')}
      </button>
      {/* A table ignores the 1-pixel box that hides content, so its wrapper is what gets hidden. */}
      <div {...(tableShown ? tableScroller(captionId) : { class: 'visually-hidden' })}>
        <table class="chart-table" aria-labelledby={captionId}>
          <thead>{head}</thead>
          <tbody>{body}</tbody>
        </table>
      </div>
    </figure>
  );
}

export interface TableRow {
  key: string;
  label: string;
  text: string;
}

/** The head and body of a two-column data table: what each mark is, and its value. */
export function pairTable(labelHeader: string, valueHeader: string, rows: TableRow[]) {
  return {
    head: (
      <tr>
        <th scope="col">{labelHeader}</th>
        <th scope="col">{valueHeader}</th>
      </tr>
    ),
    body: rows.map((row) => (
      <tr key={row.key}>
        <th scope="row">{row.label}</th>
        <td>{row.text}</td>
      </tr>
    )),
  };
}

/** A round top for the value axis, at least `max` and not far above it. */
export function axisTop(max: number): number {
  if (max <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * magnitude >= max) return m * magnitude;
  return 10 * magnitude;
}
