import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { historyDays } from '../stored-history';
import {
  clickOn,
  type FirefoxExtension,
  launchFirefox,
  MANIFEST,
  moveBlock,
  type NotificationStyle,
  stretchTabsOnceOnBreak,
  until,
} from './harness';

interface Snapshot {
  alarms: { name: string; scheduledTime: number; periodInMinutes?: number }[];
  badge: string;
  title: string;
  icon: Record<string, string>;
  session: {
    phase: string;
    block: { startedAt: number; endsAt: number; nextPostureAt: number | null } | null;
  };
}

/** What the background page has scheduled and shows, read back from Firefox itself. */
async function snapshot(ext: FirefoxExtension): Promise<Snapshot> {
  const shown = await ext.evalBackground(async (api) => {
    const alarms = (await api.alarms.getAll())
      .map(({ name, scheduledTime, periodInMinutes }) => ({ name, scheduledTime, periodInMinutes }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const badge = await api.browserAction.getBadgeText({});
    const title = await api.browserAction.getTitle({});
    const { session } = await api.storage.local.get('session');
    return { alarms, badge, title, session } as never as Omit<Snapshot, 'icon'>;
  });
  return { ...shown, icon: await ext.toolbarIcon() };
}

/** The background applies alarms, badge, title and icon together; a snapshot between them is not settled. */
function settled(s: Snapshot): boolean {
  const on = s.session.phase === 'sitting';
  return (
    s.alarms.length === (on ? 3 : 0) &&
    (s.badge !== '') === on &&
    s.title.startsWith(on ? 'On ball:' : 'On the Ball:') &&
    s.icon[16] === `/icon/${on ? 'on' : 'off'}-16.png`
  );
}

function onBallState(popup: Page): Promise<string | null> {
  return popup.evaluate(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') ?? null);
}

function flipOnBall(popup: Page): Promise<void> {
  return clickOn(popup, '[role="switch"]', 'On ball');
}

/** Opens the popup, flips "On ball" and waits until the badge shows the full block. */
async function switchOnFromPopup(ext: FirefoxExtension): Promise<{ popup: Page; started: Snapshot }> {
  const popup = await ext.page('/popup.html');
  await until(
    () => onBallState(popup),
    (state) => state === 'false',
    'the popup switch',
  );
  await flipOnBall(popup);
  const started = await until(
    () => snapshot(ext),
    (s) => settled(s) && s.badge === '30',
    'the block to start',
  );
  return { popup, started };
}

/** The stored history's days, by date. */
async function storedDays<Day>(ext: FirefoxExtension): Promise<Record<string, Day>> {
  return historyDays<Day>(await ext.evalBackground((api) => api.storage.local.get(null)));
}

/** Flips "On ball" off and, once the toolbar shows it, returns the stored history's days. */
async function switchOffAndReadDays(ext: FirefoxExtension, popup: Page): Promise<object[]> {
  await flipOnBall(popup);
  await until(
    () => snapshot(ext),
    // Settled means the history, written before the toolbar changes, is there too.
    (s) => s.session.phase === 'off' && settled(s),
    'the block to stop',
  );
  return Object.values(await storedDays<object>(ext));
}

describe('the toolbar button and the block in Firefox', () => {
  let ext: FirefoxExtension;
  const launch = async (notifications?: NotificationStyle) => {
    ext = await launchFirefox({ notifications });
    return ext;
  };

  afterEach(async () => {
    expect(ext.errors()).toEqual([]);
    await ext.close();
  });

  it('the popup switch starts a block: alarms, badge, title and the "on" icon; switching off undoes them', async () => {
    await launch();
    expect(MANIFEST.browser_action.default_icon).toEqual({ 16: 'icon/off-16.png', 32: 'icon/off-32.png' });
    expect(await ext.toolbarIcon()).toEqual({ 16: '/icon/off-16.png', 32: '/icon/off-32.png' });
    const popup = await ext.page('/popup.html');
    await until(
      () => onBallState(popup),
      (state) => state === 'false',
      'the popup switch',
    );
    expect((await snapshot(ext)).alarms).toEqual([]);

    await flipOnBall(popup);
    const on = await until(
      () => snapshot(ext),
      (s) => settled(s) && s.badge === '30',
      'the badge to show the block',
    );
    expect(on.session.phase).toBe('sitting');
    expect(on.alarms.map((a) => a.name)).toEqual(['badge-minute', 'block-end', 'posture-check']);
    expect(on.alarms.find((a) => a.name === 'block-end')?.scheduledTime).toBe(on.session.block?.endsAt);
    expect((on.session.block?.endsAt ?? 0) - (on.session.block?.startedAt ?? 0)).toBe(30 * 60_000);
    expect(on.title).toBe('On ball: 30\u00a0min left, posture check in 10\u00a0min');
    expect(on.icon).toEqual({ 16: '/icon/on-16.png', 32: '/icon/on-32.png' });
    await until(
      () => onBallState(popup),
      (state) => state === 'true',
      'the switch to show on',
    );

    await flipOnBall(popup);
    const off = await until(
      () => snapshot(ext),
      (s) => s.session.phase === 'off' && settled(s),
      'the alarms to clear',
    );
    expect(off.badge).toBe('');
    expect(off.title).toBe('On the Ball: off ball');
    expect(off.icon).toEqual({ 16: '/icon/off-16.png', 32: '/icon/off-32.png' });
  });

  it('restores the block, its alarms and badge when the add-on restarts', async () => {
    await launch();
    const { started: before } = await switchOnFromPopup(ext);

    await ext.reloadAddon();
    const after = await until(
      () => snapshot(ext),
      (s) => settled(s) && s.session.phase === 'sitting',
      'the alarms to be restored',
    );
    expect(after.session).toEqual(before.session);
    expect(after.alarms.map((a) => [a.name, a.scheduledTime])).toEqual(
      before.alarms.map((a) => [a.name, a.scheduledTime]),
    );
    expect(after.badge).toMatch(/^(30|29)$/);
    expect(after.title).toMatch(/^On ball: (30|29)\u00a0min left/);
    expect(after.icon).toEqual({ 16: '/icon/on-16.png', 32: '/icon/on-32.png' });
  });

  it('a posture check that Firefox closes on its own is not counted as answered', async () => {
    await launch('system');
    const { popup } = await switchOnFromPopup(ext);
    // Listen beside the product, to know when Firefox has reported the close.
    await ext.evalBackground((api) => {
      const seen = globalThis as unknown as { closes: [string, boolean][] };
      seen.closes = [];
      api.notifications.onClosed.addListener((id, byUser) => seen.closes.push([id, byUser]));
    });
    await moveBlock(ext, 'posture', Date.now());
    const closes = await until(
      () => ext.evalBackground(() => (globalThis as unknown as { closes: [string, boolean][] }).closes),
      (list) => list.length > 0,
      'Firefox to close the posture check',
    );
    // Firefox says the person closed it, though nobody did.
    expect(closes).toEqual([['posture', true]]);

    expect(await switchOffAndReadDays(ext, popup)).toEqual([
      expect.objectContaining({ postureAnswered: 0, postureIgnored: 1 }),
    ]);
  });

  it('clicking a posture check counts it as answered', async () => {
    await launch('window');
    const { popup } = await switchOnFromPopup(ext);
    await moveBlock(ext, 'posture', Date.now());
    const shown = await until(
      () => ext.notificationTexts(),
      (texts) => texts.length > 0,
      'the posture check',
    );
    expect(shown).toEqual(['Sit tall, with your head and chest up.']);
    await ext.clickNotification(shown[0] ?? '');
    await until(
      () => storedDays<{ postureAnswered: number }>(ext),
      (days) => Object.values(days)[0]?.postureAnswered === 1,
      'the answer in the history',
    );

    expect(await switchOffAndReadDays(ext, popup)).toEqual([
      expect.objectContaining({ postureAnswered: 1, postureIgnored: 0 }),
    ]);
  });

  it('the block-done notification has no buttons: clicking it starts the stretch break', async () => {
    await launch('window');
    await switchOnFromPopup(ext);

    await moveBlock(ext, 'end', Date.now() - 1000);
    const shown = await until(
      () => ext.notificationTexts(),
      (texts) => texts.length > 0,
      'the block-done notification',
    );
    expect(shown).toEqual(['You sat on the ball for 30\u00a0min. Click here to start a stretch break.']);
    // Firefox answers with each notification's options, where Chrome says only `true`.
    const stored = (await ext.evalBackground((api) => api.notifications.getAll())) as unknown as Record<string, object>;
    expect(Object.keys(stored)).toEqual(['block-done']);
    expect(stored['block-done']).not.toHaveProperty('buttons');
    expect((await snapshot(ext)).badge).toBe('✓');

    await ext.clickNotification(shown[0] ?? '');
    expect(await stretchTabsOnceOnBreak(ext)).toHaveLength(1);
  });
});
