/**
 * The session state machine: (session, event, now, settings) -> (next session, effects).
 * Pure: nothing here reads the clock or touches a browser API, so every rule is testable
 * with plain data. Alarms, badge and title are not effects: they are derived from the
 * session by `plan`, which makes a second block alarm or a stale alarm impossible.
 */
import { startOfNextDay } from './history';
import { CALM, holdsNotices, isStale, mayRelease, STALE_AFTER_MS, type Surroundings } from './hold';
import { afterCheck, answerOffer, type PostureOutcome, postureInterval } from './posture-rhythm';
import type { RoutineName } from './routine';
import { nextWorkdayEnd, nextWorkdayStart, withinWorkingHours } from './schedule';
import { type Block, MINUTE, msSat, OFF, type PauseUntil, type Session } from './session';
import type { Settings } from './settings';

export { STALE_AFTER_MS } from './hold';

export const SNOOZE_MINUTES = 5;
export const EXTEND_MINUTES = 5;
/** The heads-up comes this long before the block ends. */
export const HEADS_UP_MS = MINUTE;

export type SessionEvent =
  | { type: 'start' }
  | { type: 'stop' }
  | { type: 'toggle' }
  | { type: 'wake' }
  | { type: 'postureGood' }
  | { type: 'postureSnooze' }
  | { type: 'pause'; minutes: number | null }
  | { type: 'pauseUntil'; until: PauseUntil }
  | { type: 'answerOffer'; spaceOut: boolean }
  | { type: 'resume' }
  | { type: 'away'; since: number }
  | { type: 'back' }
  | { type: 'extend' }
  /** The full break unless the quick one is asked for. */
  | { type: 'startBreak'; routine?: RoutineName; tabId?: number }
  | { type: 'doneForNow' };

export type Notice = 'posture' | 'blockDone' | 'welcomeBack' | 'headsUp';

export type Effect =
  /** Minutes sat between `from` and `to`, and how the block ended, if it did. */
  | { type: 'sat'; from: number; to: number; ended: 'completed' | 'early' | null }
  | { type: 'posture'; outcome: PostureOutcome; at: number }
  | { type: 'notify'; notice: Notice; cue?: number; minutes?: number }
  | { type: 'clear'; notice: Notice }
  /** With `tabId`, the break's page is already open there. */
  | { type: 'openBreak'; routine: RoutineName; tabId?: number };

export interface Step {
  session: Session;
  effects: Effect[];
}

export function isOnBall(session: Session): boolean {
  return session.phase === 'sitting' || session.phase === 'paused';
}

/**
 * Applies one event. `surroundings` is what the worker saw when it woke (a full-screen
 * window); the rhythm of posture checks follows every check the step answered or missed.
 */
export function step(
  session: Session,
  event: SessionEvent,
  now: number,
  settings: Settings,
  surroundings: Surroundings = CALM,
): Step {
  const { session: applied, effects } = apply(session, event, now, settings, surroundings);
  const outcomes = effects.flatMap((e) => (e.type === 'posture' ? [e.outcome] : []));
  const rhythm = outcomes.reduce((r, outcome) => afterCheck(r, outcome, settings), applied.rhythm);
  const next = outcomes.length === 0 ? applied : withRhythm(applied, rhythm, settings);
  return { session: onCountdownMinute(next, now), effects };
}

/**
 * Moves a coming posture check to the nearest minute of the block's countdown that is still to
 * come. The minute badge wakes the worker on those minutes, so the check shares that wake; and
 * Chrome holds back an alarm due soon after another one fired (up to 30 s for an installed
 * extension), which a check counted from when the last one was handled would always be.
 */
function onCountdownMinute(session: Session, now: number): Session {
  const { block } = session;
  const due = block?.nextPostureAt;
  if (!block || due == null || due <= now) return session;
  const nearest = block.endsAt - Math.round((block.endsAt - due) / MINUTE) * MINUTE;
  const nextPostureAt = nearest > now ? nearest : nearest + MINUTE;
  return nextPostureAt === due ? session : { ...session, block: { ...block, nextPostureAt } };
}

/** A new rhythm, with an already planned check moved by as much as the interval grew. */
function withRhythm(session: Session, rhythm: Session['rhythm'], settings: Settings): Session {
  const grewBy = postureInterval(rhythm, settings) - postureInterval(session.rhythm, settings);
  const block =
    session.block && session.block.nextPostureAt !== null && grewBy > 0
      ? { ...session.block, nextPostureAt: session.block.nextPostureAt + grewBy * MINUTE }
      : session.block;
  return { ...session, rhythm, block };
}

