/**
 * How the worker answers a page: check the command and that the session is in a phase that
 * allows it, do any work beside the session, then dispatch its event.
 */

import { shorten } from '@/utils/domain/checks';
import {
  allowedPhases,
  type Command,
  type CommandOf,
  type CommandType,
  type ImportOutcome,
  parseCommand,
  type Reply,
  sessionEvent,
} from '@/utils/domain/protocol';
import { PHASES } from '@/utils/domain/session';
import { breakRecorded, trackBreak } from './break-tracker';
import { dispatch, Refused, recordBreakResult } from './dispatch';
import { importBackup, importOutcome } from './import-backup';

type BesideTheSession<K extends CommandType> = (
  command: CommandOf<K>,
  tabId: number | undefined,
) => Promise<ImportOutcome | undefined>;

/** The commands that do more than change the session, done before their session event. */
const BESIDE_THE_SESSION: { [K in CommandType]?: BesideTheSession<K> } = {
  breakProgress: async ({ breakId, result, ended }, tabId) => {
    if (tabId !== undefined) await trackBreak(breakId, tabId, result, ended);
    return undefined;
  },
  finishBreak: async ({ result }, tabId) => {
    if (tabId !== undefined) await breakRecorded(tabId);
    await recordBreakResult(result);
    return undefined;
  },
  importBackup: ({ id, history, settings, customExercises }) =>
    importBackup(id, { history, settings, customExercises }),
  importStatus: ({ id }) => importOutcome(id),
};

/** Answers one message from a page; `tabId` is the tab it came from, if any. */
export async function handleMessage(message: unknown, tabId: number | undefined): Promise<Reply> {
  const command = parseCommand(message, Date.now());
  if (typeof command === 'string') return { ok: false, error: command };
  const phases = allowedPhases(command);
  try {
    // The map's type pairs each handler with its own command; a lookup by a union cannot see that.
    const beside = BESIDE_THE_SESSION[command.type] as BesideTheSession<Command['type']> | undefined;
    // Work beside the session waits until the phase is known to allow it.
    if (beside && phases !== PHASES) await dispatch({ type: 'wake' }, Date.now, phases, command.type);
    const imported = await beside?.(command as never, tabId);
    const session = await dispatch(sessionEvent(command, tabId), Date.now, beside ? PHASES : phases, command.type);
    return imported === undefined
      ? { ok: true, session, now: Date.now() }
      : { ok: true, session, now: Date.now(), imported };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.message, refusedIn: error.phase };
    console.error('Command failed', command.type, error);
    return { ok: false, error: shorten(error instanceof Error ? error.message : String(error), 200) };
  }
}
