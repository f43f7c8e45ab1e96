import { useEffect, useState } from 'preact/hooks';
import { type Glance, isGlance } from '@/utils/domain/glance';
import { glanceItem } from '@/utils/storage/items';
import { readStored } from '@/utils/storage/read';

/** The popup's figures: the ones read for the first frame, then each readable one the worker stores. */
export function useGlance(initial: Glance): Glance {
  const [glance, setGlance] = useState(initial);
  useEffect(
    () =>
      glanceItem.watch((value) => {
        const stored = readStored(
          value,
          isGlance,
          null,
          'Stored figures for today were unreadable; keeping the ones shown.',
        );
        if (stored) setGlance(stored);
      }),
    [],
  );
  return glance;
}
