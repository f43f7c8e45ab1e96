/** The history as the background stores it, one item per day, read back from the worker by date. */
import type { Extension } from './harness';

export function storedHistory<Day = unknown>(ext: Extension): Promise<Record<string, Day>> {
  return ext.evalWorker(async () => {
    const prefix = 'history:';
    const all = await chrome.storage.local.get(null);
    return Object.fromEntries(
      Object.entries(all)
        .filter(([key]) => key.startsWith(prefix))
        .map(([key, day]) => [key.slice(prefix.length), day]),
    ) as never;
  });
}
