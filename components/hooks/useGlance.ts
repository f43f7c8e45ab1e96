import { useEffect, useState } from 'preact/hooks';
import { afterFirstFrame } from '@/utils/client/after-first-frame';
import { type Glance, isGlance } from '@/utils/domain/glance';
import { readStored } from '@/utils/storage/stored-values';

/** The stored items load after the first frame, which shows the figures read for it. */
const items = afterFirstFrame(() => import('@/utils/storage/items'));

/** The popup's figures: the ones read for the first frame, then each readable one the worker stores. */
export function useGlance(initial: Glance): Glance {
  const [glance, setGlance] = useState(initial);
  useEffect(() => {
    let stopped = false;
    let unwatch = () => {};
    const show = (value: unknown) => {
      const stored = readStored(
        value,
        isGlance,
        null,
        'Stored figures for today were unreadable; keeping the ones shown.',
      );
      if (stored) setGlance(stored);
    };
    void items((module) => {
      if (stopped) return;
      unwatch = module.glanceItem.watch(show);
      // A change made while the module loaded is read once it listens.
      void module.glanceItem.getValue().then(show);
    });
    return () => {
      stopped = true;
      unwatch();
    };
  }, []);
  return glance;
}
