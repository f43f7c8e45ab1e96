/** Stores history days as the background keeps them, each under its own key, values as given. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayItemKey } from '@/utils/storage/history-days';

export function storeDays(days: Record<string, unknown>): Promise<void> {
  return fakeBrowser.storage.local.set(
    Object.fromEntries(Object.entries(days).map(([day, record]) => [dayItemKey(day).slice('local:'.length), record])),
  );
}
