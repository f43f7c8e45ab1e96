/**
 * The backup file: settings, the person's own exercises and history in one JSON document, marked so that a stray JSON
 * file is never mistaken for one, and versioned so that an older extension refuses a file it
 * cannot read instead of half-importing it.
 */

import { isBounded, MESSAGE_DEPTH, MESSAGE_ENTRIES } from './bounds';
import { isRecord, shorten } from './checks';
import { CUSTOM_LIMITS, type CustomExercise, checkCustomExercises } from './custom-exercise';
import { type History, pruneHistory } from './history';
import { checkHistory } from './history-checks';
import { withinSourceDoses } from './routine';
import { type Settings, sanitizeSettings } from './settings';

export const BACKUP_FORMAT = 'on-the-ball-backup';
export const BACKUP_VERSION = 1;

/** Far above two years of history; anything bigger is not one of our files. */
export const MAX_BACKUP_BYTES = 2_000_000;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** When the file was made, as an ISO 8601 timestamp. */
  exportedAt: string;
  settings: Settings;
  /** Absent from files made before own exercises existed: importing one keeps those the person has. */
  customExercises?: CustomExercise[];
  history: History;
}

export type BackupProblem =
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  | { kind: 'foreign' }
  | { kind: 'newer'; version: number }
  | { kind: 'malformed' }
  /** Dated later than this device's clock allows: one of the two clocks is wrong. */
  | { kind: 'future'; exportedAt: string }
  | { kind: 'badSettings'; fields: (keyof Settings)[] }
  /** Each refused exercise as the person knows it: its name, or its id when it has none. */
  | { kind: 'badExercises'; names: string[] }
  | { kind: 'badHistory'; days: string[] };

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

export function makeBackup(
  settings: Settings,
  customExercises: CustomExercise[],
  history: History,
  now: number,
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
    customExercises,
    history,
  };
}

export function backupText(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** A full ISO 8601 timestamp such as our exports write, not a bare number some parser may take for a year. */
const EXPORTED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A backup made in a time zone ahead of this one may carry a time up to a day later. */
const DAY_MS = 86_400_000;

/** The earliest a backup can have been made: before this product existed there were none. */
const FIRST_EXPORT = Date.UTC(2024, 0, 1);

/** Why the export time cannot be taken, or `null` when it can. */
function exportTimeProblem(value: string, now: number): BackupProblem | null {
  if (!EXPORTED_AT.test(value)) return { kind: 'malformed' };
  const at = Date.parse(value);
  if (!Number.isFinite(at) || at < FIRST_EXPORT) return { kind: 'malformed' };
  return at > now + DAY_MS ? { kind: 'future', exportedAt: value } : null;
}

/** The name a listed exercise was given, cut short, or its id when it has none to show. */
function exerciseName(listed: readonly unknown[], id: string): string {
  const entry = listed.find((e) => isRecord(e) && e.id === id);
  const name = isRecord(entry) && typeof entry.name === 'string' ? entry.name.trim() : '';
  return name === '' ? id : shorten(name);
}

/**
 * Reads a backup made by `now` and checks all of it before anything is imported. Settings that
 * an older version did not have take their defaults; a value that is present but unusable
 * refuses the whole file, since importing it would silently change what the person set. Days
 * older than the history keeps are left out, so the count shown is the count that will be kept.
 */
export function parseBackup(text: string, now: number): ParsedBackup {
  const fail = (problem: BackupProblem): ParsedBackup => ({ ok: false, problem });
  if (text.length > MAX_BACKUP_BYTES) return fail({ kind: 'tooLarge' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ kind: 'notJson' });
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) return fail({ kind: 'foreign' });
  if (!isBounded(data, MESSAGE_DEPTH, MESSAGE_ENTRIES)) return fail({ kind: 'malformed' });
  const { version, exportedAt, settings, history, customExercises } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail({ kind: 'malformed' });
  if (version > BACKUP_VERSION) return fail({ kind: 'newer', version });
  if (typeof exportedAt !== 'string') return fail({ kind: 'malformed' });
  const timeProblem = exportTimeProblem(exportedAt, now);
  if (timeProblem) return fail(timeProblem);
  if (!isRecord(settings) || !isRecord(history)) return fail({ kind: 'malformed' });
  const listed = customExercises ?? [];
  if (!Array.isArray(listed) || listed.length > CUSTOM_LIMITS.count.max) return fail({ kind: 'malformed' });

  const sanitized = sanitizeSettings(settings);
  if (sanitized.fellBack.length > 0) return fail({ kind: 'badSettings', fields: sanitized.fellBack });
  if (!withinSourceDoses(sanitized.settings.routines)) return fail({ kind: 'badSettings', fields: ['routines'] });
  const exercises = checkCustomExercises(listed);
  if (exercises.skipped.length > 0) {
    return fail({ kind: 'badExercises', names: exercises.skipped.map((id) => exerciseName(listed, id)) });
  }
  const checked = checkHistory(history, now);
  if (checked.skipped.length > 0) return fail({ kind: 'badHistory', days: checked.skipped });

  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version,
      exportedAt,
      settings: sanitized.settings,
      ...(customExercises === undefined ? {} : { customExercises: exercises.exercises }),
      history: pruneHistory(checked.history, now),
    },
  };
}
