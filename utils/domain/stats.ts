/** What the progress page shows, computed from the daily history: series, totals, calendar, exercises. */
import { EXERCISE_IDS } from './exercise-ids';
import type { History } from './history';
import { keyOfIndex, todayIndex, weekdayOf } from './local-days';
import { isActiveDay } from './streaks';

export interface DayPoint {
  date: string;
  /** Seconds on the ball, for totals rounded once. */
  seconds: number;
  minutes: number;
  blocksCompleted: number;
  breaks: number;
  active: boolean;
  /** Posture checks answered "Looks good", snoozed, and left unanswered. */
  checks: { good: number; snoozed: number; missed: number };
}

/** Whole minutes on the ball, rounded the same way on every page. */
export function minutesOf(seconds: number): number {
  return Math.round(seconds / 60);
}

/** One point per local day, oldest first, ending today; days without a record are zeros. */
export function recentDays(history: History, now: number, count = 30): DayPoint[] {
  const today = todayIndex(now);
  const points: DayPoint[] = [];
  for (let index = today - count + 1; index <= today; index++) {
    const date = keyOfIndex(index);
    const day = history[date];
    points.push({
      date,
      seconds: day?.satSeconds ?? 0,
      minutes: minutesOf(day?.satSeconds ?? 0),
      blocksCompleted: day?.blocksCompleted ?? 0,
      breaks: day?.breaksCompleted ?? 0,
      active: isActiveDay(day),
      checks: { good: day?.postureAnswered ?? 0, snoozed: day?.postureSnoozed ?? 0, missed: day?.postureIgnored ?? 0 },
    });
  }
  return points;
}

export interface Totals {
  minutes: number;
  blocksCompleted: number;
  breaksCompleted: number;
  activeDays: number;
}

export function totals(history: History): Totals {
  let seconds = 0;
  const sum: Totals = { minutes: 0, blocksCompleted: 0, breaksCompleted: 0, activeDays: 0 };
  for (const day of Object.values(history)) {
    seconds += day.satSeconds;
    sum.blocksCompleted += day.blocksCompleted;
    sum.breaksCompleted += day.breaksCompleted;
    if (isActiveDay(day)) sum.activeDays += 1;
  }
  // Rounded once, so a total is never off by the sum of every day's rounding.
  sum.minutes = minutesOf(seconds);
  return sum;
}

/** True once anything at all has been recorded: a minute sat, a posture check, a break. */
export function hasActivity(history: History): boolean {
  return Object.values(history).some(
    (day) =>
      day.satSeconds > 0 ||
      day.blocksCompleted +
        day.blocksEndedEarly +
        day.postureAnswered +
        day.postureSnoozed +
        day.postureIgnored +
        day.breaksCompleted >
        0 ||
      Object.keys(day.exercises).length > 0,
  );
}

export type CalendarLevel = 'rest' | 'sat' | 'active';

export interface CalendarCell {
  date: string;
  minutes: number;
  level: CalendarLevel;
  today: boolean;
}

/**
 * The last `weeks` weeks as columns of seven days, the first day of each week being
 * `weekStart` (a `Date#getDay()` number). Days after today are `null`.
 */
export function calendarWeeks(history: History, now: number, weeks: number, weekStart = 1): (CalendarCell | null)[][] {
  const today = todayIndex(now);
  const thisWeekStart = today - ((weekdayOf(today) - weekStart + 7) % 7);
  const columns: (CalendarCell | null)[][] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const column: (CalendarCell | null)[] = [];
    for (let d = 0; d < 7; d++) {
      const index = thisWeekStart - w * 7 + d;
      if (index > today) {
        column.push(null);
        continue;
      }
      const date = keyOfIndex(index);
      const day = history[date];
      const minutes = minutesOf(day?.satSeconds ?? 0);
      const level: CalendarLevel = isActiveDay(day) ? 'active' : minutes > 0 ? 'sat' : 'rest';
      column.push({ date, minutes, level, today: index === today });
    }
    columns.push(column);
  }
  return columns;
}

export interface ExercisePoint {
  date: string;
  sets: number;
  bestHold: number;
}

export interface ExerciseProgress {
  /** A built-in exercise's id or one of the person's own. */
  id: string;
  /** Every day the exercise was done, oldest first. */
  points: ExercisePoint[];
}

/** Each exercise that was ever done, built-in ones first, with its days. */
export function exerciseProgress(history: History): ExerciseProgress[] {
  const dates = Object.keys(history).sort();
  return doneExerciseIds(history)
    .map((id) => ({
      id,
      points: dates.flatMap((date) => {
        const done = history[date]?.exercises[id];
        return done && done.sets > 0 ? [{ date, sets: done.sets, bestHold: done.bestHold }] : [];
      }),
    }))
    .filter((progress) => progress.points.length > 0);
}

/** Every exercise id the history holds: the built-in ones in the order breaks run them, then the person's own. */
export function doneExerciseIds(history: History): string[] {
  const own = new Set<string>();
  for (const day of Object.values(history)) {
    for (const id of Object.keys(day.exercises)) if (!(EXERCISE_IDS as readonly string[]).includes(id)) own.add(id);
  }
  return [...EXERCISE_IDS, ...[...own].sort()];
}
