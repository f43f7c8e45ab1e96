/** Every stored item, with validation on read so corrupted data never reaches the logic. */
import { storage } from '#imports';
import { type Glance, glanceOf, isGlance } from '@/utils/domain/glance';
import { checkHistory, type History } from '@/utils/domain/history';
import { createQueue } from '@/utils/domain/queue';
import { isSession, OFF, type Session } from '@/utils/domain/session';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  type Settings,
  sanitizeSettings,
  withSettings,
} from '@/utils/domain/settings';
import { LOCAL_KEYS } from './local-keys';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

export const sessionItem = storage.defineItem<Session>(`local:${LOCAL_KEYS.session}`, { fallback: OFF });

const HISTORY_KEY = 'local:history';

/**
 * The daily history, read only when asked for. It is not a defined item because those read
 * their stored value as soon as they are defined, and years of days would then be read for
 * nothing by every page that imports this module and by every wake of the background.
 */
export const historyItem = {
  getValue: () => storage.getItem<History>(HISTORY_KEY, { fallback: {} }),
  watch: (onChange: (value: History | null) => void) => storage.watch<History>(HISTORY_KEY, onChange),
};

export const glanceItem = storage.defineItem<Glance | null>(`local:${LOCAL_KEYS.glance}`, { fallback: null });

export async function loadSettings(): Promise<Settings> {
  const { settings, fellBack } = sanitizeSettings(await settingsItem.getValue());
  if (fellBack.length > 0) {
    console.warn(`Stored settings had unusable values; using defaults for: ${fellBack.join(', ')}`);
  }
  return settings;
}

/** The session as stored; off ball when there is none or it is unreadable. */
export function sessionFrom(stored: unknown): Session {
  if (stored === undefined || stored === null) return OFF;
  if (isSession(stored)) return stored;
  console.warn('Stored session was unreadable; starting off ball.', stored);
  return OFF;
}

export async function loadSession(): Promise<Session> {
  return sessionFrom(await sessionItem.getValue());
}

export async function loadHistory(): Promise<History> {
  const { history, skipped } = checkHistory(await historyItem.getValue());
  if (skipped.length > 0) console.warn(`Skipped unreadable history records: ${skipped.join(', ')}`);
  return history;
}

/** Writes the history and the popup's glance at it in one call, so the two never disagree. */
export function saveHistory(history: History, now: number): Promise<void> {
  return storage.setItems([
    { key: HISTORY_KEY, value: history },
    { key: glanceItem.key, value: glanceOf(history, now) },
  ]);
}

/** The popup's figures as stored; worked out from the whole history only when none are stored or readable. */
export async function glanceFrom(stored: unknown, now: number): Promise<Glance> {
  if (isGlance(stored)) return stored;
  if (stored !== undefined && stored !== null) {
    console.warn('Stored figures for today were unreadable; working them out again.', stored);
  }
  return glanceOf(await loadHistory(), now);
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
