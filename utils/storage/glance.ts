/** The popup's figures, stored beside the history so the popup never reads the whole of it. */
import { storage } from '#imports';
import { computeGlance, type Glance, isGlance } from '@/utils/domain/glance';
import type { History } from '@/utils/domain/history';
import { glanceItem, HISTORY_KEY } from './items';
import { loadHistory, readStored } from './read';

/**
 * Writes the history and the popup's glance at it in one call, so the two never disagree;
 * `alongside` joins other local items that must change in the same write.
 */
export function saveHistory(
  history: History,
  now: number,
  alongside: { key: `local:${string}`; value: unknown }[] = [],
): Promise<void> {
  return storage.setItems([
    { key: HISTORY_KEY, value: history },
    { key: glanceItem.key, value: computeGlance(history, now) },
    ...alongside,
  ]);
}

/** The popup's figures as stored; worked out from the whole history only when none are stored or readable. */
export async function readGlance(stored: unknown, now: number): Promise<Glance> {
  const glance = readStored<Glance | null>(
    stored,
    isGlance,
    null,
    'Stored figures for today were unreadable; working them out again.',
  );
  return glance ?? computeGlance(await loadHistory(), now);
}
