import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { progressionItem, settingsItem } from '@/utils/storage/items';
import { loadProgression, loadSettings } from '@/utils/storage/read';

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
