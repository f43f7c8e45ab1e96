/** What the worker can see of the moment: whether some browser window is full screen. */
import { browser } from '#imports';
import { NOTHING_FULL_SCREEN, type Surroundings } from '@/utils/domain/hold';
import type { Settings } from '@/utils/domain/settings';

/**
 * Looked up when the worker is awake anyway, never watched: a window's state needs no
 * permission, and listening for window changes would wake the worker off ball.
 */
export async function lookAround(settings: Settings): Promise<Surroundings> {
  if (!settings.holdInFullScreen) return NOTHING_FULL_SCREEN;
  try {
    const windows = await browser.windows.getAll();
    return { fullScreen: windows.some((w) => w.state === 'fullscreen' || w.state === 'locked-fullscreen') };
  } catch (error) {
    // A browser without windows (Firefox for Android) has nothing full screen to respect.
    console.warn('Could not read the browser windows', error);
    return NOTHING_FULL_SCREEN;
  }
}
