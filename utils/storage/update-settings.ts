/** Settings writes, one at a time, so a concurrent change is never lost. */
import { createQueue } from '@/utils/domain/queue';
import { type Settings, withSettings } from '@/utils/domain/settings';
import { settingsItem } from './items';

/** One settings write at a time, for every writer on this page. */
export const settingsWrites = createQueue();

/** The stored settings as last seen by this page, for a write that cannot wait to read them. */
let lastSeen: unknown;

/** Notes the stored settings a page has just been told about. */
export function sawSettings(stored: unknown): void {
  lastSeen = stored;
}

/**
 * Applies a change to the freshest stored settings, one write at a time, so two quick
 * changes to different fields never overwrite each other.
 */
export function updateSettings(change: Partial<Settings>): Promise<void> {
  return settingsWrites(async () => {
    const next = withSettings(await settingsItem.getValue(), change);
    await settingsItem.setValue(next);
    lastSeen = next;
  });
}

/**
 * Applies a change as the page goes away: the write starts at once, onto the settings last
 * seen, because a closing page may not live long enough to read them first.
 */
export function updateSettingsAtOnce(change: Partial<Settings>): Promise<void> {
  const next = withSettings(lastSeen, change);
  lastSeen = next;
  return settingsItem.setValue(next);
}
