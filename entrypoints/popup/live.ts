/**
 * What the popup needs only once it is on screen: the way to other pages and today's figures
 * worked out from the history when none are stored. Loaded
 * after the first frame, so neither the polyfilled API nor the storage library holds it up.
 */
import { browser } from '#imports';

export { readGlance } from '@/utils/storage/glance';

export function openSettings(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

export async function openProgress(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/progress.html') });
}
