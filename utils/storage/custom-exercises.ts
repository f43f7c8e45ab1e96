/**
 * The person's own exercises, each under its own synced key (its id), so the largest allowed
 * exercise stays far below the per-item quota and all of them together below the total.
 */
import { storage } from '#imports';
import { nativeApi } from '@/utils/client/native-api';
import { type CustomExercise, isCustomId } from '@/utils/domain/custom-exercise';
import { customExercisesFrom } from './stored-values';

/** The synced key an exercise is stored under. */
export const customKey = (id: string) => `sync:${id}` as const;

/** Every readable custom exercise, in a stable order; an unreadable one is left out with a warning. */
export async function loadCustomExercises(): Promise<CustomExercise[]> {
  return customExercisesFrom(await storage.snapshot('sync'));
}

/** Every stored exercise as stored, readable or not, by id: what an import puts back if it is undone. */
export async function storedCustomExercises(): Promise<Record<string, unknown>> {
  const synced = await storage.snapshot('sync');
  return Object.fromEntries(Object.entries(synced).filter(([key]) => isCustomId(key)));
}

/** Calls `onChange` whenever a custom exercise is stored, changed or removed, here or in another browser. */
export function watchCustomExercises(onChange: () => void): () => void {
  const { onChanged } = nativeApi().storage.sync;
  const listener = (changes: Record<string, unknown>) => {
    if (Object.keys(changes).some(isCustomId)) onChange();
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
