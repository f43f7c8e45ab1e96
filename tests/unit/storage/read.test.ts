import { describe, expect, it, vi } from 'vitest';
import { dayKey, emptyDay } from '@/utils/domain/history';
import { STEADY_RHYTHM } from '@/utils/domain/session';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { progressionItem, settingsItem } from '@/utils/storage/items';
import { loadProgression, loadSettings } from '@/utils/storage/read';
import { loadHistory } from '@/utils/storage/read-history';
import { sessionFrom } from '@/utils/storage/stored-values';
import { storeDays } from '../../helpers/stored-days';

describe('reading stored settings', () => {
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

describe('reading the stored progression', () => {
  it('is clamped when read from storage', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await progressionItem.setValue({ plank: 5, rotation: 44 });
    expect(await loadProgression()).toEqual({ plank: 25, rotation: 44 });
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('reading what an earlier version stored', () => {
  it('a running block stored before holds, heads-up and rhythm existed keeps running', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const block = {
      startedAt: 1000,
      endsAt: 1000 + 30 * 60_000,
      lengthMinutes: 30,
      pausedMs: 0,
      nextPostureAt: 601_000,
    };
    const older = {
      phase: 'sitting',
      block,
      pause: null,
      since: null,
      lastBlockMinutes: 0,
      cueIndex: 2,
      postureOpen: false,
    };
    expect(sessionFrom(older, 2000)).toEqual({ ...older, held: null, headsUpGiven: false, rhythm: STEADY_RHYTHM });
    expect(warn).not.toHaveBeenCalled();
  });

  it('a day recorded before snoozes were counted apart reads with none', async () => {
    const { postureSnoozed: _, ...older } = { ...emptyDay(), postureAnswered: 3, postureIgnored: 1 };
    const day = dayKey(Date.now());
    await storeDays({ [day]: older });
    expect(await loadHistory()).toEqual({ [day]: { ...older, postureSnoozed: 0 } });
  });
});
