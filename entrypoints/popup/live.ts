/**
 * What the popup needs only once it is on screen: messages to the background, stored changes,
 * and the way to other pages. Loaded after the first frame, so neither the polyfilled API nor the
 * storage library holds it up.
 */
import { browser } from '#imports';

export { send } from '@/utils/client';
export { glanceFrom, glanceItem, sessionItem } from '@/utils/storage';
export { welcomeDismissedItem } from './welcome-state';

export function openSettings(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

export async function openProgress(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/progress.html') });
}
