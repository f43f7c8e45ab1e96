import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSetting } from '@/entrypoints/options/save-setting';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings';
import { resetSettings } from '@/utils/storage/reset-settings';
import { updateSettings } from '@/utils/storage/update-settings';

async function stored(): Promise<Settings | undefined> {
  return (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
}

describe('options store', () => {
  it('stores a valid setting on top of the defaults', async () => {
    expect(await saveSetting('blockMinutes', 45)).toBeNull();
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
  });

  it('refuses an invalid setting with a message and writes nothing', async () => {
    await saveSetting('blockMinutes', 45);
    expect(await saveSetting('blockMinutes', 0)).toBe('Enter a whole number from 1 to 240.');
    expect(await saveSetting('breaks', [])).toBe('Choose at least one stretch for your breaks.');
    expect(await saveSetting('schedule', { ...DEFAULT_SETTINGS.schedule, start: '18:00', end: '08:00' })).toBe(
      'The working day must end after it starts.',
    );
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
  });

  it('keeps both of two changes made at once', async () => {
    await Promise.all([saveSetting('silent', true), saveSetting('badge', false), saveSetting('restSeconds', 20)]);
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, silent: true, badge: false, restSeconds: 20 });
  });

  it('says why a write failed', async () => {
    const set = fakeBrowser.storage.sync.set;
    fakeBrowser.storage.sync.set = async () => {
      throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    };
    try {
      expect(await saveSetting('silent', true)).toBe('Not saved: QUOTA_BYTES_PER_ITEM quota exceeded');
    } finally {
      fakeBrowser.storage.sync.set = set;
    }
    expect(await saveSetting('silent', true)).toBeNull();
  });

  it('resets to the defaults but keeps fields a newer version wrote', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, blockMinutes: 60, voiceCues: 'calm' } });
    await resetSettings();
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, voiceCues: 'calm' });
  });

  it('resets even when an unknown synced field is too big to write back', async () => {
    const huge = 'x'.repeat(8000);
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, blockMinutes: 60, leftover: huge } });
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    fakeBrowser.storage.sync.set = async (items: Record<string, unknown>) => {
      if (JSON.stringify(items).length > 8192) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      return set(items);
    };
    try {
      expect(await resetSettings()).toBe('cleared');
    } finally {
      fakeBrowser.storage.sync.set = set;
    }
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
  });

  it('resets even when every write but one to an empty area is refused', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, blockMinutes: 60 }, junk: 'y'.repeat(9000) });
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    fakeBrowser.storage.sync.set = async (items: Record<string, unknown>) => {
      if ('junk' in (await fakeBrowser.storage.sync.get(null))) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    };
    try {
      expect(await resetSettings()).toBe('cleared');
    } finally {
      fakeBrowser.storage.sync.set = set;
    }
    expect(await fakeBrowser.storage.sync.get('junk')).toEqual({});
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs tampered fields with an empty change', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, postureMinutes: 'often', restSeconds: 30 } });
    await updateSettings({});
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, restSeconds: 30 });
  });
});
