import { useEffect, useState } from 'preact/hooks';
import type { afterFirstFrame } from '@/utils/client/after-first-frame';

type Loader<M> = ReturnType<typeof afterFirstFrame<M>>;

/** What `pick` takes from a module loaded after the first frame; null until it has loaded. */
export function useAfterFirstFrame<M, T>(load: Loader<M>, pick: (module: M) => T): T | null {
  // Boxed, so a component taken from the module is stored as it is, not called as an updater.
  const [loaded, setLoaded] = useState<{ value: T } | null>(null);
  useEffect(() => {
    void load((module) => setLoaded({ value: pick(module) }));
  }, [load]);
  return loaded ? loaded.value : null;
}
