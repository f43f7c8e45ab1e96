/** What the stretch page does through the polyfilled API, loaded after its first frame. */
import { browser } from '#imports';

export { send } from '@/utils/client/background-client';

export async function closeTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}
