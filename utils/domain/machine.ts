/**
 * The session state machine: (session, event, now, settings) -> (next session, effects).
 * Pure: nothing here reads the clock or touches a browser API, so every rule is testable
 * with plain data. Alarms, badge and title are not effects: they are derived from the
 * session by `plan`, which makes a second block alarm or a stale alarm impossible.
 */
import type { RoutineName } from './routine';
import { nextWorkdayEnd, withinWorkingHours } from './schedule';
import { type Block, MINUTE, msSat, OFF, type Session } from './session';
import type { Settings } from './settings';

export const SNOOZE_MINUTES = 5;
export const EXTEND_MINUTES = 5;
/** A posture check that is this late (the laptop slept) is skipped, not shown. */
export const STALE_AFTER_MS = 2 * MINUTE;

export type SessionEvent =
  | { type: 'start' }
  | { type: 'stop' }
  | { type: 'toggle' }
  | { type: 'wake' }
  | { type: 'postureGood' }
  | { type: 'postureSnooze' }
  | { type: 'pause'; minutes: number | null }
  | { type: 'resume' }
  | { type: 'away'; since: number }
  | { type: 'back' }
  | { type: 'extend' }
  /** The full break unless the quick one is asked for. */
  | { type: 'startBreak'; routine?: RoutineName }
  | { type: 'doneForNow' };

export type Notice = 'posture' | 'blockDone' | 'welcomeBack';

export type Effect =
  /** Minutes sat between `from` and `to`, and how the block ended, if it did. */
  | { type: 'sat'; from: number; to: number; ended: 'completed' | 'early' | null }
  | { type: 'posture'; answered: boolean; at: number }
  | { type: 'notify'; notice: Notice; cue?: number; minutes?: number }
  | { type: 'clear'; notice: Notice }
  | { type: 'openBreak'; routine: RoutineName };

export interface Step {
  session: Session;
  effects: Effect[];
}

export function isOnBall(session: Session): boolean {
  return session.phase === 'sitting' || session.phase === 'paused';
}

export function step(session: Session, event: SessionEvent, now: number, settings: Settings): Step {
  switch (event.type) {
    case 'start':
      return isOnBall(session) ? withoutEffects(session) : startBlock(session, now, settings.blockMinutes, settings);
    case 'stop':
      return stop(session, now);
    case 'toggle':
      return isOnBall(session) ? stop(session, now) : startBlock(session, now, settings.blockMinutes, settings);
    case 'wake':
      return wake(session, now, settings);
    case 'postureGood':
      return answerPosture(session, now, null);
    case 'postureSnooze':
      return answerPosture(session, now, now + SNOOZE_MINUTES * MINUTE);
    case 'pause':
      return pause(session, now, 'user', event.minutes === null ? null : now + event.minutes * MINUTE);
    case 'resume':
      return session.phase === 'paused' ? resume(session, now, settings) : withoutEffects(session);
    case 'away':
      if (!settings.pauseWhenAway || session.phase !== 'sitting') return withoutEffects(session);
      // The person may have left before the block began; the pause cannot start earlier than it.
      return pause(session, Math.max(Math.min(event.since, now), session.block?.startedAt ?? now), 'away', null);
    case 'back':
      return back(session, now, settings);
    case 'extend':
      if (session.phase !== 'blockDone') return withoutEffects(session);
      return startBlock(session, now, EXTEND_MINUTES, settings);
    case 'startBreak':
      return startBreak(session, now, event.routine ?? 'full');
    case 'doneForNow':
      return session.phase === 'blockDone' || session.phase === 'onBreak'
        ? stop(session, now)
        : withoutEffects(session);
  }
}

function withoutEffects(session: Session): Step {
  return { session, effects: [] };
}

function firstPosture(now: number, settings: Settings): number | null {
  return settings.postureEnabled ? now + settings.postureMinutes * MINUTE : null;
}

function startBlock(session: Session, now: number, minutes: number, settings: Settings): Step {
  const block: Block = {
    startedAt: now,
    endsAt: now + minutes * MINUTE,
    lengthMinutes: minutes,
    pausedMs: 0,
    nextPostureAt: firstPosture(now, settings),
  };
  return {
    session: { ...session, phase: 'sitting', block, pause: null, since: null, postureOpen: false },
    effects: [
      { type: 'clear', notice: 'blockDone' },
      { type: 'clear', notice: 'welcomeBack' },
    ],
  };
}

/** Closes the running block at `at` (its end, or the moment the person left). */
function closeBlock(session: Session, at: number, ended: 'completed' | 'early'): { sat: number; effects: Effect[] } {
  const block = session.block;
  if (!block) return { sat: 0, effects: [] };
  const pause = session.pause && session.pause.since <= at ? session.pause : null;
  const sat = msSat(block, pause, at);
  const to = Math.min(pause ? pause.since : at, block.endsAt);
  const effects: Effect[] = [{ type: 'sat', from: to - sat, to, ended }];
  if (session.postureOpen) {
    effects.push({ type: 'posture', answered: false, at }, { type: 'clear', notice: 'posture' });
  }
  return { sat, effects };
}

function stop(session: Session, now: number): Step {
  if (session.phase === 'off') return withoutEffects(session);
  const { effects } = isOnBall(session) ? closeBlock(session, now, 'early') : { effects: [] };
  return {
    session: { ...OFF, cueIndex: session.cueIndex, lastBlockMinutes: session.lastBlockMinutes },
    effects: [...effects, { type: 'clear', notice: 'blockDone' }],
  };
}

