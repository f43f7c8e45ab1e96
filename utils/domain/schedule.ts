import { minutesOfDay, type Schedule } from './settings';

/** Whether reminders may be shown at `now` (local time). Without a schedule they always may. */
export function withinWorkingHours(schedule: Schedule, now: number): boolean {
  if (!schedule.enabled) return true;
  const date = new Date(now);
  if (!schedule.days.includes(date.getDay())) return false;
  const minute = date.getHours() * 60 + date.getMinutes();
  return minute >= minutesOfDay(schedule.start) && minute < minutesOfDay(schedule.end);
}

/** The end of the working day that contains `now`, or the next one if `now` is outside hours. */
export function nextWorkdayEnd(schedule: Schedule, now: number): number | null {
  if (!schedule.enabled || schedule.days.length === 0) return null;
  const endMinute = minutesOfDay(schedule.end);
  for (let offset = 0; offset <= 7; offset++) {
    const day = new Date(now);
    day.setDate(day.getDate() + offset);
    day.setHours(Math.floor(endMinute / 60), endMinute % 60, 0, 0);
    if (schedule.days.includes(day.getDay()) && day.getTime() > now) return day.getTime();
  }
  return null;
}
