/** Settings writes, one at a time, so a concurrent change is never lost. */
import { storage } from '#imports';
import { createQueue } from '@/utils/domain/queue';
import { DEFAULT_SETTINGS, type Settings, withSettings } from '@/utils/domain/settings';
import { settingsItem } from './items';

const settingsWrites = createQueue();

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

/**
 * Puts every setting back to its default. Fields this version does not know are kept, as with
 * any change, unless that makes the write too big; should even the defaults alone be refused
 * (the synced area is full of data this version does not know), every synced key is cleared
 * first, so a reset always succeeds. Resolves to `cleared` when anything else was removed.
 */
export function resetSettings(): Promise<'reset' | 'cleared'> {
  return settingsWrites(async () => {
    const attempts = [
      async () => settingsItem.setValue(withSettings(await settingsItem.getValue(), DEFAULT_SETTINGS)),
      () => settingsItem.setValue(DEFAULT_SETTINGS),
      async () => {
        await storage.clear('sync');
        await settingsItem.setValue(DEFAULT_SETTINGS);
      },
    ];
    for (const [index, attempt] of attempts.entries()) {
      try {
        await attempt();
        return index === 0 ? 'reset' : 'cleared';
      } catch (failure) {
        if (index === attempts.length - 1) throw failure;
        console.warn('Resetting the settings was refused; trying with less kept.', failure);
      }
    }
    return 'reset';
  });
}
