import { describe, expect, it, vi } from 'vitest';
import { checkSetting, DEFAULT_SETTINGS, sanitizeSettings } from '@/utils/domain/settings';
import { settingsItem } from '@/utils/storage/items';
import { loadSettings } from '@/utils/storage/read';

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

  it('a tampered stored value falls back to its default and the fallback is logged', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await browser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, blockMinutes: 99999 } });
    const settings = await loadSettings();
    expect(settings.blockMinutes).toBe(30);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('blockMinutes'));
  });

  it('reads what was saved', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
    expect((await loadSettings()).blockMinutes).toBe(45);
  });
});
