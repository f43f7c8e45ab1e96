/**
 * The person's own exercises, each under its own synced key (its id), so the largest allowed
 * exercise stays far below the per-item quota and all of them together below the total.
 */
import { browser, storage } from '#imports';
import {
  CUSTOM_LIMITS,
  type CustomExercise,
  checkCustomExercise,
  checkCustomExercises,
  isCustomId,
} from '@/utils/domain/custom-exercise';
import { withCustomAdded, withCustomRemoved } from '@/utils/domain/routine';
import { loadSettings } from './read';
import { updateSettings } from './update-settings';

const keyOf = (id: string) => `sync:${id}` as const;

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

export type SaveProblem = 'invalid' | 'tooMany' | 'overQuota';

/** Why a write failed, when the browser says it was over the synced storage quota. */
function isQuotaError(error: unknown): boolean {
  return /QUOTA|quota/.test(error instanceof Error ? error.message : String(error));
}

/**
 * Stores a new or changed exercise and, when new, adds it to both routines. Nothing is
 * written for an invalid exercise or one past the allowed number.
 */
export async function saveCustomExercise(exercise: CustomExercise): Promise<SaveProblem | null> {
  if (!isCustomId(exercise.id) || Object.keys(checkCustomExercise(exercise)).length > 0) return 'invalid';
  const existing = await loadCustomExercises();
  const isNew = !existing.some((e) => e.id === exercise.id);
  if (isNew && existing.length >= CUSTOM_LIMITS.count.max) return 'tooMany';
  try {
    await storage.setItem(keyOf(exercise.id), exercise);
    if (isNew) {
      const { routines } = await loadSettings();
      await updateSettings({ routines: withCustomAdded(routines, exercise) });
    }
    return null;
  } catch (error) {
    if (isQuotaError(error)) return 'overQuota';
    throw error;
  }
}

export async function removeCustomExercise(id: string): Promise<void> {
  const { routines } = await loadSettings();
  await updateSettings({ routines: withCustomRemoved(routines, id) });
  await storage.removeItem(keyOf(id));
}

/** Replaces every custom exercise with `exercises`, as an import does. */
export async function replaceCustomExercises(exercises: readonly CustomExercise[]): Promise<void> {
  const old = (await loadCustomExercises()).filter((e) => !exercises.some((x) => x.id === e.id));
  await storage.removeItems(old.map((e) => keyOf(e.id)));
  await storage.setItems(exercises.map((e) => ({ key: keyOf(e.id), value: e })));
}

/** Calls `onChange` whenever a custom exercise is stored, changed or removed, here or in another browser. */
export function watchCustomExercises(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && Object.keys(changes).some(isCustomId)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
