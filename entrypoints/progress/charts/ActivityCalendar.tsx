import { i18n } from '#i18n';
import { formatDay, formatTableDay } from '@/components/dates';
import type { CalendarCell, CalendarLevel } from '@/utils/domain/stats';
import { formatNumber } from '@/utils/i18n/numbers';
import { ChartFigure } from './ChartFigure';

interface ActivityCalendarProps {
  caption: string;
  /** Columns of seven days, oldest week first; `null` for days still to come. */
  weeks: (CalendarCell | null)[][];
}

const CELL = 13;
const GAP = 3;
/** Room for the weekday names: short names run from "Mo" to eight letters (Arabic). */
const MIN_LEFT = 30;
/** A letter's width at the largest size the labels take in a narrow window (`charts.css`). */
const AXIS_CHAR_WIDTH = 8.5;
const TOP = 16;

const LEGEND: Record<CalendarLevel, () => string> = {
  active: () => i18n.t('progress.legendActive'),
  sat: () => i18n.t('progress.legendSat'),
  rest: () => i18n.t('progress.legendRest'),
};

const CELL_TEXT: Record<CalendarLevel, (minutes: string) => string> = {
  active: (minutes) => i18n.t('progress.cellActive', [minutes]),
  sat: (minutes) => i18n.t('progress.cellSat', [minutes]),
  rest: () => i18n.t('progress.cellRest'),
};

function Swatch({ level }: { level: CalendarLevel }) {
  return (
    <svg viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <rect class={`calendar-${level}`} x={1} y={1} width={12} height={12} rx={2} />
    </svg>
  );
}

/** Weeks side by side, one square per day: filled when a block was finished that day. */
export function ActivityCalendar({ caption, weeks }: ActivityCalendarProps) {
  const firstWeek = weeks[0] ?? [];
  const weekdays = firstWeek.map((cell, row) => (cell ? formatDay(cell.date, { weekday: 'short' }) : String(row)));
  const left = Math.max(MIN_LEFT, 6 + Math.max(0, ...weekdays.map(labelWidth)));
  const width = left + weeks.length * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  const months = monthLabels(weeks);
  const chart = (
    <svg class="calendar-plot" viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      {weekdays.map((name, row) =>
        row % 2 === 0 ? (
          <text key={name} class="chart-axis" x={left - 4} y={TOP + row * (CELL + GAP) + CELL - 2} text-anchor="end">
            {name}
          </text>
        ) : null,
      )}
      {weeks.map((week, column) => {
        const x = left + column * (CELL + GAP);
        const firstDay = week.find((cell) => cell !== null);
        const month = months[column];
        return (
          <g key={firstDay?.date ?? column}>
            {month && (
              <text
                class="chart-axis"
                x={month.atEdge ? width - GAP : x}
                y={TOP - 5}
                text-anchor={month.atEdge ? 'end' : 'start'}
              >
                {month.name}
              </text>
            )}
            {week.map((cell, row) =>
              cell ? (
                <rect
                  key={cell.date}
                  class={`calendar-${cell.level}${cell.today ? ' calendar-today' : ''}`}
                  x={x + 1}
                  y={TOP + row * (CELL + GAP) + 1}
                  width={CELL - 2}
                  height={CELL - 2}
                  rx={2}
                  data-date={cell.date}
                >
                  <title>{`${formatTableDay(cell.date, { withYear: true })}: ${cellText(cell)}`}</title>
                </rect>
              ) : null,
            )}
          </g>
        );
      })}
    </svg>
  );
  return (
    <ChartFigure
      caption={caption}
      chart={chart}
      legend={
        <ul class="calendar-legend">
          {(['active', 'sat', 'rest'] as const).map((level) => (
            <li key={level}>
              <Swatch level={level} />
              {LEGEND[level]()}
            </li>
          ))}
        </ul>
      }
      head={
        <tr>
          <th scope="col">{i18n.t('progress.weekHeader')}</th>
          {weekdays.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      }
      body={weeks.map((week) => {
        const firstDay = week[0];
        return (
          <tr key={firstDay?.date}>
            <th scope="row">{firstDay ? formatDay(firstDay.date, { month: 'short', day: 'numeric' }) : ''}</th>
            {week.map((cell, row) => (
              <td key={cell?.date ?? row}>{cell ? cellText(cell) : ''}</td>
            ))}
          </tr>
        );
      })}
    />
  );
}

/** Characters that take about twice a letter's room: Hangul, kana and Han. */
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/;
/** The least room between two month names. */
const LABEL_GAP = 6;

/** About how wide a label is drawn at its largest size, in the drawing's units. */
function labelWidth(text: string): number {
  return [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0) * AXIS_CHAR_WIDTH;
}

interface MonthLabel {
  name: string;
  /** Ends at the drawing's edge instead of starting over its first week, which is too near the edge. */
  atEdge: boolean;
}

/**
 * The month to name above each week: over the first week of a month, where its name fits before
 * the next name. The current month is always named, ending at the edge if it would run past it.
 */
function monthLabels(weeks: (CalendarCell | null)[][]): (MonthLabel | undefined)[] {
  const months = weeks.map((week) => {
    const firstDay = week.find((cell) => cell !== null);
    return firstDay ? formatDay(firstDay.date, { month: 'short' }) : '';
  });
  const starts = months.flatMap((month, i) => (i === 0 || month !== months[i - 1] ? [i] : []));
  const labels: (MonthLabel | undefined)[] = months.map(() => undefined);
  const edge = weeks.length * (CELL + GAP) - GAP;
  // From the current month back: where the name on the right begins, in units from the first week.
  let room = Number.POSITIVE_INFINITY;
  for (const start of starts.reverse()) {
    const name = months[start] ?? '';
    const from = start * (CELL + GAP);
    const width = labelWidth(name);
    const atEdge = from + width > edge;
    const begins = atEdge ? edge - width : from;
    if (name && begins + width + LABEL_GAP <= room) {
      labels[start] = { name, atEdge };
      room = begins;
    }
  }
  return labels;
}

function cellText(cell: CalendarCell): string {
  return CELL_TEXT[cell.level](formatNumber(cell.minutes));
}
