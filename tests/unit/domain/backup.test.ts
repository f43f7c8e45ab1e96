import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupText,
  MAX_BACKUP_BYTES,
  makeBackup,
  parseBackup,
} from '@/utils/domain/backup';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import { type DayRecord, emptyDay, type History } from '@/utils/domain/history';
import { withCustomAdded } from '@/utils/domain/routine';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings';

const NOW = new Date(2026, 2, 14, 16, 30).getTime();

const day: DayRecord = {
  ...emptyDay(),
  satSeconds: 5400,
  blocksCompleted: 3,
  breaksCompleted: 2,
  exercises: { plank: { sets: 6, bestHold: 35 } },
};
const history: History = { '2026-03-13': day, '2026-03-14': emptyDay() };
const settings: Settings = { ...DEFAULT_SETTINGS, blockMinutes: 45, breaks: ['plank', 'wall-squat'] };

function file(overrides: Record<string, unknown>): string {
  return JSON.stringify({ ...makeBackup(settings, [], history, NOW), ...overrides });
}

function problemOf(text: string) {
  const parsed = parseBackup(text, NOW);
  return parsed.ok ? null : parsed.problem;
}

describe('makeBackup and parseBackup', () => {
  it('marks the file with the format and version', () => {
    const backup = makeBackup(settings, [], history, NOW);
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(new Date(backup.exportedAt).getTime()).toBe(NOW);
  });

  it('reads back exactly what was exported', () => {
    const parsed = parseBackup(backupText(makeBackup(settings, [], history, NOW)), NOW);
    expect(parsed).toEqual({ ok: true, backup: makeBackup(settings, [], history, NOW) });
  });

  it('gives settings that an older file lacks their defaults', () => {
    const parsed = parseBackup(file({ settings: { blockMinutes: 45 } }), NOW);
    expect(parsed.ok && parsed.backup.settings).toEqual({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
  });

  it('accepts an empty history', () => {
    const parsed = parseBackup(file({ history: {} }), NOW);
    expect(parsed.ok && parsed.backup.history).toEqual({});
  });
});

describe('parseBackup refuses', () => {
  it('text that is not JSON', () => {
    expect(problemOf('{"format": "on-the-ball-backup",')).toEqual({ kind: 'notJson' });
    expect(problemOf('')).toEqual({ kind: 'notJson' });
  });

  it('JSON that is not one of its files', () => {
    expect(problemOf('[1, 2, 3]')).toEqual({ kind: 'foreign' });
    expect(problemOf('"hello"')).toEqual({ kind: 'foreign' });
    expect(problemOf('null')).toEqual({ kind: 'foreign' });
    expect(problemOf(JSON.stringify({ name: 'package', version: 1 }))).toEqual({ kind: 'foreign' });
    expect(problemOf(file({ format: 'another-extension-backup' }))).toEqual({ kind: 'foreign' });
  });

  it('a file from a newer version, naming that version', () => {
    expect(problemOf(file({ version: BACKUP_VERSION + 1 }))).toEqual({ kind: 'newer', version: BACKUP_VERSION + 1 });
  });

  it.each([
    ['a missing version', { version: undefined }],
    ['a version that is text', { version: '1' }],
    ['a version below 1', { version: 0 }],
    ['a fractional version', { version: 1.5 }],
    ['a missing export date', { exportedAt: undefined }],
    ['an export date that is not a date', { exportedAt: 'yesterday' }],
    ['an export date that is a bare number', { exportedAt: '1' }],
    ['an export date before any backup was made', { exportedAt: '2019-06-01T00:00:00.000Z' }],
    ['history nested far too deep', { history: JSON.parse(`${'{"a":'.repeat(50)}1${'}'.repeat(50)}`) }],
    ['settings that are not an object', { settings: [30] }],
    ['missing settings', { settings: undefined }],
    ['missing history', { history: undefined }],
    ['history that is a list', { history: [day] }],
  ])('a file with %s as damaged', (_, overrides) => {
    expect(problemOf(file(overrides))).toEqual({ kind: 'malformed' });
  });

  it('a file dated later than a zone ahead allows, giving its date, since a clock is wrong', () => {
    const dayAndASecond = new Date(NOW + 86_401_000).toISOString();
    expect(problemOf(file({ exportedAt: dayAndASecond }))).toEqual({ kind: 'future', exportedAt: dayAndASecond });
    expect(problemOf(file({ exportedAt: '2099-01-01T00:00:00.000Z' }))).toEqual({
      kind: 'future',
      exportedAt: '2099-01-01T00:00:00.000Z',
    });
    // Made a day ahead, in a zone east of here, it is read.
    expect(problemOf(file({ exportedAt: new Date(NOW + 86_400_000).toISOString() }))).toBeNull();
  });

  it('unusable settings, naming them', () => {
    const problem = problemOf(file({ settings: { ...settings, blockMinutes: 9999, breaks: [] } }));
    expect(problem).toEqual({ kind: 'badSettings', fields: ['blockMinutes', 'breaks'] });
  });

  it('unreadable history days, naming them', () => {
    const problem = problemOf(
      file({ history: { ...history, '2026-03-12': { ...day, satSeconds: -5 }, yesterday: day } }),
    );
    expect(problem).toEqual({ kind: 'badHistory', days: ['2026-03-12', 'yesterday'] });
  });

  it('days that cannot be true: impossible dates, future days, figures no day can hold', () => {
    const problem = problemOf(
      file({
        history: {
          ...history,
          '2026-02-30': day,
          '9999-99-99': day,
          '2026-03-15': day,
          '2026-03-11': { ...day, blocksCompleted: 1e15 },
          '2026-03-10': { ...day, exercises: { plank: { sets: 1, bestHold: 1e300 } } },
        },
      }),
    );
    expect(problem).toEqual({
      kind: 'badHistory',
      days: ['2026-02-30', '9999-99-99', '2026-03-15', '2026-03-11', '2026-03-10'],
    });
  });

  it('nothing for days older than the history keeps, which it leaves out of the count', () => {
    const parsed = parseBackup(file({ history: { ...history, '2023-01-02': day } }), NOW);
    expect(parsed.ok && Object.keys(parsed.backup.history)).toEqual(Object.keys(history));
  });

  it('nothing for fields it does not know, which it leaves out', () => {
    const parsed = parseBackup(file({ history: { '2026-03-12': { ...day, note: 'x' } } }), NOW);
    expect(parsed.ok && parsed.backup.history).toEqual({ '2026-03-12': day });
  });

  it('text too large to be a backup without parsing it', () => {
    expect(problemOf(`${file({})}${' '.repeat(MAX_BACKUP_BYTES)}`)).toEqual({ kind: 'tooLarge' });
  });
});

describe("the person's own exercises in a backup", () => {
  const own: CustomExercise = {
    id: 'custom-b1rd',
    name: '<b>Bird dog</b> 🐦',
    steps: 'Reach out',
    kind: 'hold',
    amount: 20,
    sets: 2,
    perSide: true,
    progression: { step: 5, cap: 40 },
  };
  const withOwn: Settings = { ...settings, routines: withCustomAdded(settings.routines, own) };

  it('carries them and the routines that list them, and reads them back exactly', () => {
    const backup = makeBackup(withOwn, [own], history, NOW);
    expect(parseBackup(backupText(backup), NOW)).toEqual({ ok: true, backup });
  });

  it('reads a file made before own exercises existed as saying nothing of them', () => {
    const { customExercises: _, ...older } = makeBackup(settings, [], history, NOW);
    const parsed = parseBackup(JSON.stringify(older), NOW);
    expect(parsed.ok && parsed.backup).toEqual(older);
  });

  it('refuses the whole file for one unusable exercise, naming it as the person knows it', () => {
    const bad = { ...own, id: 'custom-bad', name: 'Side plank', amount: '20' };
    expect(problemOf(file({ customExercises: [own, bad] }))).toEqual({ kind: 'badExercises', names: ['Side plank'] });
    expect(problemOf(file({ customExercises: [{ ...own, name: 'x'.repeat(61) }] }))).toEqual({
      kind: 'badExercises',
      names: [`${'x'.repeat(39)}…`],
    });
    expect(problemOf(file({ customExercises: [{ ...own, id: 'plank' }] }))).toEqual({
      kind: 'badExercises',
      names: [own.name],
    });
    // With no name to show, the id is all there is.
    expect(problemOf(file({ customExercises: [{ ...own, name: ' ' }] }))).toEqual({
      kind: 'badExercises',
      names: ['custom-b1rd'],
    });
  });

  it('refuses more than twenty, or exercises that are not a list', () => {
    const many = Array.from({ length: 21 }, (_, n) => ({ ...own, id: `custom-${n}` }));
    expect(problemOf(file({ customExercises: many }))).toEqual({ kind: 'malformed' });
    expect(problemOf(file({ customExercises: { own } }))).toEqual({ kind: 'malformed' });
  });

  it('refuses routines that raise a built-in dose above the source', () => {
    const full = settings.routines.full.map((e) => (e.id === 'plank' ? { ...e, sets: 5 } : e));
    expect(problemOf(file({ settings: { ...settings, routines: { ...settings.routines, full } } }))).toEqual({
      kind: 'badSettings',
      fields: ['routines'],
    });
  });
});
