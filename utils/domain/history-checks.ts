/**
 * Whether stored or received days can be true: kept apart from the history's rules so a page
 * that only shows a date or a figure does not carry the checks.
 */
import { inRange, isRecord, shorten } from './checks';
import {
  COUNTERS,
  DAY_LIMITS,
  DAY_SECONDS,
  type DayRecord,
  dayKey,
  emptyDay,
  type History,
  isDayKey,
  isDoneExerciseId,
  longestHold,
} from './history';

/**
 * A figure within `max`: a whole number from 0. When `repair` is set, a finite number above
 * `max` or with a fraction is brought within it, and one that cannot be read counts as 0.
 */
function figure(value: unknown, max: number, repair: boolean, whole = true): number | null {
  if (inRange(0, max, whole)(value)) return value;
  if (!repair) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return 0;
  return Math.min(max, whole ? Math.round(value) : value);
}

/**
 * One day's record as it can be true: every figure a whole number within what a day holds,
 * holds within their exercise's bounds. Only the known fields are kept; anything else is dropped.
 * With `repair` (for what this extension stored itself, perhaps under older limits or damaged),
 * a day that has the shape of one keeps what can be read: a figure is brought within its limit
 * or counted as 0, and an unreadable exercise is left out. So the next write never replaces a
 * real day with a near-empty one for one bad figure.
 */
export function checkDay(value: unknown, repair = false): DayRecord | null {
  if (!isRecord(value) || !isRecord(value.exercises)) return null;
  const satSeconds = figure(value.satSeconds, DAY_SECONDS, repair);
  if (satSeconds === null) return null;
  const day: DayRecord = { ...emptyDay(), satSeconds };
  for (const c of COUNTERS) {
    // Days recorded before snoozes were counted apart have none.
    const stored = c === 'postureSnoozed' && value[c] === undefined ? 0 : value[c];
    const count = figure(stored, DAY_LIMITS[c], repair);
    if (count === null) return null;
    day[c] = count;
  }
  for (const [id, e] of Object.entries(value.exercises)) {
    const readable = isDoneExerciseId(id) && isRecord(e);
    const sets = readable ? figure(e.sets, DAY_LIMITS.sets, repair) : null;
    const bestHold = readable ? figure(e.bestHold, longestHold(id), repair, false) : null;
    if (sets !== null && bestHold !== null) day.exercises[id] = { sets, bestHold };
    else if (!repair) return null;
  }
  return day;
}

export interface CheckedHistory {
  history: History;
  /** Dates (or keys, cut short) whose record was unreadable, impossible or after today, and left out. */
  skipped: string[];
}

/**
 * Keeps every day that can be true by `now` and names the ones that cannot; `repair` brings
 * figures over a limit within it (see `checkDay`).
 */
export function checkHistory(value: unknown, now: number, repair = false): CheckedHistory {
  const history: History = {};
  const skipped: string[] = [];
  if (!isRecord(value)) return { history, skipped: ['(all)'] };
  const today = dayKey(now);
  for (const [key, stored] of Object.entries(value)) {
    const day = isDayKey(key) && key <= today ? checkDay(stored, repair) : null;
    if (day) history[key] = day;
    else skipped.push(shorten(key, 12));
  }
  return { history, skipped };
}
