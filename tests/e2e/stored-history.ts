/** The history as the background stores it, one item per day, read back by date. */
import type { Extension } from './harness';

const DAY_KEY_START = 'history:';

/** The history's days among everything in `storage.local`, by date. */
export function historyDays<Day = unknown>(local: Record<string, unknown>): Record<string, Day> {
  return Object.fromEntries(
    Object.entries(local)
      .filter(([key]) => key.startsWith(DAY_KEY_START))
      .map(([key, day]) => [key.slice(DAY_KEY_START.length), day as Day]),
  );
}

export async function storedHistory<Day = unknown>(ext: Extension): Promise<Record<string, Day>> {
  return historyDays<Day>(await ext.evalWorker(() => chrome.storage.local.get(null)));
}
