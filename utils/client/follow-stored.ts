import { afterFirstFrame } from './after-first-frame';
import { nativeApi } from './native-api';

type Items = typeof import('@/utils/storage/items');

interface Followed {
  watch(show: (value: unknown) => void): () => void;
  getValue(): Promise<unknown>;
}

/** An item as the browser's own API names it, for a first frame that cannot wait for the storage library. */
export interface NativeKey {
  area: 'local' | 'sync';
  key: string;
  /** What the storage library gives when nothing is stored. */
  fallback?: unknown;
}

const items = afterFirstFrame(() => import('@/utils/storage/items'));

/**
 * Shows a stored item: read at once through `first` when given, then each later value once the
 * storage library has loaded after the first frame. Returns what stops it, even mid-read.
 */
export function followStored(
  pick: (module: Items) => Followed,
  show: (value: unknown) => void,
  first?: NativeKey,
): () => void {
  let stopped = false;
  let unwatch = () => {};
  const showOpen = (value: unknown) => {
    if (!stopped) show(value);
  };
  if (first) {
    void nativeApi()
      .storage[first.area].get(first.key)
      .then((stored) => showOpen(stored[first.key] ?? first.fallback));
  }
  void items((module) => {
    if (stopped) return;
    const item = pick(module);
    unwatch = item.watch(showOpen);
    // A change made while the module loaded is read once it listens.
    void item.getValue().then(showOpen);
  });
  return () => {
    stopped = true;
    unwatch();
  };
}
