import { afterEach, describe, expect, it } from 'vitest';
import { historyDays } from '../stored-history';
import { clickOn, type FirefoxExtension, launchFirefox, shows, stretchTabsOnceOnBreak, until } from './harness';

/** Firefox's clock runs the block: a minute, plus room for a busy machine. */
const BLOCK_WAIT_MS = 100_000;

interface Day {
  satSeconds: number;
  blocksCompleted: number;
}

describe('a real block in Firefox', () => {
  let ext: FirefoxExtension;

  afterEach(async () => {
    expect(ext.errors()).toEqual([]);
    await ext.close();
  });

  it('a one-minute block reaches "block done" and the popup offers the break', async () => {
    ext = await launchFirefox();
    // Headless Firefox reports the user idle a minute after launch; this block outlasts that.
    await ext.evalBackground((api) => api.storage.sync.set({ settings: { blockMinutes: 1, pauseWhenAway: false } }));
    const popup = await ext.page('/popup.html');
    await clickOn(popup, '[role="switch"]', 'On ball');
    const badge = () => ext.evalBackground((api) => api.browserAction.getBadgeText({}));
    await until(badge, (text) => text === '1', 'the one-minute badge');

    // Badge and title are set together, after the session and history are stored.
    const shown = () => Promise.all([badge(), ext.evalBackground((api) => api.browserAction.getTitle({}))]);
    await until(
      shown,
      ([text, title]) => text === '✓' && title === 'Block done: time for a stretch break',
      'the block to end',
      BLOCK_WAIT_MS,
    );
    const session = await ext.evalBackground(async (api) => (await api.storage.local.get('session')).session);
    expect(session).toMatchObject({ phase: 'blockDone', lastBlockMinutes: 1 });
    const history = historyDays<Day>(await ext.evalBackground((api) => api.storage.local.get(null)));
    expect(Object.values(history)).toEqual([expect.objectContaining({ satSeconds: 60, blocksCompleted: 1 })]);

    // The popup left open redraws from storage into the block-done panel.
    await until(() => shows(popup, 'h2', 'Block done'), Boolean, 'the popup to say the block is done');
    expect(await popup.evaluate(() => document.querySelector('#block-done-title + p')?.textContent)).toBe(
      'You sat on the ball for 1\u00a0min. Time to stand up and stretch.',
    );
    expect(await shows(popup, 'button', 'Another block')).toBe(true);
    await clickOn(popup, 'button', 'Start stretch break');
    expect(await stretchTabsOnceOnBreak(ext)).toHaveLength(1);
  });
});
