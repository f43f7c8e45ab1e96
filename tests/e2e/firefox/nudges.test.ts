import { afterEach, describe, expect, it } from 'vitest';
import { CALM_GREEN, LAST_MINUTE_AMBER } from '../badge-colors';
import { historyDays } from '../stored-history';
import { clickOn, type FirefoxExtension, launchFirefox, moveBlock, shows, until } from './harness';

/** Firefox's clock runs the block: a minute, plus room for a busy machine. */
const MINUTE_WAIT_MS = 100_000;

interface Seen {
  notices: string[];
  phase: string;
  held: { notice: string } | null;
  badge: string;
  badgeColor: number[];
  windows: string[];
}

const same = (a: number[], b: number[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/** What the person would see, the stored session and the windows' states, read back from the background in one go. */
function seen(ext: FirefoxExtension): Promise<Seen> {
  return ext.evalBackground(async (api) => {
    const { session } = (await api.storage.local.get('session')) as {
      session?: { phase: string; held?: { notice: string } | null };
    };
    return {
      notices: Object.keys(await api.notifications.getAll()),
      phase: session?.phase ?? 'off',
      held: session?.held ?? null,
      badge: await api.browserAction.getBadgeText({}),
      badgeColor: await api.browserAction.getBadgeBackgroundColor({}),
      windows: (await api.windows.getAll()).map((w) => w.state ?? ''),
    };
  });
}

/**
 * Puts every browser window in `state` through the windows API, as a presentation would.
 * Headless Firefox has a real window for this: it starts "maximized", reports "fullscreen"
 * once asked, and goes back to "normal".
 */
function setWindows(ext: FirefoxExtension, state: 'fullscreen' | 'normal'): Promise<string[]> {
  return ext.evalBackground(async (api, wanted) => {
    for (const w of await api.windows.getAll()) {
      if (w.id !== undefined) await api.windows.update(w.id, { state: wanted });
    }
    return (await api.windows.getAll()).map((w) => w.state ?? '');
  }, state);
}

/** Stores the settings, then starts a block from the popup's switch as a person would. */
async function startBlock(ext: FirefoxExtension, settings: Record<string, unknown>) {
  // Headless Firefox reports the user idle a minute after launch; these blocks outlast that.
  await ext.evalBackground((api, value) => api.storage.sync.set({ settings: value }), {
    pauseWhenAway: false,
    ...settings,
  });
  const popup = await ext.page('/popup.html');
  await clickOn(popup, '[role="switch"]', 'On ball');
  await until(
    () => seen(ext),
    (s) => s.phase === 'sitting' && s.badge !== '',
    'the block to start',
  );
  return popup;
}

describe('nudges that respect the moment, in Firefox', () => {
  let ext: FirefoxExtension;

  afterEach(async () => {
    expect(ext.errors()).toEqual([]);
    await ext.close();
  });

  it('holds "block done" while the window is full screen and shows it once full screen ends', async () => {
    ext = await launchFirefox({ notifications: 'window' });
    await startBlock(ext, { blockMinutes: 1, postureEnabled: false });
    // Every read from here on goes through the page already open: a new tab could change the window.
    expect((await seen(ext)).windows).toEqual(['maximized']);
    expect(await setWindows(ext, 'fullscreen')).toEqual(['fullscreen']);

    // The block ends on time while the window is full screen: its notice is held, not shown.
    const during = await until(
      () => seen(ext),
      (s) => s.phase === 'blockDone' && s.badge === '✓',
      'the block to end',
      MINUTE_WAIT_MS,
    );
    expect(during.held).toEqual(expect.objectContaining({ notice: 'blockDone' }));
    expect(during.notices).toEqual([]);
    expect(await ext.notificationTexts()).toEqual([]);
    // The badge and the alarms are set together: wait for the block's own to go.
    const alarms = await until(
      () => ext.evalBackground(async (api) => (await api.alarms.getAll()).map((a) => a.name)),
      (names) => !names.includes('block-end'),
      "the block's alarms to go",
    );
    expect(alarms).toEqual(['held-notice']);

    expect(await setWindows(ext, 'normal')).toEqual(['normal']);
    // Nothing watches the windows: the held notice's own alarm looks again within a minute.
    const shown = await until(
      () => ext.notificationTexts(),
      (texts) => texts.length > 0,
      'the held block-done notification',
      MINUTE_WAIT_MS,
    );
    expect(shown).toEqual(['You sat on the ball for 1\u00a0min. Click here to start a stretch break.']);
    const after = await seen(ext);
    expect(after.notices).toEqual(['block-done']);
    expect(after.held).toBeNull();
    expect(after.phase).toBe('blockDone');
    const history = historyDays(await ext.evalBackground((api) => api.storage.local.get(null)));
    expect(Object.values(history)).toEqual([expect.objectContaining({ blocksCompleted: 1, satSeconds: 60 })]);
  }, 240_000);

  it('holds a posture check while a page is full screen, as a video or a slide deck makes it, and shows it after', async () => {
    ext = await launchFirefox({ notifications: 'window' });
    await startBlock(ext, { blockMinutes: 30 });
    // The page asks on a click, as a player's full-screen button does; Firefox grants it only to the tab in front.
    const video = await ext.page('/progress.html');
    await video.bringToFront();
    await video.evaluate(() => {
      document.addEventListener('click', () => void document.documentElement.requestFullscreen(), { once: true });
    });
    await video.mouse.click(10, 10);
    // The whole window goes full screen with the page, and the windows API says so.
    await until(
      () => seen(ext),
      (s) => s.windows.join() === 'fullscreen',
      'the page to go full screen',
    );

    await moveBlock(ext, 'posture', Date.now());
    const during = await seen(ext);
    expect(during.held).toEqual(expect.objectContaining({ notice: 'posture' }));
    expect(during.notices).toEqual([]);
    expect(await ext.notificationTexts()).toEqual([]);

    await video.evaluate(() => document.exitFullscreen());
    await until(
      () => seen(ext),
      (s) => s.windows.join() === 'maximized',
      'full screen to end',
    );
    // The next time the background wakes, here for a page asking for the state, it shows the held check.
    expect((await ext.send({ type: 'getState' })).ok).toBe(true);
    const shown = await until(
      () => ext.notificationTexts(),
      (texts) => texts.length > 0,
      'the held posture check',
    );
    expect(shown).toEqual(['Sit tall, with your head and chest up.']);
    expect(await seen(ext)).toMatchObject({ held: null, notices: ['posture'], phase: 'sitting' });
  });

  it('gives the heads-up and turns the badge amber in the last minute, before the block ends', async () => {
    ext = await launchFirefox({ notifications: 'window' });
    await startBlock(ext, { blockMinutes: 2, postureEnabled: false, headsUp: true });
    // The badge's text and colour are set together, after the session is stored.
    await until(
      () => seen(ext),
      (s) => s.badge === '2' && same(s.badgeColor, CALM_GREEN),
      'two minutes on a green badge',
    );

    const shown = await until(
      () => ext.notificationTexts(),
      (texts) => texts.length > 0,
      'the heads-up',
      MINUTE_WAIT_MS,
    );
    expect(shown).toEqual(['Your block ends in a minute. Time to finish your thought.']);
    // The notice is shown before the badge changes, in the same wake.
    const lastMinute = await until(
      () => seen(ext),
      (s) => s.badge === '1' && same(s.badgeColor, LAST_MINUTE_AMBER),
      'one minute on an amber badge',
    );
    expect(lastMinute.phase).toBe('sitting');
    expect(lastMinute.notices).not.toContain('block-done');
  }, 200_000);

  it('"Until tomorrow" in the popup pauses the block until local midnight, with an alarm to resume', async () => {
    ext = await launchFirefox();
    const popup = await startBlock(ext, { blockMinutes: 30 });
    await clickOn(popup, 'button', 'Pause');
    await clickOn(popup, 'button', 'Until tomorrow');

    const paused = await until(
      () =>
        ext.evalBackground(async (api) => ({
          session: (await api.storage.local.get('session')).session as {
            phase: string;
            pause: { since: number; until: number | null; reason: string } | null;
          },
          alarms: (await api.alarms.getAll()).map((a) => [a.name, a.scheduledTime]),
          badge: await api.browserAction.getBadgeText({}),
        })),
      // The block's alarms are cleared and the pause's set after the session is stored.
      ({ session, alarms }) =>
        session.phase === 'paused' &&
        alarms.some(([name]) => name === 'pause-end') &&
        !alarms.some(([name]) => name === 'block-end'),
      'the pause and its alarm',
    );
    const since = paused.session.pause?.since ?? 0;
    // Local midnight after the pause began, worked out in Firefox's own time zone.
    const midnight = await popup.evaluate((ms) => {
      const d = new Date(ms);
      d.setHours(24, 0, 0, 0);
      return d.getTime();
    }, since);
    expect(paused.session.pause).toEqual({ since, until: midnight, reason: 'user' });
    expect(paused.alarms).toEqual([['pause-end', midnight]]);

    // The popup says it resumes tomorrow, rather than naming midnight.
    await until(() => shows(popup, 'p', 'Paused until tomorrow.'), Boolean, 'the popup to say until when');
    expect(await shows(popup, 'button', 'Resume')).toBe(true);
  });
});
