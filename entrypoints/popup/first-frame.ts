/**
 * The reads the popup's first frame waits for. Chrome shows a popup as soon as its page has
 * loaded, so a tiny script starts them while the page is still being parsed: by the time the
 * main script runs the stored state is at hand, and the popup is drawn before it is shown, at
 * its final size, instead of growing out of an empty box.
 */
import { LOCAL_KEYS } from '@/utils/storage/local-keys';

/** An extension command as the browser lists it. */
export interface BrowserCommand {
  name?: string;
  shortcut?: string;
}

/** The part of the extension API these reads use, alike in Chrome and Firefox, polyfilled or not. */
export interface FirstFrameApi {
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
  commands?: { getAll(): Promise<BrowserCommand[]> };
}

export interface FirstFrameRead {
  /** The values under `LOCAL_KEYS`, as stored. */
  stored: Promise<Record<string, unknown>>;
  /** The extension's commands with their shortcuts; null where the browser can't list them. */
  commands: Promise<BrowserCommand[] | null>;
}

const STARTED = Symbol.for('on-the-ball.first-frame-read');

type WithRead = typeof globalThis & { [STARTED]?: FirstFrameRead };

export function readFirstFrame(api: FirstFrameApi): FirstFrameRead {
  return {
    stored: api.storage.local.get(Object.values(LOCAL_KEYS)),
    commands: api.commands ? api.commands.getAll() : Promise.resolve(null),
  };
}

/** Starts the reads and leaves them for the popup's main script to take. */
export function startFirstFrameRead(api: FirstFrameApi): void {
  const read = readFirstFrame(api);
  // Neither may count as an unhandled rejection before the popup takes it.
  read.stored.catch(() => undefined);
  read.commands.catch(() => undefined);
  (globalThis as WithRead)[STARTED] = read;
}

/** The reads the early script started, handed over once; undefined where it did not run. */
export function takeFirstFrameRead(): FirstFrameRead | undefined {
  const read = (globalThis as WithRead)[STARTED];
  delete (globalThis as WithRead)[STARTED];
  return read;
}
