import { beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPlan } from '@/utils/background/apply-plan';
import { step } from '@/utils/domain/machine';
import { plan } from '@/utils/domain/plan';
import { MINUTE, OFF } from '@/utils/domain/session';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { toolbarFaceItem } from '@/utils/storage/items';

const T0 = new Date(2026, 10, 23, 10, 0, 0).getTime();
const sitting = step(OFF, { type: 'start' }, T0, DEFAULT_SETTINGS).session;
const offPlan = plan(OFF, DEFAULT_SETTINGS, T0);
const sittingAt = (minutes: number) => plan(sitting, DEFAULT_SETTINGS, T0 + minutes * MINUTE);

// The fake button has no icons: setting one is only recorded.
const setIcon = vi.fn<typeof fakeBrowser.action.setIcon>(async () => undefined);
let setBadgeText: MockInstance;

beforeEach(() => {
  setIcon.mockClear();
  fakeBrowser.action.setIcon = setIcon;
  setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
});

describe('the toolbar button', () => {
  it('is set in full once, then only where the plan changes it', async () => {
    await applyPlan(sittingAt(0));
    expect(setIcon).toHaveBeenCalledTimes(1);
    expect(setIcon).toHaveBeenLastCalledWith({ path: { 16: '/icon/on-16.png', 32: '/icon/on-32.png' } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('30');
    expect(await toolbarFaceItem.getValue()).toMatchObject({ badge: '30', iconOn: true });

    // The same minute again: nothing to set.
    await applyPlan(sittingAt(0));
    expect(setIcon).toHaveBeenCalledTimes(1);
    expect(setBadgeText).toHaveBeenCalledTimes(1);

    // A minute later only the badge and the tooltip change.
    await applyPlan(sittingAt(1));
    expect(setIcon).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('29');

    await applyPlan(offPlan);
    expect(setIcon).toHaveBeenCalledTimes(2);
    expect(setIcon).toHaveBeenLastCalledWith({ path: { 16: '/icon/off-16.png', 32: '/icon/off-32.png' } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('is set in full again once the browser has forgotten it, or when what was noted is unreadable', async () => {
    await applyPlan(sittingAt(0));
    // A browser restart or an update clears session storage along with the button.
    await fakeBrowser.storage.session.clear();
    await applyPlan(sittingAt(0));
    expect(setIcon).toHaveBeenCalledTimes(2);

    await fakeBrowser.storage.session.set({ toolbarFace: 'not a face' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await applyPlan(sittingAt(0));
    expect(setIcon).toHaveBeenCalledTimes(3);
    expect(warn).toHaveBeenCalledWith('Stored toolbar state was unreadable; setting it again.', 'not a face');
  });

  it('is set again on the next wake when setting it failed', async () => {
    setIcon.mockRejectedValueOnce(new Error('Could not load the icon'));
    await expect(applyPlan(sittingAt(0))).rejects.toThrow('Could not load the icon');
    expect(await toolbarFaceItem.getValue()).toBeNull();
    await applyPlan(sittingAt(0));
    expect(setIcon).toHaveBeenCalledTimes(2);
    expect(await toolbarFaceItem.getValue()).toMatchObject({ iconOn: true });
  });
});
