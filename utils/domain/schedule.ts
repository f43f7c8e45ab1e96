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
  return nextOnWorkday(schedule, now, schedule.end);
}

/** When the next working day starts after `now`. */
export function nextWorkdayStart(schedule: Schedule, now: number): number | null {
  return nextOnWorkday(schedule, now, schedule.start);
}

/** The first time after `now` that a working day reaches the wall-clock `time`. */
function nextOnWorkday(schedule: Schedule, now: number, time: string): number | null {
  if (!schedule.enabled || schedule.days.length === 0) return null;
  const minute = minutesOfDay(time);
  for (let offset = 0; offset <= 7; offset++) {
    const day = new Date(now);
    day.setDate(day.getDate() + offset);
    day.setHours(Math.floor(minute / 60), minute % 60, 0, 0);
    if (schedule.days.includes(day.getDay()) && day.getTime() > now) return day.getTime();
  }
  return null;
}
