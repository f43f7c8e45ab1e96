/**
 * Arithmetic on local day keys ("YYYY-MM-DD"). Keys are counted as calendar dates, never as
 * multiples of 24 hours, so a daylight-saving change can neither skip nor repeat a day.
 */
import { dayKey } from './history';

const MS_PER_DAY = 86_400_000;

/** The number of the calendar date in `key`, counted in whole days since 1970-01-01. */
export function dayIndex(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / MS_PER_DAY);
}

export function keyOfIndex(index: number): string {
  return new Date(index * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Today's number in the person's own time zone. */
export function todayIndex(now: number): number {
  return dayIndex(dayKey(now));
}

/** Day of the week of a calendar date, as `Date#getDay()` numbers: 0 is Sunday. */
export function weekdayOf(index: number): number {
  // 1970-01-01 was a Thursday.
  return (((index + 4) % 7) + 7) % 7;
}

/** A date for display: midday of that day, which exists in every time zone. */
export function dateOfKey(key: string): Date {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}
