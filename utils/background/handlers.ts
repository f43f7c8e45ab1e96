/** How the worker answers a page: check the command, do any work beside the session, then dispatch its event. */
import {
  type Command,
  type CommandOf,
  type CommandType,
  parseCommand,
  type Reply,
  sessionEvent,
} from '@/utils/domain/protocol';
import { breakRecorded, trackBreak } from './break-tracker';
import { dispatch, importHistory, recordBreakResult } from './dispatch';

type BesideTheSession<K extends CommandType> = (command: CommandOf<K>, tabId: number | undefined) => Promise<void>;

/** The commands that do more than change the session, done before their session event. */
const BESIDE_THE_SESSION: { [K in CommandType]?: BesideTheSession<K> } = {
  breakProgress: async ({ breakId, result, ended }, tabId) => {
    if (tabId !== undefined) await trackBreak(breakId, tabId, result, ended);
  },
  finishBreak: async ({ result }, tabId) => {
    if (tabId !== undefined) await breakRecorded(tabId);
    await recordBreakResult(result);
  },
  importHistory: ({ history }) => importHistory(history),
};

/** Answers one message from a page; `tabId` is the tab it came from, if any. */
export async function handleMessage(message: unknown, tabId: number | undefined): Promise<Reply> {
  const command = parseCommand(message);
  if (typeof command === 'string') return { ok: false, error: command };
  try {
    // The map's type pairs each handler with its own command; a lookup by a union cannot see that.
    const beside = BESIDE_THE_SESSION[command.type] as BesideTheSession<Command['type']> | undefined;
    await beside?.(command as never, tabId);
    const session = await dispatch(sessionEvent(command));
    return { ok: true, session, now: Date.now() };
  } catch (error) {
    console.error('Command failed', command, error);
    return { ok: false, error: String(error) };
  }
}