function apply(session: Session, event: SessionEvent, now: number, settings: Settings, around: Surroundings): Step {
  switch (event.type) {
    case 'start':
      return isOnBall(session) ? withoutEffects(session) : startBlock(session, now, settings.blockMinutes, settings);
    case 'stop':
      return stop(session, now);
    case 'toggle':
      return isOnBall(session) ? stop(session, now) : startBlock(session, now, settings.blockMinutes, settings);
    case 'wake':
      return wake(session, now, settings, around);
    case 'postureGood':
      return answerPosture(session, now, null);
    case 'postureSnooze':
      return answerPosture(session, now, now + SNOOZE_MINUTES * MINUTE);
    case 'pause':
      return pause(session, now, 'user', event.minutes === null ? null : now + event.minutes * MINUTE);
    case 'pauseUntil': {
      const until = event.until === 'tomorrow' ? startOfNextDay(now) : nextWorkdayStart(settings.schedule, now);
      return until === null ? withoutEffects(session) : pause(session, now, 'user', until);
    }
    case 'answerOffer':
      return withoutEffects(withRhythm(session, answerOffer(session.rhythm, event.spaceOut, settings), settings));
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
      return startBreak(session, now, { type: 'openBreak', routine: event.routine ?? 'full', tabId: event.tabId });
    case 'doneForNow':
      return session.phase === 'blockDone' || session.phase === 'onBreak'
        ? stop(session, now)
        : withoutEffects(session);
  }
}

function withoutEffects(session: Session): Step {
  return { session, effects: [] };
}

function firstPosture(session: Session, now: number, settings: Settings): number | null {
  return settings.postureEnabled ? now + postureInterval(session.rhythm, settings) * MINUTE : null;
}

