import { describe, expect, it, vi } from 'vitest';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings';
import { loadCustomExercises } from '@/utils/storage/custom-exercises';
import { putCustomExercises, removeCustomExercise, saveCustomExercise } from '@/utils/storage/save-custom-exercise';

const own = (n: number, change: Partial<CustomExercise> = {}): CustomExercise => ({
  id: `custom-${n}`,
  name: `Exercise ${n}`,
  steps: '',
  kind: 'reps',
  amount: 10,
  sets: 2,
  perSide: false,
  progression: null,
  ...change,
});

async function storedRoutines(): Promise<Settings['routines']> {
  return ((await browser.storage.sync.get('settings')).settings as Settings).routines;
}

describe('storing custom exercises', () => {
  it('stores each under its own synced key and adds a new one to both routines', async () => {
    expect(await saveCustomExercise(own(1))).toBeNull();
    expect(await browser.storage.sync.get('custom-1')).toEqual({ 'custom-1': own(1) });
    expect((await storedRoutines()).full.at(-1)).toEqual({ id: 'custom-1', on: true, sets: 2 });
    expect((await storedRoutines()).quick.at(-1)).toEqual({ id: 'custom-1', on: false, sets: 1 });

    expect(await saveCustomExercise(own(1, { name: 'Renamed' }))).toBeNull();
    expect(await loadCustomExercises()).toEqual([own(1, { name: 'Renamed' })]);
    expect((await storedRoutines()).full.filter((e) => e.id === 'custom-1')).toHaveLength(1);
  });

  it('writes nothing for an invalid exercise or one past twenty', async () => {
    expect(await saveCustomExercise(own(1, { sets: 11 }))).toBe('invalid');
    expect(await browser.storage.sync.get(null)).toEqual({});
    for (let n = 0; n < 20; n += 1) await browser.storage.sync.set({ [`custom-${n}`]: own(n) });
    expect(await saveCustomExercise(own(99))).toBe('tooMany');
    expect(await browser.storage.sync.get('custom-99')).toEqual({});
  });

  it('says when the synced storage is full instead of failing silently', async () => {
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await saveCustomExercise(own(1))).toBe('overQuota');
  });

  it('removes one from both routines and from storage', async () => {
    await saveCustomExercise(own(1));
    await removeCustomExercise('custom-1');
    expect(await loadCustomExercises()).toEqual([]);
    expect(await storedRoutines()).toEqual(DEFAULT_SETTINGS.routines);
  });

  it('leaves out an unreadable stored exercise and keeps the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await browser.storage.sync.set({ 'custom-1': own(1), 'custom-2': { ...own(2), amount: '10' } });
    expect(await loadCustomExercises()).toEqual([own(1)]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('custom-2'));
  });

  it('replaces them all, as an import does, and leaves every other synced key alone', async () => {
    await saveCustomExercise(own(1));
    await browser.storage.sync.set({ 'custom-2': { stale: true }, unknown: 1 });
    const routines = await storedRoutines();
    await putCustomExercises({ 'custom-2': own(2), 'custom-3': own(3), settings: 'not an exercise' });
    expect(await loadCustomExercises()).toEqual([own(2), own(3)]);
    expect(await browser.storage.sync.get('custom-1')).toEqual({});
    expect(await storedRoutines()).toEqual(routines);
    expect(await browser.storage.sync.get('unknown')).toEqual({ unknown: 1 });
  });
});
