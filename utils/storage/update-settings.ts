/** Settings writes, one at a time, so a concurrent change is never lost. */
import { createQueue } from '@/utils/domain/queue';
import { type Settings, withSettings } from '@/utils/domain/settings';
import { settingsItem } from './items';

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
