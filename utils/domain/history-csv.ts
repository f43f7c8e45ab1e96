/**
 * History as CSV for spreadsheets: a header row, then one row per recorded day, oldest first,
 * with ISO dates. Column names stay in English so the file reads the same in every locale.
 */
import type { History } from './history';
import { doneExerciseIds } from './stats';

const DAY_COLUMNS = [
  'date',
  'minutes_on_ball',
  'blocks_completed',
  'blocks_ended_early',
  'posture_checks_answered',
  'posture_checks_ignored',
  'breaks_completed',
];

/** The person's own exercises are named by id: their names are free text, unsafe in a header. */
function exerciseColumns(ids: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const name = id.replace(/-/g, '_');
    return [`${name}_sets`, `${name}_best_hold_seconds`];
  });
}

/** Minutes with one decimal, so short blocks are not rounded away. */
function minutes(seconds: number): string {
  return String(Math.round(seconds / 6) / 10);
}

export function historyToCsv(history: History): string {
  const ids = doneExerciseIds(history);
  const rows = [[...DAY_COLUMNS, ...exerciseColumns(ids)].join(',')];
  for (const date of Object.keys(history).sort()) {
    const day = history[date];
    if (!day) continue;
    const cells = [
      date,
      minutes(day.satSeconds),
      day.blocksCompleted,
      day.blocksEndedEarly,
      day.postureAnswered,
      day.postureIgnored,
      day.breaksCompleted,
      ...ids.flatMap((id) => {
        const done = day.exercises[id];
        return [done?.sets ?? 0, done?.bestHold ?? 0];
      }),
    ];
    rows.push(cells.join(','));
  }
  // CRLF line ends, as the CSV standard asks and spreadsheets expect.
  return `${rows.join('\r\n')}\r\n`;
}

export function csvFileName(today: string): string {
  return `on-the-ball-history-${today}.csv`;
}
