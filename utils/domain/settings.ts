import { isRecord } from './checks';
import { EXERCISE_IDS, type ExerciseId, isExerciseId } from './exercise-ids';
import { checkRoutines, DEFAULT_ROUTINES, REST_SECONDS, type Routines, routinesFromBreaks } from './routine';
import { withPlainDigits } from './typed-digits';

export interface Schedule {
  enabled: boolean;
  /** Days of the week as `Date#getDay()` numbers: 0 is Sunday. */
  days: number[];
  /** Local wall-clock times, "HH:MM". */
  start: string;
  end: string;
  /** Switch "On ball" off when the working day ends. */
  offAtEnd: boolean;
}

export interface Settings {
  blockMinutes: number;
  postureEnabled: boolean;
  postureMinutes: number;
  /** Let checks come less often while they are answered "Looks good"; `postureMinutes` stays the floor. */
  adaptPosture: boolean;
  /** The built-in breaks an older version ran; kept so its choice carries over into `routines`. */
  breaks: ExerciseId[];
  routines: Routines;
  restSeconds: number;
  pauseWhenAway: boolean;
  awayEndsBlockMinutes: number;
  schedule: Schedule;
  keepOnScreen: boolean;
  silent: boolean;
  badge: boolean;
  soundCues: boolean;
  /** Hold posture checks and "block done" while a browser window is full screen. */
  holdInFullScreen: boolean;
  /** A quiet note a minute before the block ends. */
  headsUp: boolean;
}

export const SETTINGS_VERSION = 1;

export const LIMITS = {
  blockMinutes: { min: 1, max: 240 },
  postureMinutes: { min: 1, max: 120 },
  restSeconds: REST_SECONDS,
  awayEndsBlockMinutes: { min: 1, max: 240 },
} as const;

/** How long without input before the browser reports the computer as idle. */
export const IDLE_SECONDS = 60;

export type NumericSetting = keyof typeof LIMITS;

export const DEFAULT_SETTINGS: Settings = {
  blockMinutes: 30,
  postureEnabled: true,
  postureMinutes: 10,
  adaptPosture: true,
  breaks: ['plank', 'rotation', 'child-pose'],
  routines: DEFAULT_ROUTINES,
  restSeconds: 15,
  pauseWhenAway: true,
  awayEndsBlockMinutes: 10,
  schedule: { enabled: false, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', offAtEnd: false },
  keepOnScreen: false,
  silent: false,
  badge: true,
  soundCues: false,
  holdInFullScreen: true,
  headsUp: false,
};

/** Why a value was rejected; the key names the message shown next to the field. */
export type SettingError =
  | 'notWholeNumber'
  | 'outOfRange'
  | 'noBreakChosen'
  | 'noDayChosen'
  | 'badTime'
  | 'endBeforeStart'
  | 'notBoolean'
  | 'badRoutine'
  | 'noneOn';

function checkMinutes(field: NumericSetting, value: unknown): SettingError | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'notWholeNumber';
  const { min, max } = LIMITS[field];
  return value < min || value > max ? 'outOfRange' : null;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function checkSchedule(value: unknown): SettingError | null {
  if (typeof value !== 'object' || value === null) return 'badTime';
  const s = value as Partial<Schedule>;
  if (typeof s.enabled !== 'boolean' || typeof s.offAtEnd !== 'boolean') return 'notBoolean';
  if (typeof s.start !== 'string' || typeof s.end !== 'string') return 'badTime';
  if (!TIME.test(s.start) || !TIME.test(s.end)) return 'badTime';
  if (minutesOfDay(s.end) <= minutesOfDay(s.start)) return 'endBeforeStart';
  if (!Array.isArray(s.days) || s.days.length === 0) return 'noDayChosen';
  if (!s.days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) return 'noDayChosen';
  return null;
}

function checkBreaks(value: unknown): SettingError | null {
  if (!Array.isArray(value) || value.length === 0) return 'noBreakChosen';
  return value.every(isExerciseId) ? null : 'noBreakChosen';
}

/** Checks one field; `null` means the value may be stored. */
export function checkSetting<K extends keyof Settings>(key: K, value: unknown): SettingError | null {
  switch (key) {
    case 'blockMinutes':
    case 'postureMinutes':
    case 'restSeconds':
    case 'awayEndsBlockMinutes':
      return checkMinutes(key, value);
    case 'breaks':
      return checkBreaks(value);
    case 'schedule':
      return checkSchedule(value);
    case 'routines':
      return checkRoutines(value);
    default:
      return typeof value === 'boolean' ? null : 'notBoolean';
  }
}

export interface Sanitized {
  settings: Settings;
  /** Fields whose stored value was unusable and fell back to the default. */
  fellBack: (keyof Settings)[];
}

/**
 * Keeps every valid field of a stored value and replaces the rest with defaults, so a
 * corrupted or tampered entry never crashes a reader nor silently loses the good fields.
 */
export function sanitizeSettings(stored: unknown): Sanitized {
  const source = isRecord(stored) ? stored : {};
  const settings = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  const fellBack: (keyof Settings)[] = [];
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!(key in source)) continue;
    const value = source[key];
    if (checkSetting(key, value) === null) {
      settings[key] = key === 'breaks' ? orderBreaks(value as ExerciseId[]) : structuredClone(value);
    } else {
      fellBack.push(key);
    }
  }
  // Someone who chose breaks before routines existed keeps that choice.
  if (!('routines' in source) && 'breaks' in source && !fellBack.includes('breaks')) {
    settings.routines = routinesFromBreaks(settings.breaks as ExerciseId[]);
  }
  return { settings: settings as unknown as Settings, fellBack };
}

/** Breaks always run in the canonical order, without repeats. */
export function orderBreaks(ids: readonly ExerciseId[]): ExerciseId[] {
  return EXERCISE_IDS.filter((id) => ids.includes(id));
}

/** A local wall-clock time as stored in the schedule, "HH:MM". */
export function isTime(value: unknown): value is string {
  return typeof value === 'string' && TIME.test(value);
}

/** Why typed text is not a usable whole number. */
export type NumberInputError = 'empty' | 'notANumber' | 'notWholeNumber' | 'outOfRange';

/**
 * Reads what a person typed into a whole-number field. Only digits count, of any script, so
 * "1e3", "0x10" or "12abc" are refused rather than read as something the person did not mean.
 */
export function readWholeNumber(text: string, limits: { min: number; max: number }): number | NumberInputError {
  const trimmed = withPlainDigits(text).trim();
  if (trimmed === '') return 'empty';
  if (/^[-+]?\d*[.,]\d+$/.test(trimmed) || /^[-+]?\d+[.,]$/.test(trimmed)) return 'notWholeNumber';
  if (!/^[-+]?\d+$/.test(trimmed)) return 'notANumber';
  const value = Number(trimmed);
  return value < limits.min || value > limits.max ? 'outOfRange' : value;
}

/**
 * The settings to store after a change: the stored ones with unusable fields repaired, then
 * the change. Fields this version does not know are kept, since a newer version on another
 * synced browser may have written them.
 */
export function withSettings(stored: unknown, change: Partial<Settings>): Settings {
  const unknown = isRecord(stored)
    ? Object.fromEntries(Object.entries(stored).filter(([key]) => !(key in DEFAULT_SETTINGS)))
    : {};
  return { ...unknown, ...sanitizeSettings(stored).settings, ...structuredClone(change) };
}
