import { dayIndex } from '@/utils/domain/local-days';
import { formatNumber } from '@/utils/i18n/numbers';
import { axisTop, ChartFigure, pairTable } from './ChartFigure';

export interface DatedValue {
  /** Local day key, "YYYY-MM-DD": points are spaced by the days between them. */
  date: string;
  label: string;
  value: number;
  text: string;
}

interface LineChartProps {
  caption: string;
  summary?: string;
  labelHeader: string;
  valueHeader: string;
  points: DatedValue[];
  /** Short labels for the first and last day, under the axis. */
  startLabel: string;
  endLabel: string;
  /** A level to reach, drawn as a dashed line. */
  goal?: { value: number; label: string };
}

const WIDTH = 600;
const HEIGHT = 160;
const LEFT = 36;
const RIGHT = 12;
const BOTTOM = 22;
const TOP = 14;

/** A value over time, drawn in SVG, with the same data as a table. */
export function LineChart(props: LineChartProps) {
  const { caption, summary, labelHeader, valueHeader, points, startLabel, endLabel, goal } = props;
  const top = axisTop(Math.max(goal?.value ?? 0, ...points.map((p) => p.value)));
  const days = points.map((p) => dayIndex(p.date));
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (day: number) => LEFT + (span === 0 ? plotWidth / 2 : ((day - first) / span) * plotWidth);
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const coordinates = points.map((p, i) => [x(days[i] ?? first), y(p.value)] as const);
  const chart = (
    <svg class="chart-plot" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      {[0, top].map((tick) => (
        <g key={tick}>
          <line class="chart-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
          <text class="chart-axis" x={LEFT - 6} y={y(tick) + 4} text-anchor="end">
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      {goal && <line class="chart-goal" x1={LEFT} x2={WIDTH - RIGHT} y1={y(goal.value)} y2={y(goal.value)} />}
      {coordinates.length > 1 && (
        <polyline class="chart-line" points={coordinates.map(([cx, cy]) => `${cx},${cy}`).join(' ')} />
      )}
      {coordinates.map(([cx, cy], i) => (
        <circle key={points[i]?.date} class="chart-point" cx={cx} cy={cy} r={3.5} />
      ))}
      {/* Over the oldest days, which lie furthest below the goal, and drawn last so no line crosses it. */}
      {goal && (
        <text class="chart-axis chart-over-line" x={LEFT + 6} y={y(goal.value) - 5} text-anchor="start">
          {goal.label}
        </text>
      )}
      {/* A single day is drawn in the middle, and named under its point. */}
      <text
        class="chart-axis"
        x={span > 0 ? LEFT : x(first)}
        y={HEIGHT - 6}
        text-anchor={span > 0 ? 'start' : 'middle'}
      >
        {startLabel}
      </text>
      {span > 0 && (
        <text class="chart-axis" x={WIDTH - RIGHT} y={HEIGHT - 6} text-anchor="end">
          {endLabel}
        </text>
      )}
    </svg>
  );
  return (
    <ChartFigure
      caption={caption}
      summary={summary}
      chart={chart}
      {...pairTable(
        labelHeader,
        valueHeader,
        points.map((p) => ({ key: p.date, label: p.label, text: p.text })),
      )}
    />
  );
}
