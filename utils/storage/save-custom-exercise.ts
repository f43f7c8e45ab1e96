/** Writes of the person's own exercises, with the routines that list them. */
import { storage } from '#imports';
import { CUSTOM_LIMITS, type CustomExercise, checkCustomExercise, isCustomId } from '@/utils/domain/custom-exercise';
import { emptiesARoutine, withCustomAdded, withCustomRemoved } from '@/utils/domain/routine';
import { customKey, loadCustomExercises, storedCustomExercises } from './custom-exercises';
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

/** Deletes an exercise and takes it out of both routines; says whether a routine's defaults came back on. */
export async function removeCustomExercise(id: string): Promise<{ defaultsBackOn: boolean }> {
  const { routines } = await loadSettings();
  await updateSettings({ routines: withCustomRemoved(routines, id) });
  await storage.removeItem(customKey(id));
  return { defaultsBackOn: emptiesARoutine(routines, id) };
}

/**
 * Makes the stored exercises exactly those of `byId` under an exercise's id; other keys are no
 * exercise's and are left alone. The ones that go are removed first, so a set of exercises that
 * fits the synced quota on its own is never refused for the room the old ones took.
 */
export async function putCustomExercises(byId: Readonly<Record<string, unknown>>): Promise<void> {
  const gone = Object.keys(await storedCustomExercises()).filter((id) => !Object.hasOwn(byId, id));
  if (gone.length > 0) await storage.removeItems(gone.map(customKey));
  const kept = Object.entries(byId).filter(([id]) => isCustomId(id));
  if (kept.length > 0) await storage.setItems(kept.map(([id, value]) => ({ key: customKey(id), value })));
}
