/**
 * The person's own exercises, each under its own synced key (its id), so the largest allowed
 * exercise stays far below the per-item quota and all of them together below the total.
 */
import { browser, storage } from '#imports';
import { type CustomExercise, checkCustomExercises, isCustomId } from '@/utils/domain/custom-exercise';

/** The synced key an exercise is stored under. */
export const customKey = (id: string) => `sync:${id}` as const;

/** Every readable custom exercise, in a stable order; an unreadable one is left out with a warning. */
export async function loadCustomExercises(): Promise<CustomExercise[]> {
  const all = await storage.snapshot('sync');
  const stored = Object.entries(all)
    .filter(([key]) => isCustomId(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, value]) => value);
  const { exercises, skipped } = checkCustomExercises(stored);
  if (skipped.length > 0) console.warn(`Skipped unreadable custom exercises: ${skipped.join(', ')}`);
  return exercises;
}

/** Calls `onChange` whenever a custom exercise is stored, changed or removed, here or in another browser. */
export function watchCustomExercises(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && Object.keys(changes).some(isCustomId)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
