import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '@/utils/background/dispatch';
import { MINUTE } from '@/utils/domain/session';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { blockRunItem, settingsItem } from '@/utils/storage/items';

const T0 = Date.UTC(2025, 5, 10, 9);

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
