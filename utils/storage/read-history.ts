/** Reading the stored days, apart from the other stored values so a page that reads only those carries no history checks. */
import type { History } from '@/utils/domain/history';
import { checkHistory } from '@/utils/domain/history-checks';
import { historyItem } from './items';

/** A stored history's days as they can be true, saying which were skipped; figures over a limit are brought within it. */
export function readableHistory(stored: unknown, now: number): History {
  const { history, skipped } = checkHistory(stored, now, true);
  if (skipped.length > 0) console.warn(`Skipped unreadable history records: ${skipped.join(', ')}`);
  return history;
}

/** The days kept, each as it can be true. */
export async function loadHistory(now = Date.now()): Promise<History> {
  return readableHistory(await historyItem.getValue(), now);
}
