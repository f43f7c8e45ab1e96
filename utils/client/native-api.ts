/**
 * The browser's own extension API object, for what a page needs before its first frame, so the
 * polyfill can load after it: Chrome's `chrome` and Firefox's `browser`, which both return
 * promises for the calls made through it.
 */
export function nativeApi(): typeof chrome {
  return (globalThis as { browser?: typeof chrome }).browser ?? chrome;
}

/** A stored item as the storage library would give it, `fallback` when there is none, read without it. */
export function readNative(area: 'local' | 'sync', key: string, fallback?: unknown): Promise<unknown> {
  return nativeApi()
    .storage[area].get(key)
    .then((stored) => stored[key] ?? fallback);
}
