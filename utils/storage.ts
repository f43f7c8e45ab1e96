/** Every stored item, with validation on read so corrupted data never reaches the logic. */
import { storage } from '#imports';
import { type Glance, glanceOf, isGlance } from './glance';
import { checkHistory, type History } from './history';
import { dayItemKey, keptDays, readDays, watchHistory } from './history-days';
import { LOCAL_KEYS } from './local-keys';
import { createQueue } from './queue';
import { OFF, type Session, sessionFrom } from './session';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  type Settings,
  settingsFrom,
  withSettings,
} from './settings';

export const settingsItem = storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

export const sessionItem = storage.defineItem<Session>(`local:${LOCAL_KEYS.session}`, { fallback: OFF });

/** The daily history, every day kept, read only when asked for: each day is an item of its own (see `history-days.ts`). */
export const historyItem = {
  /** As stored: typed as the history it should be, checked by `checkHistory` before use. */
  getValue: () => readDays(keptDays(Date.now())) as Promise<History>,
  watch: watchHistory,
};

export const glanceItem = storage.defineItem<Glance | null>(`local:${LOCAL_KEYS.glance}`, { fallback: null });

export async function loadSettings(): Promise<Settings> {
  return settingsFrom(await settingsItem.getValue());
}

export async function loadSession(): Promise<Session> {
  return sessionFrom(await sessionItem.getValue());
}

export async function loadHistory(): Promise<History> {
  const { history, skipped } = checkHistory(await historyItem.getValue());
  if (skipped.length > 0) console.warn(`Skipped unreadable history records: ${skipped.join(', ')}`);
  return history;
}

/** Stores whole days and the popup's glance worked out from them, in one call, so the two never disagree. */
export function saveHistory(history: History, now: number): Promise<void> {
  return storage.setItems([
    ...Object.entries(history).map(([day, record]) => ({ key: dayItemKey(day), value: record })),
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
