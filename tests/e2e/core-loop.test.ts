import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from './harness';
import { storedHistory } from './stored-history';

interface Snapshot {
  alarms: { name: string; scheduledTime: number; periodInMinutes?: number }[];
  badge: string;
  title: string;
  session: { phase: string; block: { endsAt: number; startedAt: number; nextPostureAt: number | null } | null };
}

/** What the worker has scheduled and shows, read back from the browser itself. */
function snapshot(ext: Extension): Promise<Snapshot> {
  return ext.evalWorker(async () => {
    const alarms = (await chrome.alarms.getAll())
      .map(({ name, scheduledTime, periodInMinutes }) => ({ name, scheduledTime, periodInMinutes }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const badge = await chrome.action.getBadgeText({});
    const title = await chrome.action.getTitle({});
    const { session } = await chrome.storage.local.get('session');
    return { alarms, badge, title, session } as never;
  });
}

/** How the tooltip starts in each phase these tests reach. */
const TITLE_START: Record<string, string> = {
  off: 'On the Ball: off ball',
  sitting: 'On ball:',
  blockDone: 'Block done',
};

/** When the named alarm is due; NaN when there is none. */
const alarmAt = (s: Snapshot, name: string) => s.alarms.find((a) => a.name === name)?.scheduledTime ?? Number.NaN;

/**
 * A snapshot once the browser shows the stored `phase`: the worker stores the session before it
 * sets alarms, badge and tooltip, so a read between the two would see them disagree. A block in
 * these tests has three alarms: its end, the next posture check and the badge's minute.
 */
async function settledIn(ext: Extension, phase: string): Promise<Snapshot> {
  let last = await snapshot(ext);
  const agrees = (s: Snapshot) =>
    (s.session?.phase ?? 'off') === phase &&
    s.alarms.length === (phase === 'sitting' ? 3 : 0) &&
    (phase !== 'sitting' || alarmAt(s, 'posture-check') === s.session.block?.nextPostureAt) &&
    (s.badge !== '') === (phase !== 'off') &&
    s.title.startsWith(TITLE_START[phase] ?? '');
  await expect
    .poll(async () => {
      last = await snapshot(ext);
      return agrees(last);
    })
    .toBe(true);
  return last;
}

async function onBallSwitch(page: Page) {
  const toggle = page.getByRole('switch', { name: 'On ball' });
  await toggle.waitFor();
  return toggle;
}

/** Flips "On ball" in the popup and waits until the browser shows the full block. */
async function switchOnFromPopup(ext: Extension, minutes = 30): Promise<Page> {
  const popup = await ext.page('/popup.html');
  await (await onBallSwitch(popup)).click();
  expect((await settledIn(ext, 'sitting')).badge).toBe(String(minutes));
  return popup;
}

describe('core loop in the built extension', () => {
  let ext: Extension;

  beforeEach(async () => {
    ext = await launchExtension();
  });

  afterEach(async () => {
    await ext.close();
  });

  it('starts a block from the popup switch, with alarms, badge and title to match', async () => {
    const popup = await ext.page('/popup.html');
    const toggle = await onBallSwitch(popup);
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    const before = await snapshot(ext);
    expect(before.alarms).toEqual([]);
    expect(before.badge).toBe('');

    await toggle.click();
    const on = await settledIn(ext, 'sitting');
    expect(on.badge).toBe('30');
    expect(on.alarms.map((a) => a.name)).toEqual(['badge-minute', 'block-end', 'posture-check']);
    const blockEnd = on.alarms.find((a) => a.name === 'block-end');
    const block = on.session.block;
    expect(block).not.toBeNull();
    expect(blockEnd?.scheduledTime).toBe(block?.endsAt);
    expect((block?.endsAt ?? 0) - (block?.startedAt ?? 0)).toBe(30 * 60_000);
    expect(on.title).toBe('On ball: 30\u00a0min left, posture check in 10\u00a0min');
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');

    await toggle.click();
    const off = await settledIn(ext, 'off');
    expect(off.alarms).toEqual([]);
    expect(off.badge).toBe('');
    expect(off.title).toBe('On the Ball: off ball');
  });

  it('keeps the block, alarms and badge unchanged when the worker is stopped', async () => {
    const popup = await switchOnFromPopup(ext);
    const before = await snapshot(ext);
    await popup.close();

    await ext.stopWorker();
    expect(await ext.isWorkerRunning()).toBe(false);
    const after = await snapshot(ext);
    expect(after.session).toEqual(before.session);
    expect(after.alarms).toEqual(before.alarms);
    expect(after.badge).toBe('30');
  });

  it('restores the block, alarms and badge after the browser restarts mid-block', async () => {
    await switchOnFromPopup(ext);
    const before = await snapshot(ext);

    await ext.relaunch();
    const after = await settledIn(ext, 'sitting');
    expect(after.badge).toBe('30');
    expect(after.session).toEqual(before.session);
    expect(alarmAt(after, 'block-end')).toBe(alarmAt(before, 'block-end'));
    expect(alarmAt(after, 'posture-check')).toBe(alarmAt(before, 'posture-check'));
    expect(after.alarms.map((a) => a.name)).toEqual(before.alarms.map((a) => a.name));

    const reopened = await ext.page('/popup.html');
    await (await onBallSwitch(reopened)).click();
    const off = await settledIn(ext, 'off');
    expect(off.alarms).toEqual([]);
    expect(off.badge).toBe('');
  });

  it('after a sleep past the block end: one "block done", no stale posture check, nothing left scheduled', async () => {
    const popup = await switchOnFromPopup(ext);
    await popup.close();
    // The laptop sleeps for two hours: move the stored block into the past, as the clock would.
    await ext.evalWorker(async (hours) => {
      const { session } = (await chrome.storage.local.get('session')) as {
        session: { block: { startedAt: number; endsAt: number; nextPostureAt: number } };
      };
      const shift = hours * 3_600_000;
      session.block.startedAt -= shift;
      session.block.endsAt -= shift;
      session.block.nextPostureAt -= shift;
      await chrome.storage.local.set({ session });
    }, 2);
    await ext.stopWorker();

    const after = await settledIn(ext, 'blockDone');
    const notices = await ext.evalWorker(() => chrome.notifications.getAll());
    expect(Object.keys(notices)).toEqual(['block-done']);
    expect(after.alarms).toEqual([]);
    expect(after.badge).toBe('✓');
    expect(after.title).toBe('Block done: time for a stretch break');
    const history = await storedHistory<{ blocksCompleted: number; satSeconds: number }>(ext);
    // A block that crossed midnight is shared between two days.
    const days = Object.values(history);
    expect(days.reduce((sum, day) => sum + day.satSeconds, 0)).toBe(1800);
    expect(days.reduce((sum, day) => sum + day.blocksCompleted, 0)).toBe(1);
  });

  it('schedules the check after a late one on the minute badge’s wake, not a moment after it', async () => {
    const popup = await switchOnFromPopup(ext);
    await popup.close();
    // The check fell due a little while ago, off the countdown's minutes, as after a late wake.
    await ext.evalWorker(async () => {
      const { session } = (await chrome.storage.local.get('session')) as {
        session: { block: { nextPostureAt: number } };
      };
      session.block.nextPostureAt = Date.now() - 1234;
      await chrome.storage.local.set({ session });
    });
    await ext.stopWorker();

    const shown = () => ext.evalWorker(async () => 'posture' in (await chrome.notifications.getAll()));
    await expect.poll(shown).toBe(true);
    const after = await settledIn(ext, 'sitting');
    const next = alarmAt(after, 'posture-check');
    expect(Math.abs(next - Date.now() - 10 * 60_000)).toBeLessThan(45_000);
    // On a minute of the countdown: the badge's alarm wakes the worker then, and Chrome would
    // hold back an alarm due just after it by up to 30 seconds.
    expect((next - alarmAt(after, 'badge-minute')) % 60_000).toBe(0);
    expect(((after.session.block?.endsAt ?? 0) - next) % 60_000).toBe(0);
  });

  it('shows a posture check and then the block-end notification at the right times', async () => {
    await ext.evalWorker(() => chrome.storage.sync.set({ settings: { blockMinutes: 2, postureMinutes: 1 } }));
    await switchOnFromPopup(ext, 2);
    const started = (await snapshot(ext)).session.block?.startedAt ?? 0;

    const seen = (id: string) => ext.evalWorker(async (key) => key in (await chrome.notifications.getAll()), id);
    await expect.poll(() => seen('posture'), { timeout: 75_000, interval: 1000 }).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(60_000);
    expect(await seen('block-done')).toBe(false);

    await expect.poll(() => seen('block-done'), { timeout: 75_000, interval: 1000 }).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(120_000);
    expect((await snapshot(ext)).session.phase).toBe('blockDone');
    expect(await seen('posture')).toBe(false);
  }, 200_000);
});
