/** What the worker can see of the moment: whether some browser window is full screen, whether anyone is there. */
import { browser } from '@wxt-dev/browser';
import type { Surroundings } from '@/utils/domain/hold';

import { IDLE_SECONDS, type Settings } from '@/utils/domain/settings';

/**
 * Looked up when the worker is awake anyway, never watched: a window's state needs no
 * permission, and listening for window changes would wake the worker off ball.
 */
export async function lookAround(settings: Settings): Promise<Surroundings> {
  const [fullScreen, away] = await Promise.all([
    settings.holdInFullScreen ? anyFullScreen() : false,
    settings.pauseWhenAway ? browser.idle.queryState(IDLE_SECONDS).then((state) => state !== 'active') : false,
  ]);
  return { fullScreen, away };
}

async function anyFullScreen(): Promise<boolean> {
  try {
    const windows = await browser.windows.getAll();
    return windows.some((w) => w.state === 'fullscreen' || w.state === 'locked-fullscreen');
  } catch (error) {
    // A browser without windows (Firefox for Android) has nothing full screen to respect.
    console.warn('Could not read the browser windows', error);
    return false;
  }
}
