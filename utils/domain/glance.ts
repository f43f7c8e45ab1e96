/**
 * The part of the history the popup shows: today's figures and the current streak. The
 * background works it out whenever it writes the history and stores it beside it, so the
 * popup, opened dozens of times a day, reads a few bytes instead of years of days.
 */
import { type Checked, isBoolean, isCount, record } from './checks';
import { dayKey, type History, isDayKey } from './history';
import { dayIndex, todayIndex } from './local-days';
import { currentStreak } from './streaks';
import { isToday, NOTHING_YET, type Today, todaySummary } from './today';

export const isGlance = /* @__PURE__ */ record({
  /** The local day ("YYYY-MM-DD") the figures were worked out on. */
  day: isDayKey,
  today: isToday,
  /** Active days in a row up to `day`, or up to the day before while `day` had none yet. */
  streak: isCount,
  /** Whether `day` itself has a finished block. */
  activeToday: isBoolean,
});
export type Glance = Checked<typeof isGlance>;

export function computeGlance(history: History, now: number): Glance {
  const { current, activeToday } = currentStreak(history, now);
  return { day: dayKey(now), today: todaySummary(history, now), streak: current, activeToday };
}

/**
 * The figures as they stand at `now`, which can be days after the glance was worked out:
 * nothing has been recorded since (or the glance would be newer), so today is empty and the
 * streak lives on only through the day after an active day.
 */
export function figuresAt(glance: Glance, now: number): { today: Today; streak: number } {
  const daysLater = todayIndex(now) - dayIndex(glance.day);
  if (daysLater <= 0) return { today: glance.today, streak: glance.streak };
  return { today: NOTHING_YET, streak: daysLater === 1 && glance.activeToday ? glance.streak : 0 };
}
