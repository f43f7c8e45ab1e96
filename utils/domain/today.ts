/** Today's figures for the popup, read from the history the background keeps. */
import { type Checked, isCount, record } from './checks';
import { dayKey, type History } from './history';
import { minutesOf } from './stats';

export const isToday = /* @__PURE__ */ record({
  /** Whole minutes sat on the ball in blocks that have been recorded today. */
  minutes: isCount,
  /** Blocks sat to their end today. */
  blocks: isCount,
  /** Stretch breaks done today. */
  breaks: isCount,
});
export type Today = Checked<typeof isToday>;

export const NOTHING_YET: Today = { minutes: 0, blocks: 0, breaks: 0 };

export function todaySummary(history: History, now: number): Today {
  const day = history[dayKey(now)];
  if (!day) return NOTHING_YET;
  return { minutes: minutesOf(day.satSeconds), blocks: day.blocksCompleted, breaks: day.breaksCompleted };
}

/** Splits minutes into hours and minutes, for "1 h 5 min". */
export function hoursAndMinutes(minutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
