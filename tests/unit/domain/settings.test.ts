import { describe, expect, it } from 'vitest';
import { routinesFromBreaks } from '@/utils/domain/routine';
import {
  checkSetting,
  DEFAULT_SETTINGS,
  isTime,
  LIMITS,
  readWholeNumber,
  sanitizeSettings,
  withSettings,
} from '@/utils/domain/settings';

describe('readWholeNumber', () => {
  const block = LIMITS.blockMinutes;

  it('accepts whole numbers within the limits, ignoring surrounding spaces', () => {
    expect(readWholeNumber('45', block)).toBe(45);
    expect(readWholeNumber(' 1 ', block)).toBe(1);
    expect(readWholeNumber('240', block)).toBe(240);
    expect(readWholeNumber('045', block)).toBe(45);
  });

  it('reads the digits of any keyboard: Arabic, Devanagari, full width', () => {
    expect(readWholeNumber('٤٥', block)).toBe(45);
    expect(readWholeNumber('४५', block)).toBe(45);
    expect(readWholeNumber('\u3000４５\u3000', block)).toBe(45);
    expect(readWholeNumber('٢٤١', block)).toBe('outOfRange');
    expect(readWholeNumber('٤٫٥', block)).toBe('notWholeNumber');
    expect(readWholeNumber('４．５', block)).toBe('notWholeNumber');
    expect(readWholeNumber('１ｅ３', block)).toBe('notANumber');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-5', 'outOfRange'],
    ['0', 'outOfRange'],
    ['-0', 'outOfRange'],
    ['241', 'outOfRange'],
    ['99999999999999999999999', 'outOfRange'],
    ['4.5', 'notWholeNumber'],
    ['4,5', 'notWholeNumber'],
    ['.5', 'notWholeNumber'],
    ['45.', 'notWholeNumber'],
    ['abc', 'notANumber'],
    ['12abc', 'notANumber'],
    ['1e3', 'notANumber'],
    ['0x10', 'notANumber'],
    ['²', 'notANumber'],
    ['①', 'notANumber'],
    ['4 5', 'notANumber'],
    ['NaN', 'notANumber'],
    ['Infinity', 'notANumber'],
  ])('refuses %j as %s', (text, error) => {
    expect(readWholeNumber(text, block)).toBe(error);
  });

  it('uses the limits it is given', () => {
    expect(readWholeNumber('0', LIMITS.restSeconds)).toBe(0);
    expect(readWholeNumber('121', LIMITS.restSeconds)).toBe('outOfRange');
    expect(readWholeNumber('121', LIMITS.postureMinutes)).toBe('outOfRange');
    expect(readWholeNumber('120', LIMITS.postureMinutes)).toBe(120);
  });
});

describe('isTime', () => {
  it('accepts 24-hour "HH:MM" only', () => {
    expect(isTime('00:00')).toBe(true);
    expect(isTime('23:59')).toBe(true);
    expect(isTime('24:00')).toBe(false);
    expect(isTime('9:00')).toBe(false);
    expect(isTime('')).toBe(false);
    expect(isTime(900)).toBe(false);
  });
});

describe('stored settings from an older version', () => {
  it('gives settings missing from an older stored value their defaults', () => {
    const { settings, fellBack } = sanitizeSettings({ blockMinutes: 45, breaks: ['plank'] });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      blockMinutes: 45,
      breaks: ['plank'],
      routines: routinesFromBreaks(['plank']),
    });
    expect(fellBack).toEqual([]);
  });
});

describe('withSettings', () => {
  it('applies a change on top of the stored settings', () => {
    const stored = { ...DEFAULT_SETTINGS, postureMinutes: 15 };
    expect(withSettings(stored, { blockMinutes: 45 })).toEqual({
      ...DEFAULT_SETTINGS,
      postureMinutes: 15,
      blockMinutes: 45,
    });
  });

  it('repairs tampered fields while applying a change', () => {
    const next = withSettings({ ...DEFAULT_SETTINGS, restSeconds: 'lots' }, { silent: true });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, silent: true });
  });

  it('keeps fields written by a newer version on another synced browser', () => {
    const stored = { ...DEFAULT_SETTINGS, voiceCues: 'calm' };
    expect(withSettings(stored, { badge: false })).toEqual({ ...DEFAULT_SETTINGS, badge: false, voiceCues: 'calm' });
  });

  it('leaves the stored value and the change untouched', () => {
    const stored = structuredClone(DEFAULT_SETTINGS);
    const change = { schedule: { ...DEFAULT_SETTINGS.schedule, days: [1] } };
    const next = withSettings(stored, change);
    next.schedule.days.push(2);
    expect(stored).toEqual(DEFAULT_SETTINGS);
    expect(change.schedule.days).toEqual([1]);
  });
});

describe('settings validation', () => {
  it('defaults follow the beginner dose: 30-minute blocks, posture every 10', () => {
    expect(DEFAULT_SETTINGS.blockMinutes).toBe(30);
    expect(DEFAULT_SETTINGS.postureMinutes).toBe(10);
    expect(DEFAULT_SETTINGS.awayEndsBlockMinutes).toBe(10);
    expect(DEFAULT_SETTINGS.breaks).not.toContain('wall-squat');
  });

  it.each([
    [-5, 'outOfRange'],
    [0, 'outOfRange'],
    [241, 'outOfRange'],
    [12.5, 'notWholeNumber'],
    ['30', 'notWholeNumber'],
    [Number.NaN, 'notWholeNumber'],
    [null, 'notWholeNumber'],
    [1, null],
    [240, null],
  ])('block length %s -> %s', (value, error) => {
    expect(checkSetting('blockMinutes', value)).toBe(error);
  });

  it('rejects working hours that end before they start, and a week with no day', () => {
    const schedule = DEFAULT_SETTINGS.schedule;
    expect(checkSetting('schedule', { ...schedule, start: '17:00', end: '09:00' })).toBe('endBeforeStart');
    expect(checkSetting('schedule', { ...schedule, days: [] })).toBe('noDayChosen');
    expect(checkSetting('schedule', { ...schedule, start: '9am' })).toBe('badTime');
    expect(checkSetting('schedule', schedule)).toBeNull();
  });

  it('needs at least one known break', () => {
    expect(checkSetting('breaks', [])).toBe('noBreakChosen');
    expect(checkSetting('breaks', ['plank', 'headstand'])).toBe('noBreakChosen');
    expect(checkSetting('breaks', ['rotation'])).toBeNull();
  });
});

describe('reading stored settings', () => {
  it('keeps good fields, replaces bad ones and names them', () => {
    const { settings, fellBack } = sanitizeSettings({ blockMinutes: 45, postureMinutes: -3, badge: 'yes' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
    expect(fellBack).toEqual(['postureMinutes', 'badge']);
  });

  it('survives a value that is not an object at all', () => {
    expect(sanitizeSettings('garbage').settings).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings(null).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('puts breaks in routine order without repeats', () => {
    expect(sanitizeSettings({ breaks: ['child-pose', 'plank', 'plank'] }).settings.breaks).toEqual([
      'plank',
      'child-pose',
    ]);
  });
});