function startBlock(session: Session, now: number, minutes: number, settings: Settings): Step {
  const block: Block = {
    startedAt: now,
    endsAt: now + minutes * MINUTE,
    lengthMinutes: minutes,
    pausedMs: 0,
    nextPostureAt: firstPosture(session, now, settings),
  };
  return {
    session: {
      ...session,
      phase: 'sitting',
      block,
      pause: null,
      since: null,
      postureOpen: false,
      held: null,
      headsUpGiven: false,
    },
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
    effects.push({ type: 'posture', outcome: 'missed', at }, { type: 'clear', notice: 'posture' });
  }
  if (session.headsUpGiven) effects.push({ type: 'clear', notice: 'headsUp' });
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

function wake(session: Session, now: number, settings: Settings, around: Surroundings): Step {
  let current = session;
  const effects: Effect[] = [];
  const workdayEnd = settings.schedule.offAtEnd ? lastWorkdayEndBefore(settings, session, now) : null;
  // A block that ran to its end before the working day closed still counts as finished.
  const finishedFirst = current.phase === 'sitting' && (current.block?.endsAt ?? Infinity) <= (workdayEnd ?? 0);
  if (workdayEnd !== null && isOnBall(current) && !finishedFirst) {
    const stopped = stop(current, workdayEnd);
    return { session: stopped.session, effects: stopped.effects };
  }
  const pausedUntil = current.phase === 'paused' ? current.pause?.until : null;
  if (pausedUntil != null && pausedUntil <= now && current.pause) {
    if (around.away && settings.pauseWhenAway) {
      // Nobody is at the desk when the pause ends (a pause until tomorrow, overnight): it goes on
      // as an away pause from when it began, and coming back decides, as after any absence.
      current = { ...current, pause: { ...current.pause, reason: 'away', until: null } };
    } else {
      // Woken long after the pause ended (the laptop slept): the block goes on from now, not from then.
      const resumed = resume(current, now - pausedUntil < STALE_AFTER_MS ? pausedUntil : now, settings);
      current = resumed.session;
      effects.push(...resumed.effects);
    }
  }
  // Someone is at the desk, though no word of their coming back arrived (the browser started
  // again, and it only tells of changes): coming back decides, as when the word arrives.
  if (current.pause?.reason === 'away' && !around.away) {
    const returned = back(current, now, settings);
    current = returned.session;
    effects.push(...returned.effects);
  }
  const quiet = holdsNotices(settings, around);
  const remind = withinWorkingHours(settings.schedule, now);
  if (current.held && mayRelease(current, now, quiet)) {
    const shown =
      current.held.notice === 'blockDone' ? blockDoneNotice(current) : releasePosture(current, now, settings);
    current = { ...shown.session, held: null };
    effects.push(...shown.effects);
  } else if (current.held && (isStale(current.held, now) || !mayRelease(current, now, false))) {
    current = { ...current, held: null };
  }
  if (current.phase !== 'sitting' || !current.block) return { session: current, effects };
  const block = withPostureSetting(current, now, settings);
  const show = remind && !quiet;

  if (now >= block.endsAt) {
    const closed = closeBlock(current, block.endsAt, 'completed');
    const minutes = Math.round(closed.sat / MINUTE);
    effects.push(...closed.effects);
    const done: Session = {
      ...current,
      phase: 'blockDone',
      block: null,
      pause: null,
      since: block.endsAt,
      lastBlockMinutes: minutes,
      postureOpen: false,
      held: remind && quiet ? { notice: 'blockDone', at: block.endsAt } : null,
    };
    if (show) effects.push(...blockDoneNotice(done).effects);
    return { session: done, effects };
  }

  let next: Session = block === current.block ? current : { ...current, block };
  if (headsUpDue(next, now, settings)) {
    // Held back or outside working hours, a heads-up is simply not given: after the end it means nothing.
    if (show) effects.push({ type: 'notify', notice: 'headsUp' });
    next = { ...next, headsUpGiven: true };
  }
  if (block.nextPostureAt !== null && now >= block.nextPostureAt) {
    const due = block.nextPostureAt;
    const nextPostureAt = settings.postureEnabled ? now + postureInterval(next.rhythm, settings) * MINUTE : null;
    next = { ...next, block: { ...block, nextPostureAt } };
    if (now - due < STALE_AFTER_MS && remind) {
      if (quiet) {
        next = { ...next, held: { notice: 'posture', at: due } };
      } else {
        const shown = showPosture(next, now);
        next = shown.session;
        effects.push(...shown.effects);
      }
    }
  }
  return { session: next, effects };
}

function blockDoneNotice(session: Session): Step {
  return { session, effects: [{ type: 'notify', notice: 'blockDone', minutes: session.lastBlockMinutes }] };
}

/** Shows the next posture cue; a check still open on screen counts as missed. */
function showPosture(session: Session, now: number): Step {
  const effects: Effect[] = [];
  if (session.postureOpen) effects.push({ type: 'posture', outcome: 'missed', at: now });
  effects.push({ type: 'notify', notice: 'posture', cue: session.cueIndex });
  return { session: { ...session, cueIndex: session.cueIndex + 1, postureOpen: true }, effects };
}

/** A held check shown late: the next one is counted from now, so checks never come closer than the interval. */
function releasePosture(session: Session, now: number, settings: Settings): Step {
  const shown = showPosture(session, now);
  const block = shown.session.block;
  if (!block || block.nextPostureAt === null) return shown;
  const nextPostureAt = Math.max(block.nextPostureAt, now + postureInterval(session.rhythm, settings) * MINUTE);
  return { session: { ...shown.session, block: { ...block, nextPostureAt } }, effects: shown.effects };
}

/** The heads-up falls a minute before the end, once per block, and only in blocks longer than that minute. */
function headsUpDue(session: Session, now: number, settings: Settings): boolean {
  const { block } = session;
  if (!settings.headsUp || session.headsUpGiven || !block) return false;
  const at = block.endsAt - HEADS_UP_MS;
  return at > block.startedAt && now >= at;
}

/** Turning posture checks off or on applies to the running block from now on. */
function withPostureSetting(session: Session, now: number, settings: Settings): Block {
  const block = session.block as Block;
  if (!settings.postureEnabled) return block.nextPostureAt === null ? block : { ...block, nextPostureAt: null };
  return block.nextPostureAt === null ? { ...block, nextPostureAt: firstPosture(session, now, settings) } : block;
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
    { type: 'posture', outcome: snoozeUntil === null ? 'good' : 'snoozed', at: now },
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
      ? at + postureInterval(session.rhythm, settings) * MINUTE
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

function startBreak(session: Session, now: number, open: Effect): Step {
  // The same break goes on: its page is shown again rather than a second one opened.
  if (session.phase === 'onBreak') return { session, effects: [open] };
  const closed = isOnBall(session) ? closeBlock(session, now, 'early') : { effects: [] as Effect[] };
  return {
    session: { ...session, phase: 'onBreak', block: null, pause: null, since: now, postureOpen: false, held: null },
    effects: [...closed.effects, { type: 'clear', notice: 'blockDone' }, open],
  };
}
