/** The popup's figures, stored beside the history so the popup never reads the whole of it. */
import { storage } from '#imports';
import { computeGlance, type Glance, isGlance } from '@/utils/domain/glance';
import type { History } from '@/utils/domain/history';
import { dayItemKey } from './history-days';
import { glanceItem } from './items';
import { loadHistory } from './read-history';
import { readStored } from './stored-values';

/** Stores whole days and the popup's glance worked out from them, in one call, so the two never disagree. */
export function saveHistory(history: History, now: number): Promise<void> {
  return storage.setItems([
    ...Object.entries(history).map(([day, record]) => ({ key: dayItemKey(day), value: record })),
    { key: glanceItem.key, value: computeGlance(history, now) },
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
