/** A stand-in background for popup tests: it runs the real state machine and writes the session. */
import { render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadInitial } from '@/entrypoints/popup/initial';
import { Popup } from '@/entrypoints/popup/Popup';
import { step } from '@/utils/domain/machine';
import { type Command, parseCommand, type Reply, sessionEvent } from '@/utils/domain/protocol';
import { LATER_FIELDS, MINUTE, type Session } from '@/utils/domain/session';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { sessionItem } from '@/utils/storage/items';
import { loadSession } from '@/utils/storage/read';

export interface FakeBackground {
  /** Every command received, in order. */
  commands: Command[];
  /** Answers the commands held so far (when created with `hold`). */
  release: () => void;
}

/** With `away`, the stand-in sees nobody at the desk, as the real worker does while the screen is locked. */
export function fakeBackground({ hold = false, away = false } = {}): FakeBackground {
  const commands: Command[] = [];
  const held: (() => void)[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown): Promise<Reply> => {
    const command = parseCommand(message, Date.now());
    if (typeof command === 'string') return { ok: false, error: command };
    commands.push(command);
    if (hold) await new Promise<void>((resume) => held.push(resume));
    const now = Date.now();
    const stored = await loadSession();
    const around = { fullScreen: false, away };
    const caughtUp = step(stored, { type: 'wake' }, now, DEFAULT_SETTINGS, around).session;
    const next = step(caughtUp, sessionEvent(command), now, DEFAULT_SETTINGS, around).session;
    if (next !== stored) await sessionItem.setValue(next);
    return { ok: true, session: next, now };
  });
  const release = () => {
    for (const resume of held.splice(0)) resume();
  };
  return { commands, release };
}

/** Opens the popup the way its entry point does: stored state first. */
export async function openPopup() {
  return render(<Popup initial={await loadInitial()} />);
}

/** A block with `minutesLeft` to go and its next posture check 4 minutes from `now`. */
export function sitting(now: number, minutesLeft = 24, lengthMinutes = 30): Session {
  const startedAt = now - (lengthMinutes - minutesLeft) * MINUTE;
  return {
    phase: 'sitting',
    block: {
      startedAt,
      endsAt: now + minutesLeft * MINUTE,
      lengthMinutes,
      pausedMs: 0,
      nextPostureAt: now + 4 * MINUTE,
    },
    pause: null,
    since: null,
    lastBlockMinutes: 0,
    cueIndex: 0,
    postureOpen: false,
    ...LATER_FIELDS,
  };
}
