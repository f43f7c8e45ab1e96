import { afterEach, describe, expect, it } from 'vitest';
import { clickOn, type FirefoxExtension, launchFirefox, shows, until } from './harness';

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

    await until(badge, (text) => text === '✓', 'the block to end', BLOCK_WAIT_MS);
    const session = await ext.evalBackground(async (api) => (await api.storage.local.get('session')).session);
    expect(session).toMatchObject({ phase: 'blockDone', lastBlockMinutes: 1 });
    expect(await ext.evalBackground((api) => api.browserAction.getTitle({}))).toBe(
      'Block done: time for a stretch break',
    );
    const history = await ext.evalBackground(async (api) => (await api.storage.local.get('history')).history);
    expect(Object.values(history as Record<string, Day>)).toEqual([
      expect.objectContaining({ satSeconds: 60, blocksCompleted: 1 }),
    ]);

    await until(() => shows(popup, 'button', 'Start stretch break'), Boolean, 'the popup to offer the break');
    await clickOn(popup, 'button', 'Start stretch break');
    await until(
      () => ext.evalBackground(async (api) => (await api.storage.local.get('session')).session),
      (stored) => (stored as { phase: string }).phase === 'onBreak',
      'the break to start',
    );
    const tabs = await until(
      () => ext.evalBackground(async (api) => (await api.tabs.query({})).map((tab) => tab.url ?? '')),
      (urls) => urls.some((url) => url.endsWith('/stretch.html')),
      'the stretch page to open',
    );
    expect(tabs.filter((url) => url.endsWith('/stretch.html'))).toHaveLength(1);
  });
});