function wake(session: Session, now: number, settings: Settings): Step {
  let current = session;
  const effects: Effect[] = [];
  const workdayEnd = settings.schedule.offAtEnd ? lastWorkdayEndBefore(settings, session, now) : null;
  // A block that ran to its end before the working day closed still counts as finished.
  const finishedFirst = current.phase === 'sitting' && (current.block?.endsAt ?? Infinity) <= (workdayEnd ?? 0);
  if (workdayEnd !== null && isOnBall(current) && !finishedFirst) {
    const stopped = stop(current, workdayEnd);
    return { session: stopped.session, effects: stopped.effects };
  }
  if (current.phase === 'paused' && current.pause?.until != null && current.pause.until <= now) {
    const resumed = resume(current, current.pause.until, settings);
    current = resumed.session;
    effects.push(...resumed.effects);
  }
  if (current.phase !== 'sitting' || !current.block) return { session: current, effects };
  const block = withPostureSetting(current.block, now, settings);
  const remind = withinWorkingHours(settings.schedule, now);

  if (now >= block.endsAt) {
    const closed = closeBlock(current, block.endsAt, 'completed');
    const minutes = Math.round(closed.sat / MINUTE);
    effects.push(...closed.effects);
    if (remind) effects.push({ type: 'notify', notice: 'blockDone', minutes });
    return {
      session: {
        ...current,
        phase: 'blockDone',
        block: null,
        pause: null,
        since: block.endsAt,
        lastBlockMinutes: minutes,
        postureOpen: false,
      },
      effects,
    };
  }

  if (block.nextPostureAt !== null && now >= block.nextPostureAt) {
    const next = settings.postureEnabled ? now + settings.postureMinutes * MINUTE : null;
    const fresh = now - block.nextPostureAt < STALE_AFTER_MS;
    let { cueIndex, postureOpen } = current;
    if (fresh && remind) {
      if (postureOpen) effects.push({ type: 'posture', answered: false, at: now });
      effects.push({ type: 'notify', notice: 'posture', cue: cueIndex });
      cueIndex += 1;
      postureOpen = true;
    }
    return { session: { ...current, block: { ...block, nextPostureAt: next }, cueIndex, postureOpen }, effects };
  }
  return { session: block === current.block ? current : { ...current, block }, effects };
}

/** Turning posture checks off or on applies to the running block from now on. */
function withPostureSetting(block: Block, now: number, settings: Settings): Block {
  if (!settings.postureEnabled) return block.nextPostureAt === null ? block : { ...block, nextPostureAt: null };
  return block.nextPostureAt === null ? { ...block, nextPostureAt: firstPosture(now, settings) } : block;
}

/** The end of a working day that passed while "On ball" was on, if any. */
function lastWorkdayEndBefore(settings: Settings, session: Session, now: number): number | null {
  if (!session.block) return null;
  const end = nextWorkdayEnd(settings.schedule, session.block.startedAt);
  return end !== null && end <= now ? end : null;
}

function answerPosture(session: Session, now: number, snoozeUntil: number | null): Step {
  if (!session.postureOpen) return withoutEffects(session);
  const effects: Effect[] = [
    { type: 'posture', answered: true, at: now },
    { type: 'clear', notice: 'posture' },
  ];
  const block =
    session.block && snoozeUntil !== null ? { ...session.block, nextPostureAt: snoozeUntil } : session.block;
  return { session: { ...session, block, postureOpen: false }, effects };
}

function pause(session: Session, since: number, reason: 'user' | 'away', until: number | null): Step {
  if (session.phase === 'paused' && reason === 'user' && session.pause) {
    // Turning an away pause (or an open pause) into a timed one keeps the original start.
    return withoutEffects({ ...session, pause: { ...session.pause, reason, until } });
  }
  if (session.phase !== 'sitting') return withoutEffects(session);
  return withoutEffects({ ...session, phase: 'paused', pause: { since, reason, until } });
}

function resume(session: Session, at: number, settings: Settings): Step {
  const { block, pause } = session;
  if (!block || !pause) return withoutEffects(session);
  const gap = Math.max(0, at - pause.since);
  const nextPostureAt = settings.postureEnabled
    ? block.nextPostureAt === null
      ? at + settings.postureMinutes * MINUTE
      : block.nextPostureAt + gap
    : null;
  return withoutEffects({
    ...session,
    phase: 'sitting',
    pause: null,
    block: { ...block, endsAt: block.endsAt + gap, pausedMs: block.pausedMs + gap, nextPostureAt },
  });
}

function back(session: Session, now: number, settings: Settings): Step {
  if (session.phase !== 'paused' || session.pause?.reason !== 'away') return withoutEffects(session);
  const awayMs = now - session.pause.since;
  if (awayMs < settings.awayEndsBlockMinutes * MINUTE) return resume(session, now, settings);
  const closed = closeBlock(session, session.pause.since, 'early');
  return {
    session: { ...OFF, cueIndex: session.cueIndex, lastBlockMinutes: Math.round(closed.sat / MINUTE) },
    effects: [...closed.effects, { type: 'notify', notice: 'welcomeBack' }],
  };
}

function startBreak(session: Session, now: number, routine: RoutineName): Step {
  // The same break goes on: its page is shown again rather than a second one opened.
  if (session.phase === 'onBreak') return { session, effects: [{ type: 'openBreak', routine }] };
  const closed = isOnBall(session) ? closeBlock(session, now, 'early') : { effects: [] as Effect[] };
  return {
    session: { ...session, phase: 'onBreak', block: null, pause: null, since: now, postureOpen: false },
    effects: [...closed.effects, { type: 'clear', notice: 'blockDone' }, { type: 'openBreak', routine }],
  };
}
