import { afterEach, describe, expect, it } from 'vitest';
import { clickOn, type FirefoxExtension, launchFirefox, until } from './harness';

/** Headless Firefox reports the user idle a minute after launch; this leaves room for a busy machine. */
const IDLE_WAIT_MS = 100_000;

interface Session {
  phase: string;
  block: { startedAt: number; endsAt: number } | null;
  pause: { since: number; reason: string } | null;
}

describe('being away in Firefox', () => {
  let ext: FirefoxExtension;

  afterEach(async () => {
    expect(ext.errors()).toEqual([]);
    await ext.close();
  });

  it('pauses the block when Firefox reports the user idle, never from before the block began', async () => {
    ext = await launchFirefox();
    await ext.evalBackground((api) => {
      const seen = globalThis as unknown as { states: string[] };
      seen.states = [];
      api.idle.onStateChanged.addListener((state) => seen.states.push(state));
    });
    const popup = await ext.page('/popup.html');
    await clickOn(popup, '[role="switch"]', 'On ball');
    const session = () =>
      ext.evalBackground(async (api) => (await api.storage.local.get('session')).session as Session);
    const started = await until(session, (s) => s.phase === 'sitting', 'the block to start');

    const paused = await until(session, (s) => s.phase === 'paused', 'the away pause', IDLE_WAIT_MS);
    // Firefox says the person left a minute before it reports it, which was before the block began.
    expect(paused.pause).toEqual({ since: started.block?.startedAt, reason: 'away', until: null });
    expect(paused.block).toEqual(started.block);
    // The session is stored first; the title and alarms follow it.
    await until(
      () =>
        Promise.all([
          ext.evalBackground((api) => api.browserAction.getTitle({})),
          ext.evalBackground((api) => api.alarms.getAll()),
        ]),
      ([title, alarms]) => title === 'On ball: paused, 30\u00a0min left' && alarms.length === 0,
      'the paused title, with no alarms',
    );

    // Firefox has "active" and "idle" only: a locked screen is never reported.
    expect(await ext.evalBackground((api) => api.idle.queryState(60))).toBe('idle');
    expect(await ext.evalBackground(() => (globalThis as unknown as { states: string[] }).states)).toEqual(['idle']);
  });
});
