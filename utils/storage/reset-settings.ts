/** Resetting the settings, loaded only when the person asks for it. */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, withSettings } from '@/utils/domain/settings';
import { settingsItem } from './items';
import { settingsWrites } from './update-settings';

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
