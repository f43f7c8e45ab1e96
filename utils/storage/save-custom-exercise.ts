/** Writes of the person's own exercises, with the routines that list them. */
import { storage } from '#imports';
import { CUSTOM_LIMITS, type CustomExercise, checkCustomExercise, isCustomId } from '@/utils/domain/custom-exercise';
import { withCustomAdded, withCustomRemoved } from '@/utils/domain/routine';
import { customKey, loadCustomExercises } from './custom-exercises';
import { loadSettings } from './read';
import { updateSettings } from './update-settings';

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
    await storage.setItem(customKey(exercise.id), exercise);
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
  await storage.removeItem(customKey(id));
}

/** Replaces every custom exercise with `exercises`, as an import does. */
export async function replaceCustomExercises(exercises: readonly CustomExercise[]): Promise<void> {
  const old = (await loadCustomExercises()).filter((e) => !exercises.some((x) => x.id === e.id));
  await storage.removeItems(old.map((e) => customKey(e.id)));
  await storage.setItems(exercises.map((e) => ({ key: customKey(e.id), value: e })));
}
