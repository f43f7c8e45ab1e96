/**
 * Importing a backup, whole or not at all, even if the worker stops halfway. The settings
 * live in `sync` and the history in `local`, so one write cannot hold both: the import is
 * noted as under way (with the settings it replaces) before the settings are written, and
 * marked done in the same write as the history. Finding it still under way later means the
 * history never landed, so the old settings go back.
 */
import { storage } from '#imports';
import { type History, mergeHistory } from '@/utils/domain/history';
import type { ImportOutcome } from '@/utils/domain/protocol';
import type { Settings } from '@/utils/domain/settings';
import { IMPORT_RUN_KEY, importRunItem, isImportRun, settingsItem } from '@/utils/storage/items';
import { readStored } from '@/utils/storage/stored-values';
import { sessionWrites } from './dispatch';
import { changeDays } from './history-writer';

const SETTINGS_KEY = 'sync:settings';

async function lastRun() {
  return readStored(await importRunItem.getValue(), isImportRun, null, 'Stored import record was unreadable.');
}

/** Puts back the settings of an import that stopped halfway; run before anything else reads the import. */
async function settle(): Promise<void> {
  const run = await lastRun();
  if (run?.state !== 'applying') return;
  const previous = (await importRunItem.getValue())?.previousSettings;
  if (previous === undefined || previous === null) await storage.removeItem(SETTINGS_KEY);
  else await storage.setItem(SETTINGS_KEY, previous);
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

/** Applies a backup's settings and merges its history, both or neither; asking again with the same `id` changes nothing. */
export function importBackup(id: string, history: History, settings: Settings, now = Date.now): Promise<ImportOutcome> {
  return sessionWrites(async () => {
    await settle();
    const seen = await lastRun();
    if (seen?.id === id) return outcomeOf(seen, id);
    const previousSettings = await storage.getItem(SETTINGS_KEY);
    await importRunItem.setValue({ id, state: 'applying', previousSettings });
    try {
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
