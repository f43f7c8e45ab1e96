/** Everything the popup shows on its first frame, read before it renders so nothing jumps. */
import { nativeApi } from '@/utils/client/native-api';
import { computeGlance, type Glance, isGlance } from '@/utils/domain/glance';
import type { Session } from '@/utils/domain/session';
import { TOGGLE_COMMAND } from '@/utils/domain/shortcut';
import { LOCAL_KEYS } from '@/utils/storage/local-keys';
import { sessionFrom } from '@/utils/storage/stored-values';
import { type BrowserCommand, readFirstFrame, takeFirstFrameRead } from './first-frame';
import { live } from './later';

export interface Initial {
  session: Session;
  glance: Glance;
  welcomeDismissed: boolean;
  /** The shortcut as the browser shows it; empty when the person has none assigned. */
  shortcut: string;
}

/** The assigned shortcut; where the browser can't list commands, the one the manifest suggests. */
function shortcutFrom(commands: BrowserCommand[] | null): string {
  if (commands) return commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? '';
  const suggested = nativeApi().runtime.getManifest().commands?.[TOGGLE_COMMAND]?.suggested_key;
  return typeof suggested === 'string' ? suggested : (suggested?.default ?? '');
}

/** Each part falls back on its own, so one unreadable item never leaves the popup blank. */
function orElse<T>(promise: Promise<T>, fallback: T, what: string): Promise<T> {
  return promise.catch((error: unknown) => {
    console.warn(`Could not read ${what}`, error);
    return fallback;
  });
}

/** The stored figures; worked out from the history, loaded for that alone, when none are stored or readable. */
function glanceFrom(stored: unknown, now: number): Promise<Glance> {
  if (isGlance(stored)) return Promise.resolve(stored);
  return live((module) => module.readGlance(stored, now));
}

export async function loadInitial(now = Date.now()): Promise<Initial> {
  const read = takeFirstFrameRead() ?? readFirstFrame(nativeApi());
  const [stored, shortcut] = await Promise.all([
    orElse(read.stored, {}, 'the stored state'),
    orElse(read.commands.then(shortcutFrom), '', 'the keyboard shortcut'),
  ]);
  const glance = await orElse(glanceFrom(stored[LOCAL_KEYS.glance], now), computeGlance({}, now), 'today’s figures');
  return {
    session: sessionFrom(stored[LOCAL_KEYS.session], now),
    glance,
    welcomeDismissed: stored[LOCAL_KEYS.welcomeDismissed] === true,
    shortcut,
  };
}
