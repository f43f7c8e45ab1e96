/** Reading the stored days, apart from the other stored values so a page that reads only those carries no history checks. */
import type { History } from '@/utils/domain/history';
import { checkHistory } from '@/utils/domain/history-checks';
import { historyItem } from './items';

/** The days kept, each as it can be true; figures this extension stored over a limit are brought within it. */
export async function loadHistory(now = Date.now()): Promise<History> {
  const { history, skipped } = checkHistory(await historyItem.getValue(), now, true);
  if (skipped.length > 0) console.warn(`Skipped unreadable history records: ${skipped.join(', ')}`);
  return history;
}
