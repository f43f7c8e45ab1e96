/**
 * Stored values read and checked without the storage library, so a page's first frame can
 * use them before that library has loaded: the popup's and the stretch page's early reads, and
 * `read.ts` after reading through the library.
 */
import { type Check, isCount, isRecord } from '@/utils/domain/checks';
import { type CustomExercise, checkCustomExercises, isCustomId } from '@/utils/domain/custom-exercise';
import { checkProgression, type Progression } from '@/utils/domain/progression';
import { isPossibleSession, isSession, LATER_FIELDS, OFF, type Session } from '@/utils/domain/session';
import { type Settings, sanitizeSettings } from '@/utils/domain/settings';

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
  const filled = isRecord(stored) ? { ...LATER_FIELDS, ...stored } : stored;
  const session = readStored(filled, isSession, OFF, 'Stored session was unreadable; starting off ball.');
  if (isPossibleSession(session, now)) return session;
  console.warn('Stored session could not be true; closed unrecorded.', stored);
  return { ...OFF, cueIndex: isCount(session.cueIndex) ? session.cueIndex : 0 };
}

export function settingsFrom(stored: unknown): Settings {
  const { settings, fellBack } = sanitizeSettings(stored);
  if (fellBack.length > 0) {
    console.warn(`Stored settings had unusable values; using defaults for: ${fellBack.join(', ')}`);
  }
  return settings;
}

export function progressionFrom(stored: unknown): Progression {
  const { progression, clamped } = checkProgression(stored);
  if (clamped.length > 0) console.warn(`Stored progression was out of range; brought back for: ${clamped.join(', ')}`);
  return progression;
}

/** Whether the stored acknowledgement of the safety notes is one: the time it was given. */
export function isAcknowledgement(stored: unknown): boolean {
  return typeof stored === 'number' && Number.isFinite(stored);
}

/** The person's own exercises among everything synced, in a stable order; an unreadable one is left out. */
export function customExercisesFrom(synced: Record<string, unknown>): CustomExercise[] {
  const stored = Object.keys(synced)
    .filter(isCustomId)
    .sort()
    .map((key) => synced[key]);
  const { exercises, skipped } = checkCustomExercises(stored);
  if (skipped.length > 0) console.warn(`Skipped unreadable custom exercises: ${skipped.join(', ')}`);
  return exercises;
}
