/**
 * The daily history in `local`: one item per day, "history:YYYY-MM-DD", so an event reads and
 * writes only the days it changes, whatever the length of the history. Readers ask for the
 * keys of the days kept; nothing lists the whole storage.
 */
import { storage } from '#imports';
import { nativeApi } from '@/utils/client/native-api';
import { dayKey, KEEP_DAYS } from '@/utils/domain/history';
import { dayIndex, keyOfIndex, todayIndex } from '@/utils/domain/local-days';

export function dayItemKey(day: string): `local:history:${string}` {
  return `local:history:${day}`;
}

/** Every day from `first` to `last` ("YYYY-MM-DD"), both included. */
export function dayRange(first: string, last: string): string[] {
  const days: string[] = [];
  for (let index = dayIndex(first); index <= dayIndex(last); index++) days.push(keyOfIndex(index));
  return days;
}

/** The days kept at `now`, oldest first: today and the `KEEP_DAYS` days before it. */
export function keptDays(now: number): string[] {
  return dayRange(keyOfIndex(todayIndex(now) - KEEP_DAYS), dayKey(now));
}

/** The records of `days` as stored, unchecked; days with none are left out. */
export async function readDays(days: string[]): Promise<Record<string, unknown>> {
  if (days.length === 0) return {};
  const items = await storage.getItems(days.map(dayItemKey));
  const found: Record<string, unknown> = {};
  items.forEach(({ value }, n) => {
    const day = days[n];
    if (day !== undefined && value !== null && value !== undefined) found[day] = value;
  });
  return found;
}

/** Keys as `storage.local` names them, without the area. */
const DAY_KEY_START = dayItemKey('').slice('local:'.length);

/**
 * Calls `onChange` whenever a day of the history changes. Events need no polyfill, so this uses
 * the browser's own API and pages can watch from their first frame.
 */
export function watchHistory(onChange: () => void): () => void {
  const { onChanged } = nativeApi().storage.local;
  const listener = (changes: Record<string, unknown>) => {
    if (Object.keys(changes).some((key) => key.startsWith(DAY_KEY_START))) onChange();
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
