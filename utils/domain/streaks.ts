/** Streaks of active days: a day counts when at least one sitting block was finished. */
import type { DayRecord, History } from './history';
import { dayIndex, keyOfIndex, todayIndex } from './local-days';

export interface Streaks {
  /** Active days in a row up to today, or up to yesterday while today has no finished block yet. */
  current: number;
  best: number;
  activeToday: boolean;
}

export function isActiveDay(day: DayRecord | undefined): boolean {
  return day !== undefined && day.blocksCompleted > 0;
}

/** The streak up to now alone: what the background works out on every history write. */
export function currentStreak(history: History, now: number): Pick<Streaks, 'current' | 'activeToday'> {
  const today = todayIndex(now);
  const activeToday = isActiveDay(history[keyOfIndex(today)]);
  // A day that has only just begun must not end the streak: count back from yesterday.
  let day = activeToday ? today : today - 1;
  let current = 0;
  while (isActiveDay(history[keyOfIndex(day)])) {
    current += 1;
    day -= 1;
  }
  return { current, activeToday };
}

export function streaks(history: History, now: number): Streaks {
  const { current, activeToday } = currentStreak(history, now);
  const active = Object.keys(history)
    .filter((key) => isActiveDay(history[key]))
    .map(dayIndex)
    .sort((a, b) => a - b);
  let best = 0;
  let run = 0;
  let previous = Number.NEGATIVE_INFINITY;
  for (const index of active) {
    run = index === previous + 1 ? run + 1 : 1;
    best = Math.max(best, run);
    previous = index;
  }
  return { current, best: Math.max(best, current), activeToday };
}
