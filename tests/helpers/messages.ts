/** Messages to the worker as a page sends them, answered as the browser answers them. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reply } from '@/utils/domain/protocol';

/**
 * Sends `message` from the page in tab `tabId` (none: from a page without a tab, like the
 * popup); resolves with what the worker passed to `sendResponse`.
 */
export function sendToWorker(message: unknown, tabId?: number): Promise<Reply> {
  const sender = tabId === undefined ? {} : { tab: { id: tabId } };
  // The fake event passes on every argument, though its type names only the first two.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  return new Promise((resolve) => {
    void trigger(message, sender, resolve);
  });
}
