import type { Worker } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CALM_GREEN, LAST_MINUTE_AMBER } from './badge-colors';
import { type Extension, launchExtension } from './harness';
import { historyDays } from './stored-history';

interface Seen {
  notices: string[];
  phase: string;
  held: { notice: string } | null;
  badge: string;
  badgeColor: number[];
}

/**
 * What the person would see, and the stored session, read back from the worker in one go.
 * It asks the worker it is given rather than opening a page to find it: a new page would
 * take a full-screen window out of full screen.
 */
function seen(worker: Worker): Promise<Seen> {
  return worker.evaluate(async () => {
    const { session } = (await chrome.storage.local.get('session')) as {
      session?: { phase: string; held?: { notice: string } | null };
    };
    return {
      notices: Object.keys(await chrome.notifications.getAll()),
      phase: session?.phase ?? 'off',
      held: session?.held ?? null,
      badge: await chrome.action.getBadgeText({}),
      badgeColor: await chrome.action.getBadgeBackgroundColor({}),
    };
  });
}

/** Puts every browser window in `state`, as a presentation or a full-screen call would. */
function setWindows(worker: Worker, state: 'fullscreen' | 'normal'): Promise<string[]> {
  return worker.evaluate(async (wanted) => {
    for (const w of await chrome.windows.getAll()) {
      if (w.id !== undefined) await chrome.windows.update(w.id, { state: wanted });
    }
    return (await chrome.windows.getAll()).map((w) => w.state ?? '');
  }, state);
}

/**
 * Waits until what the worker shows matches `wanted`: it stores the session before it sets the
 * badge, so a read between the two would see them disagree.
 */
async function until(worker: Worker, wanted: Partial<Seen>, timeout = 10_000): Promise<Seen> {
  let last = await seen(worker);
  await expect
    .poll(
      async () => {
        last = await seen(worker);
        return Object.fromEntries(Object.keys(wanted).map((key) => [key, last[key as keyof Seen]]));
      },
      { timeout, interval: 1000 },
    )
    .toEqual(wanted);
  return last;
}

async function startBlock(ext: Extension, settings: { blockMinutes: number } & Record<string, unknown>) {
  await ext.evalWorker((value) => chrome.storage.sync.set({ settings: value }), settings);
  const control = await ext.page('/manifest.json');
  await control.evaluate(() => chrome.runtime.sendMessage({ type: 'setOnBall', on: true }));
  await control.close();
  const worker = await ext.worker();
  await until(worker, { phase: 'sitting', badge: String(settings.blockMinutes) });
  return worker;
}

describe('nudges that respect the moment, in the built extension', () => {
  let ext: Extension;

  beforeEach(async () => {
    ext = await launchExtension();
  });

  afterEach(async () => {
    await ext.close();
  });

  it('holds "block done" while a window is full screen and shows it once full screen ends', async () => {
    const worker = await startBlock(ext, { blockMinutes: 1, postureEnabled: false });
    expect(await setWindows(worker, 'fullscreen')).toContain('fullscreen');

    // The block ends on time while the window is full screen: its notice is held, not shown.
    const during = await until(worker, { phase: 'blockDone', badge: '✓' }, 90_000);
    expect(during.held).toEqual(expect.objectContaining({ notice: 'blockDone' }));
    expect(during.notices).not.toContain('block-done');

    expect(await setWindows(worker, 'normal')).not.toContain('fullscreen');
    await expect
      .poll(async () => (await seen(worker)).notices, { timeout: 90_000, interval: 1000 })
      .toContain('block-done');
    const after = await seen(worker);
    expect(after.held).toBeNull();
    expect(after.phase).toBe('blockDone');
    const history = historyDays(await worker.evaluate(() => chrome.storage.local.get(null)));
    expect(Object.values(history)).toEqual([expect.objectContaining({ blocksCompleted: 1, satSeconds: 60 })]);
  }, 240_000);

  it('gives the heads-up and turns the badge amber in the last minute, before the block ends', async () => {
    const worker = await startBlock(ext, { blockMinutes: 2, postureEnabled: false, headsUp: true });
    await until(worker, { badge: '2', badgeColor: CALM_GREEN });

    await expect
      .poll(async () => (await seen(worker)).notices, { timeout: 90_000, interval: 1000 })
      .toContain('heads-up');
    const lastMinute = await until(worker, { badge: '1', badgeColor: LAST_MINUTE_AMBER });
    expect(lastMinute.phase).toBe('sitting');
    expect(lastMinute.notices).not.toContain('block-done');
  }, 200_000);
});
