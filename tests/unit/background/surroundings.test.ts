import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '@/utils/background/dispatch';
import { lookAround } from '@/utils/background/surroundings';
import { MINUTE } from '@/utils/domain/session';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { settingsItem } from '@/utils/storage/items';
import { loadSession } from '@/utils/storage/read';
import { fakeIdle } from '../../setup';

const T0 = new Date(2026, 10, 23, 10, 0, 0).getTime();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('looking around when the worker wakes', () => {
  it('sees a full-screen window, unless holding is turned off', async () => {
    expect(await lookAround(DEFAULT_SETTINGS)).toEqual({ fullScreen: false, away: false });
    await fakeBrowser.windows.create({ state: 'normal' });
    expect(await lookAround(DEFAULT_SETTINGS)).toEqual({ fullScreen: false, away: false });
    await fakeBrowser.windows.create({ state: 'fullscreen' });
    expect(await lookAround(DEFAULT_SETTINGS)).toEqual({ fullScreen: true, away: false });
    expect(await lookAround({ ...DEFAULT_SETTINGS, holdInFullScreen: false })).toEqual({
      fullScreen: false,
      away: false,
    });
  });

  it('sees nobody at the desk when the computer is idle or locked, if pausing when away is on', async () => {
    fakeIdle.queryState.mockResolvedValueOnce('locked');
    expect(await lookAround(DEFAULT_SETTINGS)).toEqual({ fullScreen: false, away: true });
    fakeIdle.queryState.mockResolvedValueOnce('idle');
    expect(await lookAround(DEFAULT_SETTINGS)).toEqual({ fullScreen: false, away: true });
    const asked = fakeIdle.queryState.mock.calls.length;
    expect(await lookAround({ ...DEFAULT_SETTINGS, pauseWhenAway: false })).toEqual({ fullScreen: false, away: false });
    expect(fakeIdle.queryState.mock.calls.length).toBe(asked);
  });

  it('asks the browser nothing off ball, and looks on every event once a block runs', async () => {
    const windows = vi.spyOn(fakeBrowser.windows, 'getAll');
    const idleAsked = fakeIdle.queryState.mock.calls.length;
    await dispatch({ type: 'wake' });
    await dispatch({ type: 'start' });
    expect(windows).not.toHaveBeenCalled();
    expect(fakeIdle.queryState.mock.calls.length).toBe(idleAsked);
    await dispatch({ type: 'wake' });
    expect(windows).toHaveBeenCalledTimes(1);
    expect(fakeIdle.queryState.mock.calls.length).toBe(idleAsked + 1);
  });

  it('holds "block done" while a window is full screen and shows it on the first wake after', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, blockMinutes: 1, postureEnabled: false });
    await dispatch({ type: 'start' });
    const presentation = await fakeBrowser.windows.create({ state: 'fullscreen' });

    vi.setSystemTime(T0 + MINUTE);
    await dispatch({ type: 'wake' });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    expect((await loadSession()).held).toEqual({ notice: 'blockDone', at: T0 + MINUTE });
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map(({ name, periodInMinutes }) => ({ name, periodInMinutes }))).toEqual([
      { name: 'held-notice', periodInMinutes: 1 },
    ]);

    await fakeBrowser.windows.remove(presentation.id as number);
    vi.setSystemTime(T0 + 2 * MINUTE);
    await dispatch({ type: 'wake' });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['block-done']);
    expect((await loadSession()).held).toBeNull();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});
