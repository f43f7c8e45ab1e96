import { useEffect, useState } from 'preact/hooks';
import { followStored } from '@/utils/client/follow-stored';
import { type Glance, isGlance } from '@/utils/domain/glance';
import { readStored } from '@/utils/storage/stored-values';

/** The popup's figures: the ones read for the first frame, then each readable one the worker stores. */
export function useGlance(initial: Glance): Glance {
  const [glance, setGlance] = useState(initial);
  useEffect(() => {
    const show = (value: unknown) => {
      const stored = readStored(
        value,
        isGlance,
        null,
        'Stored figures for today were unreadable; keeping the ones shown.',
      );
      if (stored) setGlance(stored);
    };
    return followStored((items) => items.glanceItem, show);
  }, []);
  return glance;
}
