/**
 * The browser's own extension API object, for what a page needs before its first frame, so the
 * polyfill can load after it: Chrome's `chrome` and Firefox's `browser`, which both return
 * promises for the calls made through it.
 */
export function nativeApi(): typeof chrome {
  return (globalThis as { browser?: typeof chrome }).browser ?? chrome;
}
