/**
 * History as CSV for spreadsheets: a header row, then one row per recorded day, oldest first.
 * Values stay machine-readable in every locale (ISO dates, a dot before decimals); the page
 * names the columns in the reader's language, and programs can ask for the stable ids.
 */
import type { DayRecord, History } from './history';
import { doneExerciseIds } from './stats';

export type DayFigure =
  | 'date'
  | 'minutesOnBall'
  | 'blocksCompleted'
  | 'blocksEndedEarly'
  | 'postureAnswered'
  | 'postureSnoozed'
  | 'postureIgnored'
  | 'breaksCompleted';

/** `exercise` is a built-in exercise's id or one of the person's own. */
export type CsvColumn = { figure: DayFigure } | { exercise: string; figure: 'sets' | 'bestHold' };

const DAY_FIGURES: DayFigure[] = [
  'date',
  'minutesOnBall',
  'blocksCompleted',
  'blocksEndedEarly',
  'postureAnswered',
  'postureSnoozed',
  'postureIgnored',
  'breaksCompleted',
];

/** The day's figures, then two columns for every built-in exercise and every own one the history holds. */
export function csvColumns(history: History): CsvColumn[] {
  return [
    ...DAY_FIGURES.map((figure) => ({ figure })),
    ...doneExerciseIds(history).flatMap((exercise) => [
      { exercise, figure: 'sets' as const },
      { exercise, figure: 'bestHold' as const },
    ]),
  ];
}

const DAY_IDS: Record<DayFigure, string> = {
  date: 'date',
  minutesOnBall: 'minutes_on_ball',
  blocksCompleted: 'blocks_completed',
  blocksEndedEarly: 'blocks_ended_early',
  postureAnswered: 'posture_checks_answered',
  postureSnoozed: 'posture_checks_snoozed',
  postureIgnored: 'posture_checks_ignored',
  breaksCompleted: 'breaks_completed',
};

/** The stable, language-free name of a column, e.g. "plank_best_hold_seconds". */
export function columnId(column: CsvColumn): string {
  if (!('exercise' in column)) return DAY_IDS[column.figure];
  const name = column.exercise.replace(/-/g, '_');
  return column.figure === 'sets' ? `${name}_sets` : `${name}_best_hold_seconds`;
}

/** Minutes with one decimal, so short blocks are not rounded away. */
function minutes(seconds: number): string {
  return String(Math.round(seconds / 6) / 10);
}

function cell(column: CsvColumn, date: string, day: DayRecord): string | number {
  if ('exercise' in column) {
    const done = day.exercises[column.exercise];
    return column.figure === 'sets' ? (done?.sets ?? 0) : (done?.bestHold ?? 0);
  }
  if (column.figure === 'date') return date;
  if (column.figure === 'minutesOnBall') return minutes(day.satSeconds);
  return day[column.figure];
}

/** A header in quotes when it holds a comma, a quote or a line break, as CSV asks. */
function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function historyToCsv(history: History, header: (column: CsvColumn) => string = columnId): string {
  const columns = csvColumns(history);
  const rows = [columns.map((column) => quoted(header(column))).join(',')];
  for (const date of Object.keys(history).sort()) {
    const day = history[date];
    if (day) rows.push(columns.map((column) => cell(column, date, day)).join(','));
  }
  // CRLF line ends, as the CSV standard asks and spreadsheets expect.
  return `${rows.join('\r\n')}\r\n`;
}
