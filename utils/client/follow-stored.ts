import { afterFirstFrame } from './after-first-frame';

type Items = typeof import('@/utils/storage/items');

interface Followed {
  watch(show: (value: unknown) => void): () => void;
  getValue(): Promise<unknown>;
}

const items = afterFirstFrame(() => import('@/utils/storage/items'));

/**
 * Shows each later value of a stored item once the storage library has loaded after the first
 * frame, which read the item itself; returns what stops it.
 */
export function followStored(pick: (module: Items) => Followed, show: (value: unknown) => void): () => void {
  let stopped = false;
  let unwatch = () => {};
  void items((module) => {
    if (stopped) return;
    const item = pick(module);
    unwatch = item.watch(show);
    // A change made while the module loaded is read once it listens.
    void item.getValue().then((value) => {
      if (!stopped) show(value);
    });
  });
  return () => {
    stopped = true;
    unwatch();
  };
}
