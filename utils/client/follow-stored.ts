import { afterFirstFrame } from './after-first-frame';

type Items = typeof import('@/utils/storage/items');

interface Followed {
  watch(show: (value: unknown) => void): () => void;
  getValue(): Promise<unknown>;
}

const items = afterFirstFrame(() => import('@/utils/storage/items'));

/**
 * Shows a stored item: `first`, a read that needs no storage library (`readNative`), then each
 * later value once the library has loaded after the first frame. Returns what stops it, even mid-read.
 */
export function followStored(
  pick: (module: Items) => Followed,
  show: (value: unknown) => void,
  first?: Promise<unknown>,
): () => void {
  let stopped = false;
  let unwatch = () => {};
  const showOpen = (value: unknown) => {
    if (!stopped) show(value);
  };
  void first?.then(showOpen);
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
