/**
 * The part of the history the popup shows: today's figures and the current streak. The
 * background works it out whenever it writes the history and stores it beside it, so the
 * popup, opened dozens of times a day, reads a few bytes instead of years of days.
 */
import { type Checked, isBoolean, isCount, record } from './checks';
import { type DayRecord, dayKey, type History, isDayKey } from './history';
import { dayIndex, todayIndex } from './local-days';
import { currentStreak, isActiveDay } from './streaks';
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

/**
 * The glance once today's record is `today`, from the glance stored before that change, without
 * the rest of the history: the streak up to yesterday is in the glance already. Null when the
 * clock went back past the glance's day, and only the whole history can tell.
 */
export function nextGlance(previous: Glance, today: DayRecord | undefined, now: number): Glance | null {
  const daysLater = todayIndex(now) - dayIndex(previous.day);
  if (daysLater < 0) return null;
  const untilYesterday =
    daysLater === 0 ? previous.streak - (previous.activeToday ? 1 : 0) : figuresAt(previous, now).streak;
  const activeToday = isActiveDay(today);
  const key = dayKey(now);
  return {
    day: key,
    today: todaySummary(today ? { [key]: today } : {}, now),
    streak: untilYesterday + (activeToday ? 1 : 0),
    activeToday,
  };
}
