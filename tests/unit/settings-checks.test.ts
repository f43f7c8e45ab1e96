import { describe, expect, it } from 'vitest';
import {
  checkSetting,
  DEFAULT_SETTINGS,
  isTime,
  LIMITS,
  readWholeNumber,
  type Settings,
  sanitizeSettings,
  withSettings,
} from '@/utils/settings';

describe('readWholeNumber', () => {
  const block = LIMITS.blockMinutes;

  it('accepts whole numbers within the limits, ignoring surrounding spaces', () => {
    expect(readWholeNumber('45', block)).toBe(45);
    expect(readWholeNumber(' 1 ', block)).toBe(1);
    expect(readWholeNumber('240', block)).toBe(240);
    expect(readWholeNumber('045', block)).toBe(45);
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

describe('checkSetting', () => {
  it('accepts the defaults', () => {
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      expect(checkSetting(key as keyof Settings, value)).toBeNull();
    }
  });

  it('refuses numbers that are not whole or out of range', () => {
    expect(checkSetting('blockMinutes', 4.5)).toBe('notWholeNumber');
    expect(checkSetting('blockMinutes', '45')).toBe('notWholeNumber');
    expect(checkSetting('blockMinutes', Number.NaN)).toBe('notWholeNumber');
    expect(checkSetting('blockMinutes', 0)).toBe('outOfRange');
    expect(checkSetting('postureMinutes', 121)).toBe('outOfRange');
    expect(checkSetting('awayEndsBlockMinutes', -1)).toBe('outOfRange');
  });

  it('refuses an empty or unknown choice of breaks', () => {
    expect(checkSetting('breaks', [])).toBe('noBreakChosen');
    expect(checkSetting('breaks', ['plank', 'cartwheel'])).toBe('noBreakChosen');
    expect(checkSetting('breaks', ['wall-squat'])).toBeNull();
  });

  it('refuses a schedule without days, with bad times or ending before it starts', () => {
    const schedule = DEFAULT_SETTINGS.schedule;
    expect(checkSetting('schedule', { ...schedule, days: [] })).toBe('noDayChosen');
    expect(checkSetting('schedule', { ...schedule, days: [7] })).toBe('noDayChosen');
    expect(checkSetting('schedule', { ...schedule, start: '' })).toBe('badTime');
    expect(checkSetting('schedule', { ...schedule, end: '25:00' })).toBe('badTime');
    expect(checkSetting('schedule', { ...schedule, start: '17:00', end: '09:00' })).toBe('endBeforeStart');
    expect(checkSetting('schedule', { ...schedule, start: '09:00', end: '09:00' })).toBe('endBeforeStart');
  });

  it('refuses a switch that is not true or false', () => {
    expect(checkSetting('silent', 'yes')).toBe('notBoolean');
    expect(checkSetting('badge', 1)).toBe('notBoolean');
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

describe('stored settings from other versions and tampering', () => {
  it('gives settings missing from an older stored value their defaults', () => {
    const { settings, fellBack } = sanitizeSettings({ blockMinutes: 45, breaks: ['plank'] });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, blockMinutes: 45, breaks: ['plank'] });
    expect(fellBack).toEqual([]);
  });

  it('resets only the tampered fields and names them', () => {
    const { settings, fellBack } = sanitizeSettings({ blockMinutes: -3, postureMinutes: 15, breaks: [] });
    expect(settings.blockMinutes).toBe(DEFAULT_SETTINGS.blockMinutes);
    expect(settings.postureMinutes).toBe(15);
    expect(settings.breaks).toEqual(DEFAULT_SETTINGS.breaks);
    expect(fellBack).toEqual(['blockMinutes', 'breaks']);
  });

  it('reads a value that is not an object at all as the defaults', () => {
    expect(sanitizeSettings('garbage').settings).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings(null).settings).toEqual(DEFAULT_SETTINGS);
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
