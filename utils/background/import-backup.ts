/**
 * Importing a backup, whole or not at all, even if the worker stops halfway. The own exercises
 * and settings live in `sync` and the history in `local`, so one write cannot hold them all:
 * the import is noted as under way (with the exercises and settings it replaces) before the
 * first write, and marked done in the same write as the history. Finding it still under way
 * later means the history never landed, so the old exercises and settings go back.
 */
import { storage } from '#imports';
import { isRecord } from '@/utils/domain/checks';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import { type History, mergeHistory } from '@/utils/domain/history';
import type { ImportOutcome } from '@/utils/domain/protocol';
import type { Settings } from '@/utils/domain/settings';
import { storedCustomExercises } from '@/utils/storage/custom-exercises';
import { IMPORT_RUN_KEY, importRunItem, isImportRun, settingsItem } from '@/utils/storage/items';
import { putCustomExercises } from '@/utils/storage/save-custom-exercise';
import { readStored } from '@/utils/storage/stored-values';
import { sessionWrites } from './dispatch';
import { changeDays } from './history-writer';

const SETTINGS_KEY = 'sync:settings';

async function lastRun() {
  return readStored(await importRunItem.getValue(), isImportRun, null, 'Stored import record was unreadable.');
}

/**
 * Puts back the own exercises and settings of an import that stopped halfway; run before
 * anything else reads the import. Marked undone only once both are back, so a failed undo is
 * tried again.
 */
async function settle(): Promise<void> {
  const run = await lastRun();
  if (run?.state !== 'applying') return;
  const { previousSettings, previousCustomExercises } = (await importRunItem.getValue()) ?? {};
  // In the reverse order of the import's writes.
  if (previousSettings === undefined || previousSettings === null) await storage.removeItem(SETTINGS_KEY);
  else await storage.setItem(SETTINGS_KEY, previousSettings);
  if (isRecord(previousCustomExercises)) await putCustomExercises(previousCustomExercises);
  await importRunItem.setValue({ id: run.id, state: 'undone' });
}

function outcomeOf(run: Awaited<ReturnType<typeof lastRun>>, id: string): ImportOutcome {
  if (run?.id !== id) return 'unknown';
  return run.state === 'done' ? 'done' : 'undone';
}

/** Undoes an import the worker stopped in the middle of; called as the worker starts. */
export function settleImports(): Promise<void> {
  return sessionWrites(settle);
}

/** What an import brings: the backup's parts, each already checked. */
export interface ImportedBackup {
  history: History;
  settings: Settings;
  customExercises: readonly CustomExercise[];
}

/**
 * Replaces the own exercises and settings with a backup's and merges its history, all or none;
 * asking again with the same `id` changes nothing.
 */
export function importBackup(id: string, backup: ImportedBackup, now = Date.now): Promise<ImportOutcome> {
  const { history, settings, customExercises } = backup;
  return sessionWrites(async () => {
    await settle();
    const seen = await lastRun();
    if (seen?.id === id) return outcomeOf(seen, id);
    const [previousSettings, previousCustomExercises] = await Promise.all([
      storage.getItem(SETTINGS_KEY),
      storedCustomExercises(),
    ]);
    await importRunItem.setValue({ id, state: 'applying', previousSettings, previousCustomExercises });
    try {
      // The exercises before the routines that name them, so no page shows a routine missing one.
      await putCustomExercises(Object.fromEntries(customExercises.map((exercise) => [exercise.id, exercise])));
      await settingsItem.setValue(settings);
      await changeDays(Object.keys(history), (stored) => mergeHistory(stored, history), now(), [
        { key: IMPORT_RUN_KEY, value: { id, state: 'done' } },
      ]);
    } catch (failure) {
      await settle();
      throw failure;
    }
    return 'done';
  });
}

/** What became of the import named `id`. */
export function importOutcome(id: string): Promise<ImportOutcome> {
  return sessionWrites(async () => {
    await settle();
    return outcomeOf(await lastRun(), id);
  });
}
