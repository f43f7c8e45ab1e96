/**
 * Runs in the popup's head, before its main script: starts the reads its first frame needs.
 * It stays tiny, so it uses the browser's own API object rather than the polyfill (both
 * Chrome's `chrome` and Firefox's `browser` return promises for these calls).
 */
import { defineUnlistedScript } from '#imports';
import { type FirstFrameApi, startFirstFrameRead } from './popup/first-frame';

export default defineUnlistedScript(() => {
  startFirstFrameRead((globalThis as { browser?: FirstFrameApi }).browser ?? chrome);
});
