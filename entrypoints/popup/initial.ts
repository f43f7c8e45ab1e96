/** Everything the popup shows on its first frame, read before it renders so nothing jumps. */
import { browser } from '#imports';
import { type Glance, glanceOf } from '@/utils/glance';
import { OFF, type Session } from '@/utils/session';
import { TOGGLE_COMMAND } from '@/utils/shortcut';
import { loadGlance, loadSession } from '@/utils/storage';
import { welcomeDismissedItem } from './welcome-state';

export interface Initial {
  session: Session;
  glance: Glance;
  welcomeDismissed: boolean;
  /** The shortcut as the browser shows it; empty when the person has none assigned. */
  shortcut: string;
}

/** The assigned shortcut; where the browser can't tell, the one the manifest suggests. */
async function readShortcut(): Promise<string> {
  if (browser.commands?.getAll) {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? '';
  }
  const suggested = browser.runtime.getManifest().commands?.[TOGGLE_COMMAND]?.suggested_key;
  return typeof suggested === 'string' ? suggested : (suggested?.default ?? '');
}

/** Each part falls back on its own, so one unreadable item never leaves the popup blank. */
function orElse<T>(promise: Promise<T>, fallback: T, what: string): Promise<T> {
  return promise.catch((error: unknown) => {
    console.warn(`Could not read ${what}`, error);
    return fallback;
  });
}

export async function loadInitial(now = Date.now()): Promise<Initial> {
  const [session, glance, welcomeDismissed, shortcut] = await Promise.all([
    orElse(loadSession(), OFF, 'the session'),
    orElse(loadGlance(now), glanceOf({}, now), 'today’s figures'),
    orElse(welcomeDismissedItem.getValue(), false, 'the welcome state'),
    orElse(readShortcut(), '', 'the keyboard shortcut'),
  ]);
  return { session, glance, welcomeDismissed, shortcut };
}
