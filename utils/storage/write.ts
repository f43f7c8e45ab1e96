/** Writes that must keep two stored values in step, or must not lose a concurrent change. */
import { storage } from '#imports';
import { computeGlance } from '@/utils/domain/glance';
import type { History } from '@/utils/domain/history';
import { createQueue } from '@/utils/domain/queue';
import { type Settings, withSettings } from '@/utils/domain/settings';
import { glanceItem, HISTORY_KEY, settingsItem } from './items';

/** Writes the history and the popup's glance at it in one call, so the two never disagree. */
export function saveHistory(history: History, now: number): Promise<void> {
  return storage.setItems([
    { key: HISTORY_KEY, value: history },
    { key: glanceItem.key, value: computeGlance(history, now) },
  ]);
}

const settingsWrites = createQueue();

/**
 * Applies a change to the freshest stored settings, one write at a time, so two quick
 * changes to different fields never overwrite each other.
 */
export function updateSettings(change: Partial<Settings>): Promise<void> {
  return settingsWrites(async () => {
    await settingsItem.setValue(withSettings(await settingsItem.getValue(), change));
  });
}
