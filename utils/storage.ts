/** Every stored item, with validation on read so corrupted data never reaches the logic. */
import { storage } from '#imports';
import { checkHistory, type History } from './history';
import { createQueue } from './queue';
import { isSession, OFF, type Session } from './session';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings, sanitizeSettings, withSettings } from './settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

export const sessionItem = storage.defineItem<Session>('local:session', { fallback: OFF });

export const historyItem = storage.defineItem<History>('local:history', { fallback: {} });

export async function loadSettings(): Promise<Settings> {
  const { settings, fellBack } = sanitizeSettings(await settingsItem.getValue());
  if (fellBack.length > 0) {
    console.warn(`Stored settings had unusable values; using defaults for: ${fellBack.join(', ')}`);
  }
  return settings;
}

export async function loadSession(): Promise<Session> {
  const stored: unknown = await sessionItem.getValue();
  if (isSession(stored)) return stored;
  console.warn('Stored session was unreadable; starting off ball.', stored);
  return OFF;
}

export async function loadHistory(): Promise<History> {
  const { history, skipped } = checkHistory(await historyItem.getValue());
  if (skipped.length > 0) console.warn(`Skipped unreadable history records: ${skipped.join(', ')}`);
  return history;
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
