import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordBlockEnds } from '@/utils/background/buildup-recorder';
import { dispatch } from '@/utils/background/dispatch';
import type { Effect } from '@/utils/domain/machine';
import { MINUTE } from '@/utils/domain/session';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { blockRunItem, settingsItem } from '@/utils/storage/items';
import { loadBlockRun } from '@/utils/storage/read';

const T0 = Date.UTC(2025, 5, 10, 9);
const finished = (minutes: number): Effect => ({
  type: 'sat',
  from: T0,
  to: T0 + minutes * MINUTE,
  ended: 'completed',
});

beforeEach(() => {
  // The fake browser has no toolbar button; the badge is not what these tests look at.
  Object.assign(fakeBrowser, {
    action: {
      setBadgeText: vi.fn(async () => {}),
      setBadgeBackgroundColor: vi.fn(async () => {}),
      setTitle: vi.fn(async () => {}),
      setIcon: vi.fn(async () => {}),
    },
  });
});

describe('the background keeps the run of finished blocks', () => {
  it('counts a block that ran to its end and restarts after one ended early', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, blockMinutes: 1, postureEnabled: false });
    await dispatch({ type: 'start' }, () => T0);
    await dispatch({ type: 'wake' }, () => T0 + MINUTE + 500);
    expect(await blockRunItem.getValue()).toEqual({ minutes: 1, inARow: 1 });

    await dispatch({ type: 'start' }, () => T0 + 2 * MINUTE);
    await dispatch({ type: 'wake' }, () => T0 + 3 * MINUTE);
    expect(await blockRunItem.getValue()).toEqual({ minutes: 1, inARow: 2 });

    await dispatch({ type: 'start' }, () => T0 + 4 * MINUTE);
    await dispatch({ type: 'stop' }, () => T0 + 4 * MINUTE + 20_000);
    expect(await blockRunItem.getValue()).toEqual({ minutes: 1, inARow: 0 });
  });
});

describe('recordBlockEnds', () => {
  it('stores the run after each block that ended', async () => {
    await recordBlockEnds([finished(30)], 30);
    await recordBlockEnds([{ type: 'posture', outcome: 'good', at: T0 }, finished(30)], 30);
    expect(await blockRunItem.getValue()).toEqual({ minutes: 30, inARow: 2 });
    await recordBlockEnds([{ type: 'sat', from: T0, to: T0 + 7 * MINUTE, ended: 'early' }], 30);
    expect(await blockRunItem.getValue()).toEqual({ minutes: 30, inARow: 0 });
  });

  it('writes nothing when no block ended', async () => {
    await recordBlockEnds(
      [
        { type: 'sat', from: T0, to: T0 + MINUTE, ended: null },
        { type: 'openBreak', routine: 'full' },
      ],
      30,
    );
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('starts afresh from an unreadable stored run', async () => {
    await fakeBrowser.storage.local.set({ blockRun: { minutes: 'thirty', inARow: -1 } });
    expect(await loadBlockRun()).toEqual({ minutes: 0, inARow: 0 });
    await recordBlockEnds([finished(30)], 30);
    expect(await blockRunItem.getValue()).toEqual({ minutes: 30, inARow: 1 });
  });
});
