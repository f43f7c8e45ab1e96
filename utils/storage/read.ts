/** Reading stored values, which may hold anything (an older version, another browser, a hand edit). */

import { type BlockRun, isBlockRun, NO_RUN } from '@/utils/domain/buildup';
import { type Check, isCount } from '@/utils/domain/checks';
import { checkHistory, type History } from '@/utils/domain/history';
import { checkProgression, type Progression } from '@/utils/domain/progression';
import { isPossibleSession, isSession, OFF, type Session } from '@/utils/domain/session';
import { type Settings, sanitizeSettings } from '@/utils/domain/settings';
import {
  blockRunItem,
  historyItem,
  isTrackedBreak,
  progressionItem,
  safetyAcknowledgedItem,
  sessionItem,
  settingsItem,
  type TrackedBreak,
  trackedBreakItem,
} from './items';

/**
 * The one way a whole stored value is read: nothing stored gives `fallback` quietly; a value
 * that fails its check gives `fallback` and the `warning`, which says what happens instead.
 */
export function readStored<T>(stored: unknown, check: Check<T>, fallback: T, warning: string): T {
  if (stored === undefined || stored === null) return fallback;
  if (check(stored)) return stored;
  console.warn(warning, stored);
  return fallback;
}

/**
 * The session as stored; off ball when there is none or it is unreadable. One that could not
 * have come about by `now` is closed without recording any of its time, which cannot be trusted.
 */
export function sessionFrom(stored: unknown, now: number): Session {
  const session = readStored(stored, isSession, OFF, 'Stored session was unreadable; starting off ball.');
  if (isPossibleSession(session, now)) return session;
  console.warn('Stored session could not be true; closing it without recording its time.', stored);
  return { ...OFF, cueIndex: isCount(session.cueIndex) ? session.cueIndex : 0 };
}

export async function loadSession(now = Date.now()): Promise<Session> {
  return sessionFrom(await sessionItem.getValue(), now);
}

export async function loadSettings(): Promise<Settings> {
  const { settings, fellBack } = sanitizeSettings(await settingsItem.getValue());
  if (fellBack.length > 0) {
    console.warn(`Stored settings had unusable values; using defaults for: ${fellBack.join(', ')}`);
  }
  return settings;
}

export async function loadHistory(now = Date.now()): Promise<History> {
  const { history, skipped } = checkHistory(await historyItem.getValue(), now, true);
  if (skipped.length > 0) console.warn(`Skipped unreadable history records: ${skipped.join(', ')}`);
  return history;
}

export async function loadBlockRun(): Promise<BlockRun> {
  return readStored(
    await blockRunItem.getValue(),
    isBlockRun,
    NO_RUN,
    'Stored run of blocks was unreadable; starting a new run.',
  );
}

export async function loadTrackedBreak(): Promise<TrackedBreak | null> {
  return readStored<TrackedBreak | null>(
    await trackedBreakItem.getValue(),
    isTrackedBreak,
    null,
    'Stored break progress was unreadable; dropping it.',
  );
}

export async function loadProgression(): Promise<Progression> {
  const { progression, clamped } = checkProgression(await progressionItem.getValue());
  if (clamped.length > 0) console.warn(`Stored progression was out of range; brought back for: ${clamped.join(', ')}`);
  return progression;
}

export async function isSafetyAcknowledged(): Promise<boolean> {
  const value: unknown = await safetyAcknowledgedItem.getValue();
  return typeof value === 'number' && Number.isFinite(value);
}
