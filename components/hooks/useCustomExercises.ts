import { useEffect, useState } from 'preact/hooks';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import { loadCustomExercises, watchCustomExercises } from '@/utils/storage/custom-exercises';

/** The person's own exercises as stored, following changes made here or synced from another browser. */
export function useCustomExercises(): CustomExercise[] | null {
  const [exercises, setExercises] = useState<CustomExercise[] | null>(null);
  useEffect(() => {
    let open = true;
    const reload = () =>
      void loadCustomExercises().then((loaded) => {
        if (open) setExercises(loaded);
      });
    reload();
    const stop = watchCustomExercises(reload);
    return () => {
      open = false;
      stop();
    };
  }, []);
  return exercises;
}
