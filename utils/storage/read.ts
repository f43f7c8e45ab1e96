/** Reading stored values, which may hold anything (an older version, another browser, a hand edit). */

import { type BlockRun, isBlockRun, NO_RUN } from '@/utils/domain/buildup';
import { isRecord } from '@/utils/domain/checks';
import type { Progression } from '@/utils/domain/progression';
import type { Session } from '@/utils/domain/session';
import { checkSchedule, type Schedule, type Settings } from '@/utils/domain/settings';
import {
  blockRunItem,
  isTrackedBreak,
  progressionItem,
  safetyAcknowledgedItem,
  sessionItem,
  settingsItem,
  type TrackedBreak,
  trackedBreakItem,
} from './items';
import { isAcknowledgement, progressionFrom, readStored, sessionFrom, settingsFrom } from './stored-values';

export async function loadSession(now = Date.now()): Promise<Session> {
  return sessionFrom(await sessionItem.getValue(), now);
}

export async function loadSettings(): Promise<Settings> {
  return settingsFrom(await settingsItem.getValue());
}

/** Whether working hours are on, read without repairing every setting, for a page that needs only this. */
export async function loadWorkingHoursOn(): Promise<boolean> {
  const stored: unknown = await settingsItem.getValue();
  return isRecord(stored) && checkSchedule(stored.schedule) === null && (stored.schedule as Schedule).enabled;
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
  return progressionFrom(await progressionItem.getValue());
}

export async function isSafetyAcknowledged(): Promise<boolean> {
  return isAcknowledgement(await safetyAcknowledgedItem.getValue());
}
