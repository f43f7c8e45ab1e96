import { formatNumber } from '@/utils/i18n/numbers';
import { axisTop, ChartFigure, pairTable } from './ChartFigure';

export interface Bar {
  /** A stable key, such as the date. */
  key: string;
  /** Full name of the bar, for the table and the hover title. */
  label: string;
  /** Short label under the bar; empty to leave that bar unlabelled. */
  axisLabel: string;
  value: number;
  /** The value as people read it, e.g. "45 min". */
  text: string;
}

interface BarChartProps {
  caption: string;
  summary?: string;
  labelHeader: string;
  valueHeader: string;
  bars: Bar[];
}

const WIDTH = 600;
const HEIGHT = 180;
const LEFT = 36;
const BOTTOM = 22;
const TOP = 10;

/**
 * Where a bar's label goes: under its middle, but the last ends at the edge and the first
 * labelled one starts at its bar, clear of the axis's "0".
 */
function axisLabelPlace(index: number, count: number, firstLabelled: number, slotStart: number, slot: number) {
  if (index === count - 1) return { x: WIDTH, 'text-anchor': 'end' };
  if (index === firstLabelled) return { x: slotStart, 'text-anchor': 'start' };
  return { x: slotStart + slot / 2, 'text-anchor': 'middle' };
}

/** Vertical bars, one per item, drawn in SVG, with the same data as a table. */
export function BarChart({ caption, summary, labelHeader, valueHeader, bars }: BarChartProps) {
  const top = axisTop(Math.max(0, ...bars.map((b) => b.value)));
  const plotWidth = WIDTH - LEFT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = bars.length > 0 ? plotWidth / bars.length : plotWidth;
  const firstLabelled = bars.findIndex((bar) => bar.axisLabel);
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const chart = (
    <svg class="chart-plot" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      {[0, top / 2, top].map((tick) => (
        <g key={tick}>
          <line class="chart-grid" x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} />
          {Number.isInteger(tick) && (
            <text class="chart-axis" x={LEFT - 6} y={y(tick) + 4} text-anchor="end">
              {formatNumber(tick)}
            </text>
          )}
        </g>
      ))}
      {bars.map((bar, i) => {
        const x = LEFT + i * slot;
        return (
          <g key={bar.key}>
            {bar.value > 0 && (
              <rect
                class="chart-bar"
                x={x + slot * 0.15}
                width={slot * 0.7}
                y={y(bar.value)}
                height={y(0) - y(bar.value)}
                rx={2}
                data-key={bar.key}
              >
                <title>{`${bar.label}: ${bar.text}`}</title>
              </rect>
            )}
            {bar.axisLabel && (
              <text class="chart-axis" y={HEIGHT - 6} {...axisLabelPlace(i, bars.length, firstLabelled, x, slot)}>
                {bar.axisLabel}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
  return (
    <ChartFigure caption={caption} summary={summary} chart={chart} {...pairTable(labelHeader, valueHeader, bars)} />
  );
}
